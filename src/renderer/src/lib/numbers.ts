import { distanceFromDisplay, massFromDisplay, type DistanceUnit, type MassUnit } from '../../../shared/units'

/** Form text to a number for zod: '' means "not given" (null); anything else must parse. */
export const numberOrNull = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.replace(',', '.'))
export const numberOr = (text: string, fallback: number): number =>
  text.trim() === '' ? fallback : Number(text.replace(',', '.'))
export const toText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n))

/**
 * The duration, distance and ankle-weight fields of a session form, from the text the coach typed
 * in their units to metric numbers for zod (NaN where the text is not a number, so zod names it).
 */
export const sessionLoadFromText = (
  text: { durationMin: string; distance: string; ankleWeight: string; weightedMin: string },
  units: { mass: MassUnit; distance: DistanceUnit }
) => {
  const distance = numberOrNull(text.distance)
  const weight = numberOr(text.ankleWeight, 0)
  return {
    durationMin: numberOr(text.durationMin, Number.NaN),
    distanceKm: distance === null || Number.isNaN(distance) ? distance : distanceFromDisplay(distance, units.distance),
    ankleWeightKg: Number.isNaN(weight) ? weight : massFromDisplay(weight, units.mass),
    weightedMin: numberOr(text.weightedMin, 0)
  }
}
