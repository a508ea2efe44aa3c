// What every reader produces: a session without its athlete, plus where it came from and what the
// coach should know about how it was read (which time is the duration, why the type was guessed).
// Storage is metric; date and start time are the athlete's local calendar day and clock time.
import type { SessionTypeName } from '../../shared/domain'
import type { CleanSession } from '../db/sessions'

export type ImportDraft = Omit<CleanSession, 'athleteId'>

/** A file's problem, worded for the coach; the whole file is left out. */
export class ImportFileError extends Error {}

/** Which of a file's times became the session's duration. */
export type TimeUsed = 'moving' | 'elapsed'

/** How a row was read: shown next to it in the preview. */
export interface DraftInfo {
  timeUsed: TimeUsed
  /** Elapsed time including pauses, when the file has it and it differs from the duration. */
  elapsedMin: number | null
  /** Why the type was guessed ("4.1 km/h: looks like a walk or hike"). */
  typeReason: string
  /** Something the coach should see (a checksum that does not match, a left-out transition). */
  note: string
}

export interface ReadContext {
  /** The athlete's IANA time zone: timestamps become their local day and time. */
  timeZone: string
}

export interface Activity {
  start: Date
  /** Minutes to add to UTC for the local clock, when the file records its own (FIT); else the athlete's zone. */
  localOffsetMin?: number
  /** Moving (timer) time: the session's duration when known. */
  movingSec: number | null
  /** Elapsed time including pauses. */
  elapsedSec: number | null
  distanceM: number | null
  name: string
  /** What the file says the activity was ('' when it does not say). */
  sport: string
  /** True when the file says running; false when it names another sport; null when it does not say. */
  running: boolean | null
  race: boolean
  externalId: string
  note?: string
}

const pad = (n: number) => String(n).padStart(2, '0')
/** Four digits, so a year such as 100 reads "0100" and the date check can name the range. */
const year = (y: number) => String(y).padStart(4, '0')

const zoneFormats = new Map<string, Intl.DateTimeFormat>()
const zoneFormat = (timeZone: string): Intl.DateTimeFormat => {
  let f = zoneFormats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      era: 'short'
    })
    zoneFormats.set(timeZone, f)
  }
  return f
}

/** Local date and HH:MM of a moment: the file's own offset if given, else the athlete's time zone. */
export const localDateTime = (
  start: Date,
  timeZone: string,
  offsetMin?: number
): { date: string; startTime: string } => {
  if (offsetMin !== undefined) {
    const t = new Date(start.getTime() + offsetMin * 60_000)
    return {
      date: `${year(t.getUTCFullYear())}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`,
      startTime: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
    }
  }
  const parts: Record<string, string> = {}
  for (const p of zoneFormat(timeZone).formatToParts(start)) parts[p.type] = p.value
  const y = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year)
  return {
    date: `${year(y)}-${pad(Number(parts.month))}-${pad(Number(parts.day))}`,
    startTime: `${pad(Number(parts.hour) % 24)}:${pad(Number(parts.minute))}`
  }
}

const RACE_WORDS = /\b(race|racing|marathon|half|parkrun|10k|5k|ultra|championships?|xc)\b/i
const WALK_WORDS = /walk|hik|trek|wander|randonn|senderi|escurs|caminh/i
/** Below this a "run" is a walk or hike; above the other a ride or a drive. */
export const WALK_MAX_KMH = 6.5
export const RUN_MAX_KMH = 25

const kmh = (v: number) => `${v.toFixed(1)} km/h`

/** A first guess the coach can change in the preview, with the reason: sport, pace, name, length. */
export const guessType = (a: {
  running: boolean | null
  sport: string
  race: boolean
  name: string
  durationMin: number
  distanceKm: number | null
}): { type: SessionTypeName; reason: string } => {
  const speed =
    a.distanceKm !== null && a.distanceKm > 0 && a.durationMin > 0 ? a.distanceKm / (a.durationMin / 60) : null
  if (a.running === false)
    return { type: 'cross', reason: `the file says ${a.sport || 'another sport'}, so it counts as cross-training` }
  if (WALK_WORDS.test(a.sport) || (a.running === null && WALK_WORDS.test(a.name)))
    return {
      type: 'cross',
      reason: `the file says ${WALK_WORDS.test(a.sport) ? a.sport : `"${a.name}"`}: a walk or hike counts as cross-training`
    }
  if (speed !== null && speed > RUN_MAX_KMH)
    return { type: 'cross', reason: `${kmh(speed)}: too fast for a run; looks like a ride or a drive` }
  if (speed !== null && speed < WALK_MAX_KMH && a.running === null)
    return { type: 'cross', reason: `${kmh(speed)}: looks like a walk or hike` }
  const pace = speed === null ? '' : `${kmh(speed)}: `
  if (a.race || RACE_WORDS.test(a.name)) return { type: 'race', reason: `${pace}the name says race` }
  if (a.durationMin >= 90 || (a.distanceKm ?? 0) >= 18)
    return { type: 'long', reason: `${pace}90 minutes or 18 km or more: a long run` }
  if (speed !== null && speed < WALK_MAX_KMH)
    return { type: 'easy', reason: `${kmh(speed)}: slow for a run (run/walk?); check the type` }
  return {
    type: 'easy',
    reason: speed === null ? 'a run without a distance: easy unless you change it' : `${pace}running pace`
  }
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places

export interface ReadDraft {
  draft: ImportDraft
  info: DraftInfo
}

export const draftFromActivity = (a: Activity, ctx: ReadContext): ReadDraft => {
  if (!(a.start instanceof Date) || Number.isNaN(a.start.getTime()))
    throw new ImportFileError('it has no valid start time')
  const moving = a.movingSec !== null && a.movingSec > 0 ? a.movingSec : null
  const durationSec = moving ?? a.elapsedSec ?? 0
  if (!(durationSec > 0)) throw new ImportFileError('it has no duration (start and end are the same)')
  const durationMin = round(durationSec / 60, 1)
  if (durationMin > 1440)
    throw new ImportFileError(`it lasts ${Math.round(durationMin)} minutes; a session can be at most 24 hours`)
  const distanceKm = a.distanceM === null || !Number.isFinite(a.distanceM) ? null : round(a.distanceM / 1000, 2)
  if (distanceKm !== null && (distanceKm < 0 || distanceKm > 500))
    throw new ImportFileError(`its distance (${distanceKm} km) is out of range`)
  const elapsedMin = a.elapsedSec !== null && a.elapsedSec > 0 ? round(a.elapsedSec / 60, 1) : null
  const guess = guessType({ running: a.running, sport: a.sport, race: a.race, name: a.name, durationMin, distanceKm })
  const paused = moving !== null && elapsedMin !== null && elapsedMin - durationMin >= 0.1
  const name = a.name.trim()
  // The elapsed time is kept in the notes, so the coach can see the pauses after the import too.
  const notes = [name, paused ? `elapsed ${elapsedMin} min, moving ${durationMin} min` : ''].filter(Boolean).join(' · ')
  return {
    draft: {
      ...localDateTime(a.start, ctx.timeZone, a.localOffsetMin),
      type: guess.type,
      durationMin: Math.max(durationMin, 0.1),
      distanceKm,
      ankleWeightKg: 0,
      weightedMin: 0,
      rpe: null,
      pain: null,
      painNextMorning: null,
      painLocation: '',
      formBreakdown: false,
      notes: notes.slice(0, 200),
      source: 'import',
      externalId: a.externalId.slice(0, 200)
    },
    info: {
      timeUsed: moving !== null ? 'moving' : 'elapsed',
      elapsedMin: paused ? elapsedMin : null,
      typeReason: guess.reason,
      note: a.note ?? ''
    }
  }
}
