// Day and month names for pickers and the PDF's calendars. Days in the coach's words ("Tue 3 Nov
// 2026") come from the one formatter in text/format.ts, re-exported here for older imports.
export { formatDay } from './text/format'

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
