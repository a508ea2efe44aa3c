// RULES.md "Baseline": the athlete's last 4 full calendar weeks before the plan (runs per week, run
// minutes per week, longest run, hard sessions per week) and the median pace of easy runs with a
// distance in the last 8 weeks. No runs in those 4 weeks: a novice start.
import { dayNumber, isoFromDayNumber, weekStartDayNumber } from '../calendar'
import { isHard, isRun } from '../rules/session'
import type { RuleSession } from '../rules/types'

export const BASELINE_WEEKS = 4
export const PACE_WEEKS = 8

/** RULES.md novice start: 3 runs a week of 20-30 min, easy only. */
export const NOVICE_START = { runsPerWeek: 3, minRunMin: 20, maxRunMin: 30, minutesPerWeek: 75 } as const

export interface Baseline {
  /** Mean runs per week over the 4 weeks (may be fractional). */
  runsPerWeek: number
  /** Mean run minutes per week. */
  minutesPerWeek: number
  /** Longest run in minutes (0 with no runs). */
  longestRunMin: number
  /** Mean hard sessions per week. */
  hardPerWeek: number
  /** Median min/km of easy runs with a distance in the last 8 weeks; null when none. */
  easyPaceMinPerKm: number | null
  /** No runs in the 4 weeks: the plan starts from the novice start. */
  noviceStart: boolean
  /** First day of the 4-week window and the day after it (the first day of the plan's first week). */
  from: string
  to: string
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * The baseline before a plan starting on `startDate`: the 4 calendar weeks (starting on `weekStartsOn`)
 * that end before the week holding `startDate`. Sessions dated in or after that week are ignored.
 */
export function computeBaseline(
  history: readonly Pick<RuleSession, 'date' | 'type' | 'durationMin' | 'distanceKm' | 'rpe'>[],
  startDate: string,
  weekStartsOn = 1,
  hardRpe = 7
): Baseline {
  const firstWeek = weekStartDayNumber(dayNumber(startDate), weekStartsOn)
  const from = firstWeek - 7 * BASELINE_WEEKS
  const runs = history.filter((s) => isRun(s) && dayNumber(s.date) >= from && dayNumber(s.date) < firstWeek)
  const paced = history.filter(
    (s) =>
      s.type === 'easy' &&
      s.distanceKm !== null &&
      s.distanceKm > 0 &&
      s.durationMin > 0 &&
      dayNumber(s.date) >= firstWeek - 7 * PACE_WEEKS &&
      dayNumber(s.date) < firstWeek
  )
  return {
    runsPerWeek: runs.length / BASELINE_WEEKS,
    minutesPerWeek: runs.reduce((t, s) => t + s.durationMin, 0) / BASELINE_WEEKS,
    longestRunMin: Math.max(0, ...runs.map((s) => s.durationMin)),
    hardPerWeek: runs.filter((s) => isHard(s, hardRpe)).length / BASELINE_WEEKS,
    easyPaceMinPerKm: paced.length
      ? Math.round(median(paced.map((s) => s.durationMin / (s.distanceKm as number))) * 100) / 100
      : null,
    noviceStart: runs.length === 0,
    from: isoFromDayNumber(from),
    to: isoFromDayNumber(firstWeek)
  }
}

/** "last 4 weeks: 3 runs, 140 min a week" (the generate form's line). */
export function describeBaseline(b: Baseline): string {
  if (b.noviceStart)
    return 'last 4 weeks: no runs logged (the plan starts as a novice start: 3 runs a week of 20-30 min)'
  const runs = Number.isInteger(b.runsPerWeek) ? String(b.runsPerWeek) : b.runsPerWeek.toFixed(1)
  return `last 4 weeks: ${runs} run${b.runsPerWeek === 1 ? '' : 's'}, ${Math.round(b.minutesPerWeek)} min a week`
}
