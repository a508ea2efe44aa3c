// Rounding for planned sessions (RULES.md "Plan generator defaults, second part"): durations to
// 5 min, distances to 0.5 km, so a printed plan reads 35 min / 6.5 km rather than 33 min / 6.43 km.

export const MINUTE_STEP = 5
export const KM_STEP = 0.5

/** Down to a multiple of 5 minutes. */
export const floor5 = (min: number): number => Math.floor(min / MINUTE_STEP + 1e-9) * MINUTE_STEP
/** Up to a multiple of 5 minutes. */
export const ceil5 = (min: number): number => Math.ceil(min / MINUTE_STEP - 1e-9) * MINUTE_STEP
/** To the nearest multiple of 5 minutes (at least 5). */
export const round5 = (min: number): number => Math.max(MINUTE_STEP, Math.round(min / MINUTE_STEP) * MINUTE_STEP)
/** To the nearest 0.5 km. */
export const roundHalfKm = (km: number): number => Math.round(km / KM_STEP) * KM_STEP

/** A multiple of 5 inside [lo, hi] (both inclusive), closest to `want`; null when none lies inside. */
export function multipleOf5Within(lo: number, hi: number, want: number): number | null {
  const first = ceil5(lo)
  const last = floor5(hi)
  if (first > last) return null
  return Math.min(last, Math.max(first, round5(want)))
}
