// The renderer's words for main's numbers: calendar days ("Tue 24 Nov 2026"), weights and distances
// in the coach's units, percentages. Main sends kg, km, minutes, ISO days and texts with tokens only,
// so a units change redraws from data already here, without a new call. The formatters themselves
// live in src/shared/text (the PDF and main's messages use the same ones); this module keeps the
// names the renderer imports, and what needs the machine's clock.
export {
  formatDay,
  shortDate,
  formatNumber,
  massValue,
  distanceValue,
  formatMass,
  formatDistance,
  formatExposure,
  signedPercent,
  percent,
  plural,
  renderText
} from '../../../shared/text'
import { formatDay } from '../../../shared/text'

export const todayIso = (): string => {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

const pad2 = (n: number) => String(n).padStart(2, '0')
/** A moment (an ISO timestamp) in the computer's local time, as the app writes days: "Thu 26 Nov 2026 07:47". */
export const formatMoment = (isoTimestamp: string): string => {
  const at = new Date(isoTimestamp)
  const day = `${at.getFullYear()}-${pad2(at.getMonth() + 1)}-${pad2(at.getDate())}`
  return `${formatDay(day)} ${pad2(at.getHours())}:${pad2(at.getMinutes())}`
}
