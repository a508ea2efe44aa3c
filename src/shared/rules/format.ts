// Numbers in the coach's units. kg and km are the reference units; lb is shown to 0.1 (1.4 kg = 3.1 lb).
import type { Units } from './types'

export const LB_PER_KG = 2.20462
export const MI_PER_KM = 0.621371

export const defaultUnits: Units = { mass: 'kg', distance: 'km' }

/** Up to `decimals` decimals, trailing zeros dropped: 2 -> "2", 3.14 -> "3.14", 29.63 -> "29.63". */
export function formatNumber(x: number, decimals = 2): string {
  const fixed = x.toFixed(decimals)
  return decimals > 0 ? fixed.replace(/\.?0+$/, '') : fixed
}

export interface Formatter {
  units: Units
  mass(kg: number): string
  distance(km: number): string
  percent(p: number): string
  /** kg·min (exposure) in the coach's mass unit. */
  exposure(kgMin: number): string
}

export function makeFormatter(units: Units = defaultUnits): Formatter {
  return {
    units,
    mass: (kg) => (units.mass === 'lb' ? `${(kg * LB_PER_KG).toFixed(1)} lb` : `${formatNumber(kg)} kg`),
    distance: (km) => (units.distance === 'mi' ? `${(km * MI_PER_KM).toFixed(1)} mi` : `${km.toFixed(1)} km`),
    percent: (p) => `${formatNumber(p)}%`,
    exposure: (kgMin) =>
      units.mass === 'lb' ? `${(kgMin * LB_PER_KG).toFixed(1)} lb·min` : `${formatNumber(kgMin)} kg·min`
  }
}
