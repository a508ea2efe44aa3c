// Display helpers shared by the athlete charts: short dates, sparse week ticks, range wording.
// Week boundaries themselves come from main (already on the configured week start).
import { dayNumber, isoFromDayNumber } from '../../../../shared/calendar'
import type { ChartRange } from '../../../../shared/contract/dashboard'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "23 Nov" from YYYY-MM-DD (no time zone involved). */
export const shortDate = (iso: string): string => {
  const [, m, d] = iso.split('-').map(Number)
  return `${d} ${months[m - 1]}`
}

/** "23 Nov 2026" */
export const mediumDate = (iso: string): string => `${shortDate(iso)} ${iso.slice(0, 4)}`

/** Tick for a numeric day axis. */
export const shortDateOfDay = (day: number): string => shortDate(isoFromDayNumber(day))
export { dayNumber }

/**
 * Every k-th week start so a half-width chart shows at most `max` labels (52 weeks would otherwise
 * print 52 overlapping dates). Counted from the newest week so "this week" always has a label.
 */
export const sparseTicks = <T,>(values: T[], max = 8): T[] => {
  if (values.length <= max) return values
  const step = Math.ceil(values.length / max)
  return values.filter((_, i) => (values.length - 1 - i) % step === 0)
}

export const rangePhrase = (range: ChartRange): string => (range === 'all' ? 'in the whole log' : `in the last ${range} weeks`)

export const signedPercent = (p: number | null): string => (p === null ? '–' : `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)}%`)

/** Nice round upper bound for an axis that must include `value`. */
export const niceCeil = (value: number): number => {
  if (value <= 0) return 1
  const mag = 10 ** Math.floor(Math.log10(value))
  for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * mag >= value) return f * mag
  return 10 * mag
}
