// Calendar days in the coach's words ("Tue 3 Nov 2026", "23 Nov"), the same in the app, main's
// summaries and the PDFs. Pure: works on YYYY-MM-DD strings, no time zones.
import { weekday } from './calendar'

export const monthShortNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec'
] as const
export const weekdayShortNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** "23 Nov" */
export const dayMonth = (iso: string): string =>
  `${Number(iso.slice(8, 10))} ${monthShortNames[Number(iso.slice(5, 7)) - 1]}`

/** "Tue 3 Nov 2026", or "Tue 3 Nov" without the year. */
export const formatDay = (iso: string, withYear = true): string =>
  `${weekdayShortNames[weekday(iso)]} ${dayMonth(iso)}${withYear ? ` ${iso.slice(0, 4)}` : ''}`
