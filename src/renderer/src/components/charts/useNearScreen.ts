// A chart is drawn once it is near the screen, or else when the page has nothing else to do. Each
// recharts plot costs tens of milliseconds to mount, and when the athlete page opens its six charts
// are below the warnings: drawing all six first held back everything else on the page (the session
// log, a scroll, a click). Off screen the plot's box keeps its height (.chart-plot min-height), so
// nothing moves when a chart is drawn.
import { useLayoutEffect, useRef, useState } from 'react'

/** How far beyond the viewport (in viewport heights) a chart already counts as near. */
const NEAR = 0.5
/** Drawn at the latest this long after it was queued, even if the browser never turns idle. */
const IDLE_TIMEOUT_MS = 2000

/**
 * Charts waiting for an idle moment, in page order (layout effects run in tree order): one is drawn
 * per idle callback, so the first is on screen as soon as possible and input is handled in between.
 */
const waiting: (() => void)[] = []
let idleScheduled = false
const drawNextWhenIdle = () => {
  if (idleScheduled || waiting.length === 0) return
  idleScheduled = true
  requestIdleCallback(
    () => {
      idleScheduled = false
      waiting.shift()?.()
      drawNextWhenIdle()
    },
    { timeout: IDLE_TIMEOUT_MS }
  )
}

/** `shown`: whether the plot's box is on the page at all (not an empty state or the data table). */
export function useNearScreen<T extends Element>(shown: boolean): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null)
  // Without IntersectionObserver or idle callbacks (jsdom), draw at once, as before.
  const [near, setNear] = useState(
    () => typeof IntersectionObserver === 'undefined' || typeof requestIdleCallback === 'undefined'
  )
  useLayoutEffect(() => {
    const el = ref.current
    if (near || !shown || !el) return
    const margin = window.innerHeight * NEAR
    // On screen now: draw in this same frame, not one frame later when the observer first reports.
    const box = el.getBoundingClientRect()
    if (box.bottom > -margin && box.top < window.innerHeight + margin) {
      setNear(true)
      return
    }
    const draw = () => setNear(true)
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), {
      rootMargin: `${margin}px 0px`
    })
    observer.observe(el)
    waiting.push(draw)
    drawNextWhenIdle()
    return () => {
      observer.disconnect()
      const at = waiting.indexOf(draw)
      if (at >= 0) waiting.splice(at, 1)
    }
  }, [near, shown])
  return [ref, near]
}
