// Windowing for long tables (the squad table, the session log): past `threshold` rows only the rows
// near the viewport are rendered, with one spacer row above and one below standing in for the rest,
// so the table keeps its height, its scroll bar and its row semantics (aria-rowcount on the table,
// aria-rowindex on each row). Short tables render every row, exactly as before.
import { useCallback, useLayoutEffect, useRef, useState } from 'react'

export interface WindowedRows {
  /** Put on the <tbody> whose rows are windowed. */
  ref: React.RefObject<HTMLTableSectionElement | null>
  windowed: boolean
  /** First rendered row (inclusive) and the end (exclusive). */
  start: number
  end: number
  /** Heights of the spacer rows above and below, in pixels. */
  padTop: number
  padBottom: number
  /** Renders the row at `index` (e.g. a highlighted session) before scrolling to it. */
  reveal: (index: number) => void
}

export interface WindowOptions {
  /** A row's height before one has been measured, in pixels. */
  estimate: number
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number
  /** Up to this many rows, every row is rendered. */
  threshold?: number
}

/** Re-measures after a render that follows a scroll or resize, at most. */
const SETTLE_PASSES = 3
/** A revealed row stays drawn this long at most while the page scrolls to it. */
const REVEAL_MS = 3000

export function useWindowedRows(
  count: number,
  { estimate, overscan = 20, threshold = 100 }: WindowOptions
): WindowedRows {
  const ref = useRef<HTMLTableSectionElement | null>(null)
  const windowed = count > threshold
  /** Heights of the rows drawn so far, by row index; the rows not drawn yet count their average. */
  const measured = useRef(new Map<number, number>())
  const rowHeight = useRef(estimate)
  /** Row tops: prefix sums of the heights (count + 1 values), from the last measure. */
  const tops = useRef<Float64Array | null>(null)
  /** Measures since the last scroll or resize (see SETTLE_PASSES). */
  const passes = useRef(0)
  /**
   * A row revealed to be scrolled to: the window stays on it until it is on screen, so the measures
   * between the reveal and the (smooth) scroll do not take it away again (a far "Show session" used to
   * land on an empty stretch). The coach's own wheel, key or pointer lets go of it.
   */
  const pinned = useRef<{ index: number; until: number } | null>(null)
  // Windowed, the first render draws about a screenful; the layout effect below then moves the window
  // to where the table is before anything is painted (drawing `threshold` rows first was wasted work).
  const initialEnd = Math.min(
    count,
    windowed ? Math.ceil((typeof window === 'undefined' ? 1000 : window.innerHeight) / estimate) + overscan : threshold
  )
  const [range, setRange] = useState({ start: 0, end: initialEnd, padTop: 0, padBottom: 0 })
  // Another list (rows added, removed or filtered): the heights by index no longer hold.
  const measuredFor = useRef(count)
  if (measuredFor.current !== count) {
    measuredFor.current = count
    measured.current.clear()
    tops.current = null
  }

  const update = useCallback(() => {
    const body = ref.current
    if (!body) return
    // Measure the rows drawn now (their aria-rowindex is the index + 2: the header row is 1).
    for (const row of Array.from(body.children) as HTMLElement[]) {
      if (row.dataset.spacer) continue
      const index = Number(row.getAttribute('aria-rowindex')) - 2
      const height = row.getBoundingClientRect().height
      if (index >= 0 && index < count && height > 8) measured.current.set(index, height)
    }
    if (measured.current.size > 0) {
      let total = 0
      for (const h of measured.current.values()) total += h
      rowHeight.current = total / measured.current.size
    }
    const at = new Float64Array(count + 1)
    for (let i = 0; i < count; i++) at[i + 1] = at[i] + (measured.current.get(i) ?? rowHeight.current)
    tops.current = at
    // The first row whose bottom is below y.
    const rowAt = (y: number): number => {
      let lo = 0
      let hi = count
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (at[mid + 1] <= y) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    const box = body.getBoundingClientRect()
    const top = -box.top
    const firstOnScreen = rowAt(top)
    const lastOnScreen = rowAt(top + window.innerHeight)
    let start = Math.max(0, firstOnScreen - overscan)
    let end = Math.min(count, lastOnScreen + 1 + overscan)
    // The table's end is on screen: draw its last rows, whatever the estimates say.
    if (box.bottom <= window.innerHeight) {
      end = count
      start = Math.min(start, Math.max(0, rowAt(at[count] - window.innerHeight) - overscan))
    }
    const pin = pinned.current
    if (
      pin &&
      (pin.index >= count || performance.now() > pin.until || (pin.index >= firstOnScreen && pin.index <= lastOnScreen))
    )
      pinned.current = null
    else if (pin) {
      start = Math.max(0, pin.index - overscan)
      end = Math.min(count, pin.index + overscan + 1)
    }
    // Also redraw when the spacers' heights moved (rows measured), to the half pixel.
    const padTop = Math.round(at[start] * 2) / 2
    const padBottom = Math.round((at[count] - at[end]) * 2) / 2
    setRange((prev) =>
      prev.start === start && prev.end === end && prev.padTop === padTop && prev.padBottom === padBottom
        ? prev
        : { start, end, padTop, padBottom }
    )
  }, [count, overscan])

  useLayoutEffect(() => {
    if (!windowed) return
    const onMove = () => {
      passes.current = 0
      update()
    }
    const letGo = () => {
      pinned.current = null
    }
    const input = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const
    onMove()
    // Capture: the page may scroll in an element rather than the window.
    document.addEventListener('scroll', onMove, { passive: true, capture: true })
    window.addEventListener('resize', onMove)
    for (const e of input) window.addEventListener(e, letGo, { passive: true, capture: true })
    return () => {
      document.removeEventListener('scroll', onMove, { capture: true })
      window.removeEventListener('resize', onMove)
      for (const e of input) window.removeEventListener(e, letGo, { capture: true })
    }
  }, [windowed, update])

  // After a render, measure the rows just drawn: the spacers then take their real heights and the
  // window settles where the page is. Each measure can draw other rows, so at most SETTLE_PASSES
  // follow a scroll or resize (an endless cycle of them once made React blank the page).
  useLayoutEffect(() => {
    if (!windowed || passes.current >= SETTLE_PASSES) return
    passes.current++
    update()
  })

  const reveal = useCallback(
    (index: number) => {
      if (!windowed || index < 0) return
      pinned.current = { index, until: performance.now() + REVEAL_MS }
      setRange((prev) =>
        index >= prev.start && index < prev.end
          ? prev
          : { ...prev, start: Math.max(0, index - overscan), end: Math.min(count, index + overscan + 1) }
      )
    },
    [windowed, count, overscan]
  )

  if (!windowed) return { ref, windowed, start: 0, end: count, padTop: 0, padBottom: 0, reveal }
  const start = Math.min(range.start, count)
  const end = Math.min(Math.max(range.end, start), count)
  const at = tops.current
  const h = rowHeight.current
  return {
    ref,
    windowed,
    start,
    end,
    padTop: at && at.length === count + 1 ? at[start] : start * h,
    padBottom: at && at.length === count + 1 ? at[count] - at[end] : (count - end) * h,
    reveal
  }
}
