// Chart geometry shared by the athlete charts: sparse week ticks, round axis steps, range wording.
// Words, units and dates come from lib/format.ts; week boundaries from main (on the configured week start).
import { dayNumber, isoFromDayNumber } from '../../../../shared/calendar'
import type { ChartRange } from '../../../../shared/contract/dashboard'
import { formatDay, shortDate } from '../../lib/format'

export { shortDate, signedPercent } from '../../lib/format'

/** "Tue 24 Nov 2026" in tooltips, tables and notes. */
export const mediumDate = (iso: string): string => formatDay(iso)

/** Tick for a numeric day axis. */
export const shortDateOfDay = (day: number): string => shortDate(isoFromDayNumber(day))
export { dayNumber }

/**
 * Every k-th week start so a half-width chart shows at most `max` labels (52 weeks would otherwise
 * print 52 overlapping dates). Counted from the newest week so "this week" always has a label.
 */
export const sparseTicks = <T>(values: T[], max = 8): T[] => {
  if (values.length <= max) return values
  const step = Math.ceil(values.length / max)
  return values.filter((_, i) => (values.length - 1 - i) % step === 0)
}

export const rangePhrase = (range: ChartRange): string =>
  range === 'all' ? 'in the whole log' : `in the last ${range} weeks`

/**
 * A note under a chart whose series was thinned to fit its width (src/shared/downsample.ts), or
 * null when every point is drawn.
 */
export const thinnedNote = (shown: number, of: number, what: string, kept: string): string | null =>
  shown >= of
    ? null
    : `Showing ${shown} of ${of} ${what}: ${kept} of every few are kept, so no peak is hidden. The data table lists the same ${what}.`

/**
 * Round ticks from 0 up past `max` (0, 0.5, 1, 1.5 ... or 0, 10, 20 ...), about `target` steps, so axes
 * never read 0, 0.65, 1.3. `integer` for counts.
 */
export const niceTicks = (max: number, target = 4, integer = false): number[] => {
  const raw = Math.max(max, integer ? 1 : 1e-9) / target
  const mag = 10 ** Math.floor(Math.log10(raw))
  let step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw - 1e-12) ?? 10 * mag
  if (integer) step = Math.max(1, Math.ceil(step))
  const n = Math.max(1, Math.ceil(max / step - 1e-9))
  return Array.from({ length: n + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6)
}
