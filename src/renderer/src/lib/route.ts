// Hash routes work the same from file:// (Electron) and http:// (browser host).
import { useEffect, useState } from 'react'

export type Route =
  | { page: 'import'; athleteId?: number }
  | { page: 'roster' }
  | { page: 'athlete'; id: number; week?: string }
  | { page: 'settings' }
  | { page: 'plans' }
  | { page: 'plan'; id: number }

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/')
  if (parts[0] === 'athlete' && /^\d+$/.test(parts[1] ?? '')) {
    return { page: 'athlete', id: Number(parts[1]), week: parts[2] || undefined }
  }
  if (parts[0] === 'settings') return { page: 'settings' }
  if (parts[0] === 'import')
    return { page: 'import', athleteId: /^\d+$/.test(parts[1] ?? '') ? Number(parts[1]) : undefined }
  if (parts[0] === 'plans')
    return /^\d+$/.test(parts[1] ?? '') ? { page: 'plan', id: Number(parts[1]) } : { page: 'plans' }
  return { page: 'roster' }
}

export const href = (route: Route): string => {
  if (route.page === 'athlete') return `#/athlete/${route.id}${route.week ? `/${route.week}` : ''}`
  if (route.page === 'settings') return '#/settings'
  if (route.page === 'import') return `#/import${route.athleteId ? `/${route.athleteId}` : ''}`
  if (route.page === 'plans') return '#/plans'
  if (route.page === 'plan') return `#/plans/${route.id}`
  return '#/'
}

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

export const navigate = (route: Route): void => {
  window.location.hash = href(route)
}
