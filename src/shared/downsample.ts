// Thins a series that has more points than a chart has pixels, without hiding its peaks.
// The series is cut into stretches of consecutive points; from each stretch the point with the
// highest (and, where asked, the lowest) value of every listed measure is kept, with the first and
// last point of the series. Kept points are real points (a real day, a real session): nothing is
// averaged away, so a spike of one day still shows at its full height. Pure.

export interface Extreme<T> {
  /** The measure; null values are never picked. */
  value: (point: T) => number | null
  /** Which end of each stretch to keep: 'max' for bars counted from 0, 'both' for lines. */
  keep: 'max' | 'min' | 'both'
}

const perStretch = <T>(extremes: readonly Extreme<T>[]): number =>
  extremes.reduce((n, e) => n + (e.keep === 'both' ? 2 : 1), 0)

/**
 * How many consecutive points share one stretch when `count` points are thinned to at most `max`
 * (1 when nothing needs thinning). Any point that is the highest of the `stretchLength` points on
 * either side of it is kept.
 */
export const stretchLength = <T>(count: number, max: number, extremes: readonly Extreme<T>[]): number => {
  if (count <= max) return 1
  const stretches = Math.max(1, Math.floor((max - 2) / Math.max(1, perStretch(extremes))))
  return Math.ceil(count / stretches)
}

/** At most `max` points (max >= 2 + the points kept per stretch), in their original order. */
export function downsample<T>(points: readonly T[], max: number, extremes: readonly Extreme<T>[]): T[] {
  const n = points.length
  const size = stretchLength(n, max, extremes)
  if (size === 1) return points.slice()
  const keep = new Uint8Array(n)
  keep[0] = 1
  keep[n - 1] = 1
  for (let lo = 0; lo < n; lo += size) {
    const hi = Math.min(n, lo + size)
    for (const e of extremes) {
      let maxAt = -1
      let minAt = -1
      let maxV = -Infinity
      let minV = Infinity
      for (let i = lo; i < hi; i++) {
        const v = e.value(points[i])
        if (v === null || Number.isNaN(v)) continue
        if (v > maxV) [maxV, maxAt] = [v, i]
        if (v < minV) [minV, minAt] = [v, i]
      }
      if (e.keep !== 'min' && maxAt >= 0) keep[maxAt] = 1
      if (e.keep !== 'max' && minAt >= 0) keep[minAt] = 1
    }
  }
  const out: T[] = []
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i])
  return out
}
