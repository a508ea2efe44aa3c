// Session classes from RULES.md "Definitions".
import type { RuleSession } from './types'

const HARD_TYPES: ReadonlySet<string> = new Set(['interval', 'hill_sprint', 'tempo', 'race'])

/** A run is any session except cross-training. */
export function isRun(session: Pick<RuleSession, 'type'>): boolean {
  return session.type !== 'cross'
}

/** Weighted = ankle weights on (kg per ankle above 0). */
export function isWeighted(session: Pick<RuleSession, 'ankleWeightKg'>): boolean {
  return session.ankleWeightKg > 0
}

/** Hard = interval, hill sprint, tempo or race, or RPE at or above hardRpe (7 by default). */
export function isHard(session: Pick<RuleSession, 'type' | 'rpe'>, hardRpe: number = 7): boolean {
  return HARD_TYPES.has(session.type) || (session.rpe !== null && session.rpe >= hardRpe)
}

/** Minutes with weights on, counted only for weighted sessions. */
export function weightedMinutesOf(session: Pick<RuleSession, 'ankleWeightKg' | 'weightedMin'>): number {
  return session.ankleWeightKg > 0 ? Math.max(0, session.weightedMin) : 0
}

/** Exposure = kg per ankle x weighted minutes (kg·min). */
export function exposureOf(session: Pick<RuleSession, 'ankleWeightKg' | 'weightedMin'>): number {
  return session.ankleWeightKg > 0 ? session.ankleWeightKg * Math.max(0, session.weightedMin) : 0
}
