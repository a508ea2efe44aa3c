// RULES.md "Weights", second part: a heavier weight comes with fewer weighted minutes, so the
// exposure (kg x weighted minutes) rises at most 50% (AW4's info threshold is strict).
import { round2 } from '../rules/numbers'
import { floor5 } from './rounding'

export const EXPOSURE_STEP_MAX = 1.5
/** Fewer weighted minutes than this are not worth wearing the weights for. */
export const MIN_WEIGHTED_MIN = 5
/** No change in the first weighted week after a break of this many days or more. */
export const BREAK_DAYS = 10

/** Exposure increase in percent as AW4 computes it: (new / old - 1) x 100, rounded. */
export const exposureIncreasePercent = (newKg: number, newMin: number, oldKg: number, oldMin: number): number =>
  Math.round(round2((newKg * newMin) / (oldKg * oldMin) - 1) * 100)

/** Weighted minutes (a multiple of 5, at most `currentMin`) at `nextKg` keeping exposure within +50%; null if under 5. */
export function minutesForHeavier(currentKg: number, currentMin: number, nextKg: number): number | null {
  let min = Math.min(currentMin, floor5((EXPOSURE_STEP_MAX * currentKg * currentMin) / nextKg))
  while (min >= MIN_WEIGHTED_MIN && exposureIncreasePercent(nextKg, min, currentKg, currentMin) > 50) min -= 5
  return min >= MIN_WEIGHTED_MIN ? min : null
}

/** The heaviest owned weight below `kg`; null when none. */
export function lighterStep(owned: readonly number[], kg: number): number | null {
  let best: number | null = null
  for (const w of owned) if (w > 0 && w < kg - 1e-9 && (best === null || w > best)) best = w
  return best
}
