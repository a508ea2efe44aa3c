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

export function useWindowedRows(
  count: number,
  { estimate, overscan = 20, threshold = 100 }: WindowOptions
): WindowedRows {
  const ref = useRef<HTMLTableSectionElement | null>(null)
  const windowed = count > threshold
  const rowHeight = useRef(estimate)
  /** Measures since the last scroll or resize (see SETTLE_PASSES). */
  const passes = useRef(0)
  const initialEnd = Math.min(count, threshold)
  const [range, setRange] = useState({ start: 0, end: initialEnd })

  const update = useCallback(() => {
    const body = ref.current
    if (!body) return
    // Measure the rows on screen now: their average height is the best guess for the others.
    let total = 0
    let rows = 0
    for (const row of Array.from(body.children) as HTMLElement[]) {
      if (row.dataset.spacer) continue
      total += row.getBoundingClientRect().height
      rows++
    }
    if (rows > 0 && total / rows > 8) rowHeight.current = total / rows
    const h = rowHeight.current
    const box = body.getBoundingClientRect()
    const top = -box.top
    const onScreen = Math.ceil(window.innerHeight / h)
    let start = Math.max(0, Math.min(count, Math.floor(top / h) - overscan))
    let end = Math.max(start, Math.min(count, Math.ceil((top + window.innerHeight) / h) + overscan))
    // The table's end is on screen: draw its last rows, whatever the estimate says (rows of different
    // heights make the average drift over a long table).
    if (box.bottom <= window.innerHeight) {
      end = count
      start = Math.min(start, Math.max(0, count - onScreen - overscan))
    }
    setRange((prev) => (prev.start === start && prev.end === end ? prev : { start, end }))
  }, [count, overscan])

  useLayoutEffect(() => {
    if (!windowed) return
    const onMove = () => {
      passes.current = 0
      update()
    }
    onMove()
    // Capture: the page may scroll in an element rather than the window.
    document.addEventListener('scroll', onMove, { passive: true, capture: true })
    window.addEventListener('resize', onMove)
    return () => {
      document.removeEventListener('scroll', onMove, { capture: true })
      window.removeEventListener('resize', onMove)
    }
  }, [windowed, update])

  // After a render, the rows just drawn may show the estimate was off (the spacers then had the wrong
  // height): measure again so the window settles where the page is. Rows of different heights (a row
  // whose warnings wrap) make every window's average a little different, so this could go on forever
  // (React stops it by blanking the page): at most SETTLE_PASSES measures follow a scroll or resize.
  const drawnWith = useRef(rowHeight.current)
  useLayoutEffect(() => {
    if (!windowed) return
    if (Math.abs(drawnWith.current - rowHeight.current) > 0.5 && passes.current < SETTLE_PASSES) {
      passes.current++
      drawnWith.current = rowHeight.current
      update()
    }
  })

  const reveal = useCallback(
    (index: number) => {
      if (!windowed) return
      setRange((prev) =>
        index >= prev.start && index < prev.end
          ? prev
          : { start: Math.max(0, index - overscan), end: Math.min(count, index + overscan + 1) }
      )
    },
    [windowed, count, overscan]
  )

  if (!windowed) return { ref, windowed, start: 0, end: count, padTop: 0, padBottom: 0, reveal }
  const start = Math.min(range.start, count)
  const end = Math.min(Math.max(range.end, start), count)
  return {
    ref,
    windowed,
    start,
    end,
    padTop: start * rowHeight.current,
    padBottom: (count - end) * rowHeight.current,
    reveal
  }
}
