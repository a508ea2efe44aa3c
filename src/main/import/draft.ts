// What every reader produces: a session without its athlete, plus where it came from.
// Storage is metric; date and start time are the local calendar day and clock time of the start.
import type { SessionTypeName } from '../../shared/domain'
import type { CleanSession } from '../db/sessions'

export type ImportDraft = Omit<CleanSession, 'athleteId'>

/** A file's problem, worded for the coach; the whole file is left out. */
export class ImportFileError extends Error {}

export interface Activity {
  start: Date
  /** Minutes to add to UTC for the athlete's local clock, when the file says (FIT); else this machine's zone. */
  localOffsetMin?: number
  durationSec: number
  distanceM: number | null
  name: string
  /** True for running; anything else (ride, swim, walk) becomes cross-training. */
  running: boolean
  race: boolean
  externalId: string
}

const pad = (n: number) => String(n).padStart(2, '0')
/** Four digits, so a year such as 100 reads "0100" and the date check can name the range. */
const year = (y: number) => String(y).padStart(4, '0')

/** Local date and HH:MM of a moment: the file's own offset if given, else this machine's time zone. */
export const localDateTime = (start: Date, offsetMin?: number): { date: string; startTime: string } => {
  if (offsetMin !== undefined) {
    const t = new Date(start.getTime() + offsetMin * 60_000)
    return {
      date: `${year(t.getUTCFullYear())}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`,
      startTime: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
    }
  }
  return {
    date: `${year(start.getFullYear())}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
    startTime: `${pad(start.getHours())}:${pad(start.getMinutes())}`
  }
}

const RACE_WORDS = /\b(race|racing|marathon|half|parkrun|10k|5k|ultra|championships?|xc)\b/i

/** A first guess the coach can change in the preview: race by name, long by length, else easy. */
export const guessType = (a: { running: boolean; race: boolean; name: string; durationMin: number; distanceKm: number | null }): SessionTypeName => {
  if (!a.running) return 'cross'
  if (a.race || RACE_WORDS.test(a.name)) return 'race'
  if (a.durationMin >= 90 || (a.distanceKm ?? 0) >= 18) return 'long'
  return 'easy'
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places

export const draftFromActivity = (a: Activity): ImportDraft => {
  if (!(a.start instanceof Date) || Number.isNaN(a.start.getTime())) throw new ImportFileError('it has no valid start time')
  if (!(a.durationSec > 0)) throw new ImportFileError('it has no duration (start and end are the same)')
  const durationMin = round(a.durationSec / 60, 1)
  if (durationMin > 1440) throw new ImportFileError(`it lasts ${Math.round(durationMin)} minutes; a session can be at most 24 hours`)
  const distanceKm = a.distanceM === null || !Number.isFinite(a.distanceM) ? null : round(a.distanceM / 1000, 2)
  if (distanceKm !== null && (distanceKm < 0 || distanceKm > 500)) throw new ImportFileError(`its distance (${distanceKm} km) is out of range`)
  return {
    ...localDateTime(a.start, a.localOffsetMin),
    type: guessType({ running: a.running, race: a.race, name: a.name, durationMin, distanceKm }),
    durationMin: Math.max(durationMin, 0.1),
    distanceKm,
    ankleWeightKg: 0,
    weightedMin: 0,
    rpe: null,
    pain: null,
    painNextMorning: null,
    painLocation: '',
    formBreakdown: false,
    notes: a.name.trim().slice(0, 200),
    source: 'import',
    externalId: a.externalId.slice(0, 200)
  }
}
