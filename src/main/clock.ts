/** The local calendar day of a moment, as YYYY-MM-DD (a run belongs to the day it was run). */
export const localIsoDate = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

export interface Clock {
  now: () => Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that always answers the same moment (tests: "today" never moves under a run). */
export const fixedClock = (at: Date): Clock => {
  const ms = at.getTime()
  return { now: () => new Date(ms) }
}

/**
 * Test aid: the environment variable that pins "now" for a whole run of the app (browser host or
 * Electron main), so an end-to-end suite sees the same day whatever the machine's date. It is read
 * only when set; a coach never sets it.
 */
export const FIXED_NOW_VARIABLE = 'BALLAST_FIXED_NOW'

/**
 * The clock the app runs on: the system clock, or the moment in BALLAST_FIXED_NOW when it is set
 * (ISO 8601; without a zone it is the computer's local time, e.g. 2026-11-25T12:00:00).
 */
export const clockFromEnvironment = (env: Record<string, string | undefined>): Clock => {
  const value = env[FIXED_NOW_VARIABLE]
  if (value === undefined || value === '') return systemClock
  const at = new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(at.getTime())) {
    throw new Error(`${FIXED_NOW_VARIABLE} must be a date and time such as 2026-11-25T12:00:00 (got "${value}")`)
  }
  return fixedClock(at)
}
