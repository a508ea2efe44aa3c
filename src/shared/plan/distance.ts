// RULES.md "Distance": every planned run gets a distance from its minutes and the baseline's easy
// pace, rounded to 0.5 km, so LD1 and LD2 check the plan as they check a log.
import { roundHalfKm } from './rounding'

/** Planned distance in km for `minutes` at `paceMinPerKm`; null without a known pace. */
export function plannedDistanceKm(minutes: number, paceMinPerKm: number | null): number | null {
  if (paceMinPerKm === null || !(paceMinPerKm > 0) || minutes <= 0) return null
  return roundHalfKm(minutes / paceMinPerKm)
}
