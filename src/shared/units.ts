// Storage is metric; kg/lb and km/mi are display settings only.
export const LB_PER_KG = 2.20462262
export const MI_PER_KM = 0.621371192

export type MassUnit = 'kg' | 'lb'
export type DistanceUnit = 'km' | 'mi'

export const round = (value: number, places: number): number => {
  const f = 10 ** places
  return Math.round((value + Number.EPSILON) * f) / f
}

export const massToDisplay = (kg: number, unit: MassUnit): number =>
  unit === 'kg' ? round(kg, 2) : round(kg * LB_PER_KG, 1)
export const massFromDisplay = (value: number, unit: MassUnit): number =>
  unit === 'kg' ? value : round(value / LB_PER_KG, 3)
export const distanceToDisplay = (km: number, unit: DistanceUnit): number =>
  unit === 'km' ? round(km, 2) : round(km * MI_PER_KM, 2)
export const distanceFromDisplay = (value: number, unit: DistanceUnit): number =>
  unit === 'km' ? value : round(value / MI_PER_KM, 3)

export const formatMass = (kg: number, unit: MassUnit): string => `${massToDisplay(kg, unit)} ${unit}`
export const formatDistance = (km: number, unit: DistanceUnit): string => `${distanceToDisplay(km, unit)} ${unit}`

/** Total load as % of body mass: two ankles. */
export const totalPercentOfBodyMass = (kgPerAnkle: number, bodyMassKg: number): number =>
  round(((2 * kgPerAnkle) / bodyMassKg) * 100, 2)
