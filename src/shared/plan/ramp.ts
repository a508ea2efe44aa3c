// RULES.md "Ramp" and the taper of "Long run": how many runs and how many run minutes each week
// may have, from the baseline and the week before. Pure numbers; the generator fills them in.
import { floor5, multipleOf5Within } from './rounding'

/** Weekly run minutes rise at most 10% a week. */
export const RAMP_MAX = 1.1
/** Every 4th week is a cutback week at 70-80% of the week before. */
export const CUTBACK_EVERY = 4
export const CUTBACK_MIN = 0.7
export const CUTBACK_MAX = 0.8
/** The week after a cutback: at most +30% over the cutback week (and +10% over the last normal week). */
export const AFTER_CUTBACK_MAX = 1.3
/** The 2 weeks ending with the race week: each 60-70% of the week before (race excluded). */
export const TAPER_WEEKS = 2
export const TAPER_MIN = 0.6
export const TAPER_MAX = 0.7
/** A run is added at most every 2 weeks. */
export const RUN_ADD_EVERY_WEEKS = 2
/** Novices never run more than 5 days in a row. */
export const NOVICE_MAX_DAYS_IN_ROW = 5

export type WeekKind = 'normal' | 'cutback' | 'taper' | 'race'

/** Which kind of week `week` (0-based) is, given the race week (null without a race inside the plan). */
export function weekKind(week: number, raceWeek: number | null): WeekKind {
  if (raceWeek !== null) {
    if (week === raceWeek) return 'race'
    if (week === raceWeek - 1) return 'taper'
    // The cutback pattern runs up to the taper; none right before it, and none after the race.
    if (week >= raceWeek - TAPER_WEEKS) return 'normal'
    if (week > raceWeek) return 'normal'
  }
  return week > 0 && (week + 1) % CUTBACK_EVERY === 0 ? 'cutback' : 'normal'
}

export interface MinutesBound {
  /** What the week aims for. */
  target: number
  /** Never more than this. */
  max: number
  /** Never less than this (cutback and taper weeks only; 0 otherwise). */
  min: number
}

export interface MinutesContext {
  week: number
  kind: WeekKind
  baselineMinutes: number
  /** Run minutes of the week before (race excluded); null for week 1. */
  previous: number | null
  previousKind: WeekKind | null
  /** Run minutes of the last normal (not cutback) week before this one. */
  lastNormal: number | null
  /** Weekly run minutes the coach aims for. */
  goal: number
}

/** The run minutes a week may have (all multiples of 5). */
export function weekMinutes(c: MinutesContext): MinutesBound {
  if (c.previous === null) {
    const max = floor5(RAMP_MAX * c.baselineMinutes)
    return { target: Math.min(max, c.goal), max, min: 0 }
  }
  const p = c.previous
  if (c.kind === 'cutback') {
    const t = multipleOf5Within(CUTBACK_MIN * p, CUTBACK_MAX * p, 0.75 * p) ?? floor5(CUTBACK_MAX * p)
    return { target: t, max: t, min: t }
  }
  if (c.kind === 'taper' || c.kind === 'race') {
    const t = multipleOf5Within(TAPER_MIN * p, TAPER_MAX * p, 0.65 * p) ?? floor5(TAPER_MAX * p)
    return { target: t, max: t, min: t }
  }
  let max = floor5(RAMP_MAX * p)
  if (c.previousKind === 'cutback') max = floor5(Math.min(RAMP_MAX * (c.lastNormal ?? p), AFTER_CUTBACK_MAX * p))
  return { target: Math.min(max, Math.max(c.goal, 0)), max, min: 0 }
}

/**
 * Runs planned in a week: week 1 at most the baseline's runs + 1; then one more at most every 2 weeks
 * (never in a cutback, taper or race week) until the requested number.
 */
export function weekRuns(args: {
  week: number
  kind: WeekKind
  requested: number
  baselineRuns: number
  previous: number | null
  weeksSinceAdd: number
}): number {
  if (args.previous === null) return Math.max(1, Math.min(args.requested, Math.floor(args.baselineRuns + 1 + 1e-9)))
  if (args.previous < args.requested && args.kind === 'normal' && args.weeksSinceAdd >= RUN_ADD_EVERY_WEEKS)
    return args.previous + 1
  return Math.min(args.previous, args.requested)
}
