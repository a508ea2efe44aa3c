// RULES.md "Long run": grows at most 10% a week over the longest run of the last 30 days (so LD1
// never fires) and stops at a cap set by the goal distance.
import { floor5 } from './rounding'

export const goalDistances = ['5k', '10k', 'half', 'marathon'] as const
export type GoalDistance = (typeof goalDistances)[number]

export const goalDistanceKm: Record<GoalDistance, number> = { '5k': 5, '10k': 10, half: 21.1, marathon: 42.2 }
export const goalDistanceLabel: Record<GoalDistance, string> = {
  '5k': '5 km',
  '10k': '10 km',
  half: 'half marathon',
  marathon: 'marathon'
}
/** Long-run caps in minutes by goal distance. */
export const LONG_RUN_CAP_MIN: Record<GoalDistance, number> = { '5k': 75, '10k': 75, half: 120, marathon: 180 }
/** Without a goal distance: 1.3 x the baseline's longest run. */
export const NO_GOAL_LONG_FACTOR = 1.3
export const LONG_RUN_GROWTH = 1.1

/** The long run's cap (minutes, a multiple of 5). */
export function longRunCap(
  goal: GoalDistance | null | undefined,
  baselineLongestMin: number,
  fallbackMin: number
): number {
  if (goal) return LONG_RUN_CAP_MIN[goal]
  return Math.max(floor5(NO_GOAL_LONG_FACTOR * (baselineLongestMin > 0 ? baselineLongestMin : fallbackMin)), 20)
}

/**
 * The longest a run may be: 110% of the longest run of the last 30 days, down to a multiple of 5
 * (below 50 min that is the longest itself), never above `cap`. With no run in the window: `fallbackMin`.
 */
export function longestAllowed(longestIn30Min: number, cap: number, fallbackMin: number): number {
  const grown = longestIn30Min > 0 ? floor5(LONG_RUN_GROWTH * longestIn30Min) : fallbackMin
  return Math.min(cap, grown)
}
