// Calendar arithmetic on 'YYYY-MM-DD' strings.
// Pure and clock-free: days are counted as integers from 1970-01-01 (day 0) with the proleptic
// Gregorian calendar (H. Hinnant's civil-date algorithms), so results never depend on a time zone.

export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b)
}

/** Days since 1970-01-01 for a civil date (month 1-12). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = floorDiv(y, 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = floorDiv(153 * mp + 2, 5) + day - 1
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy
  return era * 146097 + doe - 719468
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value)
  if (!m) return false
  const month = Number(m[2])
  const day = Number(m[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month)
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : NaN
}

/** Days since 1970-01-01 (negative before). Throws RangeError on anything but a real YYYY-MM-DD day. */
export function dayNumber(iso: string): number {
  // Parsed by hand: the rules engine converts every session date, so this sits on the hot path.
  if (typeof iso === 'string' && iso.length === 10 && iso[4] === '-' && iso[7] === '-') {
    const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3)
    const month = digit(iso, 5) * 10 + digit(iso, 6)
    const day = digit(iso, 8) * 10 + digit(iso, 9)
    if (Number.isFinite(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumberFromParts(year, month, day)
    }
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(iso)}`)
}

/** Inverse of dayNumber. */
export function isoFromDayNumber(n: number): string {
  const z = Math.trunc(n) + 719468
  const era = floorDiv(z, 146097)
  const doe = z - era * 146097
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365)
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100))
  const mp = floorDiv(5 * doy + 2, 153)
  const day = doy - floorDiv(153 * mp + 2, 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  if (year >= 1000 && year <= 9999) return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
  const yyyy = String(Math.abs(year)).padStart(4, '0')
  return `${year < 0 ? '-' : ''}${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function addDays(iso: string, n: number): string {
  return isoFromDayNumber(dayNumber(iso) + n)
}

/** Calendar days from a to b (Monday to Tuesday = 1; negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

/** 0 = Sunday ... 6 = Saturday, for a day number. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return weekdayOfDayNumber(dayNumber(iso))
}

/** Day number of the first day of the calendar week holding day n. */
export function weekStartDayNumber(n: number, weekStartsOn: number = 1): number {
  return n - ((weekdayOfDayNumber(n) - weekStartsOn + 7) % 7)
}

/** First day of the calendar week holding iso; weeks start on weekStartsOn (0 = Sunday, 1 = Monday default). */
export function weekStartOf(iso: string, weekStartsOn: number = 1): string {
  return isoFromDayNumber(weekStartDayNumber(dayNumber(iso), weekStartsOn))
}

/** Every calendar day from `from` to `to`, both included (empty when to < from). */
export function eachDay(from: string, to: string): string[] {
  const start = dayNumber(from)
  const end = dayNumber(to)
  const days: string[] = []
  for (let n = start; n <= end; n++) days.push(isoFromDayNumber(n))
  return days
}

/** Week starts from the week holding `from` to the week holding `to`, empty weeks included. */
export function eachWeekStart(from: string, to: string, weekStartsOn: number = 1): string[] {
  const start = weekStartDayNumber(dayNumber(from), weekStartsOn)
  const end = weekStartDayNumber(dayNumber(to), weekStartsOn)
  const weeks: string[] = []
  for (let n = start; n <= end; n += 7) weeks.push(isoFromDayNumber(n))
  return weeks
}

/** Minutes after midnight for 'HH:MM' (or 'H:MM'); null when absent or malformed. */
export function minutesOfDay(time: string | null | undefined): number | null {
  if (time == null) return null
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim())
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 23 || min > 59) return null
  return h * 60 + min
}
