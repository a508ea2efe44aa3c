// Templates: a plan saved with days counted from its start, re-applied to another athlete with the
// weights scaled to that athlete's body mass and rounded down to the weights they own.
import { addDays, daysBetween } from '../calendar'
import type { PlannedDraft, TemplateSession } from './schema'

export function toTemplateSessions(startDate: string, sessions: readonly PlannedDraft[]): TemplateSession[] {
  return sessions.map(({ date, ...rest }) => ({ ...rest, dayOffset: daysBetween(startDate, date) }))
}

/**
 * kg per ankle for the new athlete: scaled by body mass, then the heaviest owned weight at or below
 * it; 0 (unweighted) when no owned weight fits or a body mass is missing.
 */
export function scaleAnkleWeight(
  kg: number,
  fromBodyMassKg: number | null,
  toBodyMassKg: number | null,
  owned: readonly number[]
): number {
  if (kg <= 0 || toBodyMassKg === null) return 0
  const target = fromBodyMassKg ? (kg * toBodyMassKg) / fromBodyMassKg : kg
  let best = 0
  for (const w of owned) if (w > 0 && w <= target + 1e-9 && w > best) best = w
  return best
}

export function applyTemplate(
  rows: readonly TemplateSession[],
  startDate: string,
  fromBodyMassKg: number | null,
  athlete: { bodyMassKg: number | null; ownedWeightsKg: readonly number[] }
): PlannedDraft[] {
  return rows.map(({ dayOffset, ...rest }) => {
    const kg = scaleAnkleWeight(rest.ankleWeightKg, fromBodyMassKg, athlete.bodyMassKg, athlete.ownedWeightsKg)
    const dropped = rest.ankleWeightKg > 0 && kg === 0
    return {
      ...rest,
      date: addDays(startDate, dayOffset),
      ankleWeightKg: kg,
      weightedMin: kg > 0 ? rest.weightedMin : 0,
      description: dropped
        ? `${rest.description} (Unweighted: no owned weight fits this athlete.)`.trim()
        : rest.description
    }
  })
}
