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

// Leaving with unsaved changes: each open form registers whether it has any; a navigation (a link, Back,
// navigate()) asks first and stays if the coach says no; a reload or closing the window asks through
// the browser's own beforeunload prompt.
const guards = new Set<() => boolean>()
export const LEAVE_QUESTION = 'You have changes that are not saved. Leave and lose them?'
const unsaved = (): boolean => [...guards].some((g) => g())

/** While mounted, `isDirty()` is asked before the page changes or reloads. */
export const useLeaveGuard = (isDirty: () => boolean): void => {
  useEffect(() => {
    guards.add(isDirty)
    return () => {
      guards.delete(isDirty)
    }
  }, [isDirty])
}

/** True when nothing is unsaved, or the coach chose to leave anyway. */
export const confirmLeave = (): boolean => !unsaved() || window.confirm(LEAVE_QUESTION)

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (!unsaved()) return
    e.preventDefault()
    e.returnValue = ''
  })
}

/** A navigate() the coach already confirmed: its hashchange is not asked about again. */
let confirmedHash: string | null = null

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    let shown = window.location.hash
    const onChange = () => {
      const next = window.location.hash
      const asked = confirmedHash === next
      confirmedHash = null
      if (!asked && !confirmLeave()) {
        // Stay: put the address back without a new history entry (and without another hashchange).
        window.history.replaceState(window.history.state, '', shown || '#/')
        return
      }
      shown = next
      setRoute(parseRoute(next))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

export const navigate = (route: Route): void => {
  const to = href(route)
  if (to === (window.location.hash || '#/') || !confirmLeave()) return
  confirmedHash = to
  window.location.hash = to
}
