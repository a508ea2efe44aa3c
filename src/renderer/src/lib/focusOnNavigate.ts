// After a navigation, keyboard and screen-reader users start at the new page's heading, not at the top of
// the document. Pages load their data first, so the heading is awaited briefly; focus is moved only if it
// is still nowhere in particular (the body, or the link that was clicked in the top bar), never taken from
// a field or dialog the coach has already moved to.
import { useEffect, useRef } from 'react'

const TRIES = 60
const EVERY_MS = 50

const focusIsFree = (): boolean => {
  const a = document.activeElement
  return a === null || a === document.body || a.closest('header.topbar') !== null
}

export const useFocusHeadingOnNavigate = (routeKey: string): void => {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    let tries = 0
    const timer = window.setInterval(() => {
      tries++
      const heading = document.querySelector<HTMLElement>('main.content h1')
      if (heading || tries >= TRIES) window.clearInterval(timer)
      if (!heading || !focusIsFree()) return
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus()
    }, EVERY_MS)
    return () => window.clearInterval(timer)
  }, [routeKey])
}

/** "Skip to content": moves focus into the main area without touching the hash (the hash is the route). */
export const skipToContent = (e: { preventDefault: () => void }): void => {
  e.preventDefault()
  const main = document.querySelector<HTMLElement>('main.content')
  const target = main?.querySelector<HTMLElement>('h1') ?? main
  if (!target) return
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus()
}
