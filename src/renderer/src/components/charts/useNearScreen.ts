// A chart is drawn once it is near the screen (within a screen's height of it), or else a moment after
// the page opened, when it has nothing else to do. Each recharts plot costs tens of milliseconds to
// mount; drawing all six as the athlete page opens held back what the coach came for (the first
// charts, the session log, a scroll or a click). Off screen the plot's box keeps its height
// (.chart-plot min-height), so nothing moves when a chart is drawn.
import { useLayoutEffect, useRef, useState } from 'react'

/** How far beyond the viewport (in viewport heights) a chart already counts as near. */
const NEAR = 1
/** The far charts wait this long after the page opened, so they do not compete with its first use. */
const IDLE_AFTER_MS = 1000
/** Drawn at the latest this long after that, even if the browser never turns idle. */
const IDLE_TIMEOUT_MS = 2000

/**
 * Charts waiting for an idle moment, in page order (layout effects run in tree order): one is drawn
 * per idle callback, so the first is on screen as soon as possible and input is handled in between.
 */
const waiting: (() => void)[] = []
/** The pending timer or idle callback that draws the next waiting chart, if any. */
let scheduled: { timer: number } | { idle: number } | null = null
const drawNextWhenIdle = (after = 0) => {
  if (scheduled || waiting.length === 0) return
  const next = () => {
    scheduled = {
      idle: requestIdleCallback(
        () => {
          scheduled = null
          waiting.shift()?.()
          drawNextWhenIdle()
        },
        { timeout: IDLE_TIMEOUT_MS }
      )
    }
  }
  if (after > 0) scheduled = { timer: window.setTimeout(next, after) }
  else next()
}
/** Nothing waits any more (the page was left): the next page's charts start their own wait. */
const stopWhenNoneWait = () => {
  if (waiting.length > 0 || !scheduled) return
  if ('timer' in scheduled) clearTimeout(scheduled.timer)
  else cancelIdleCallback(scheduled.idle)
  scheduled = null
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
    drawNextWhenIdle(IDLE_AFTER_MS)
    return () => {
      observer.disconnect()
      const at = waiting.indexOf(draw)
      if (at >= 0) waiting.splice(at, 1)
      stopWhenNoneWait()
    }
  }, [near, shown])
  return [ref, near]
}
