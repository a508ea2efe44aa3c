// Dates as the pack prints them: "Mon 30 Nov", ranges "30 Nov – 6 Dec 2026".
import { formatDay } from '../../shared/dayFormat'

export const fmtDay = (iso: string, year = false): string => formatDay(iso, year)
export const fmtRange = (from: string, to: string): string =>
  `${fmtDay(from, from.slice(0, 4) !== to.slice(0, 4))} – ${fmtDay(to, true)}`
