// RULES.md "Intensity": how many hard sessions a week may hold, which session fills a slot, and the
// session texts with their targets as RPE and a talk test (a heart-rate range only with a known max).
import type { Level } from '../domain'
import { round5 } from './rounding'
import type { PlannedDraft } from './schema'

export type SessionBody = Omit<PlannedDraft, 'date' | 'distanceKm'>

/** Gentle start: novices and athletes with no hard session in the baseline. */
export const GENTLE_NO_HARD_WEEKS = 2
export const GENTLE_ONE_HARD_WEEKS = 4
export const MAX_HARD_PER_WEEK = 2

export const TALK = {
  easy: 'RPE 3-4: you can talk in full sentences',
  long: 'RPE 3-4, steady: you can still talk in full sentences',
  incline: 'RPE 4-5, easy to moderate: you can talk in short sentences',
  interval: 'RPE 7-8: you can say only a few words at a time',
  hill: 'RPE 8-9: short all-out reps, too hard to talk'
} as const

/** The most hard sessions week `week` (0-based) may hold. */
export function hardLimit(args: { week: number; level: Level; baselineHardPerWeek: number; runs: number }): number {
  const gentle = args.level === 'novice' || args.baselineHardPerWeek === 0
  if (gentle && args.week < GENTLE_NO_HARD_WEEKS) return 0
  if (args.runs < 3) return 0
  if (gentle && args.week < GENTLE_NO_HARD_WEEKS + GENTLE_ONE_HARD_WEEKS) return 1
  if (args.level === 'novice') return 1
  return args.runs >= 5 ? MAX_HARD_PER_WEEK : 1
}

export type SlotKind = 'hill_sprint' | 'incline' | 'interval'

/**
 * The intensity slots take turns: the hill slot, then intervals. The hill slot alternates hill sprints
 * with incline runs; novices (and athletes new to hard sessions) start with an incline run.
 */
export function slotKind(slotIndex: number, gentle: boolean): SlotKind {
  if (slotIndex % 2 === 1) return 'interval'
  const hillTurn = slotIndex / 2
  const inclineFirst = gentle
  return (hillTurn % 2 === 0) === inclineFirst ? 'incline' : 'hill_sprint'
}

const hr = (maxHr: number | null | undefined, lo: number, hi: number, what: string): string =>
  maxHr ? ` ${what} ${Math.round((maxHr * lo) / 100)}-${Math.round((maxHr * hi) / 100)} bpm (${lo}-${hi}% of max).` : ''

export function easyText(minutes: number, maxHr?: number | null): string {
  return `Easy run, ${minutes} min: ${TALK.easy}.${hr(maxHr, 60, 75, 'Heart rate about')}`
}

/** The novice start's first two weeks: run/walk. */
export function runWalkText(minutes: number, week: number, maxHr?: number | null): string {
  const [run, walk] = week === 0 ? [1, 1] : [2, 1]
  return (
    `Run/walk, ${minutes} min: 5 min brisk walk, then repeat ${run} min easy running and ${walk} min walking; finish with a walk. ` +
    `${TALK.easy}.${hr(maxHr, 60, 75, 'Heart rate about')}`
  )
}

export function longText(minutes: number, maxHr?: number | null): string {
  return `Long run, ${minutes} min at an easy, steady pace: ${TALK.long}.${hr(maxHr, 60, 75, 'Heart rate about')} No ankle weights.`
}

export function hillSprintSession(level: Level, nth: number): SessionBody {
  // RULES.md: 6-10 x 8-10 s at 6-8% grade, walk-down recovery; novices start with 3-4 and avoid grades over 10%.
  const reps = level === 'novice' ? Math.min(4, 3 + Math.floor(nth / 2)) : Math.min(10, 6 + Math.floor(nth / 2))
  const grade = level === 'novice' ? '5-6% grade (never over 10%)' : '6-8% grade'
  return {
    type: 'hill_sprint',
    durationMin: round5(20 + reps * 1.5),
    ankleWeightKg: 0,
    weightedMin: 0,
    targetRpe: 8,
    description: `Hill sprints: 10 min easy warm-up, ${reps} x 8-10 s uphill at ${grade} (${TALK.hill}), walk back down to recover; 10 min easy cool-down. No ankle weights.`
  }
}

export function inclineSession(nth: number, maxHr?: number | null): SessionBody {
  const main = Math.min(20, 10 + 5 * nth)
  return {
    type: 'incline',
    durationMin: round5(20 + main),
    ankleWeightKg: 0,
    weightedMin: 0,
    targetRpe: 5,
    description:
      `Incline run: 10 min easy warm-up, ${main} min on a 4-6% treadmill incline or a long gentle hill (${TALK.incline}), ` +
      `10 min easy cool-down.${hr(maxHr, 70, 80, 'Heart rate about')} No ankle weights.`
  }
}

export function intervalSession(level: Level, nth: number, maxHr?: number | null): SessionBody {
  if (level === 'novice') {
    const reps = Math.min(6, 4 + Math.floor(nth / 2))
    return {
      type: 'interval',
      durationMin: round5(20 + reps * 2),
      ankleWeightKg: 0,
      weightedMin: 0,
      targetRpe: 7,
      description: `Intervals: 10 min easy warm-up, ${reps} x 1 min hard (${TALK.interval}) / 1 min easy jog, 10 min easy cool-down. No ankle weights.`
    }
  }
  // Toward Helgerud's 4 x 4 min with 3 min recovery; heart rate only climbs into range in reps of 3 min or more.
  const work = Math.min(4, 2 + Math.floor(nth / 2))
  const rest = work === 4 ? 3 : 2
  return {
    type: 'interval',
    durationMin: round5(20 + 4 * work + 3 * rest),
    ankleWeightKg: 0,
    weightedMin: 0,
    targetRpe: 7,
    description:
      `Intervals: 10 min easy warm-up, 4 x ${work} min hard (${TALK.interval}), ${rest} min easy jog between, 10 min easy cool-down.` +
      (work >= 3 ? hr(maxHr, 85, 92, 'Heart rate climbing to about') : '') +
      ' No ankle weights.'
  }
}
