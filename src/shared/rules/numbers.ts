// RULES.md: every computed kg value, percentage, ratio and mean is rounded to 0.01 before it is
// compared, so floating-point noise never decides a threshold.

/**
 * Round half up to 0.01. A value within 1e-9 (relative) below a half step counts as the half step, so
 * 1.005 (stored as 1.00499...) still rounds to 1.01 and float noise never flips a rounding.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x
  const scaled = x * 100
  const floor = Math.floor(scaled)
  const tolerance = 1e-9 * Math.max(1, Math.abs(scaled))
  const rounded = scaled - floor >= 0.5 - tolerance ? floor + 1 : floor
  return rounded / 100 + 0 // + 0 turns -0 into 0
}

/** Increase of `next` over `previous` in percent ((next / previous - 1) x 100), rounded; null when previous <= 0. */
export function increasePercent(next: number, previous: number): number | null {
  if (!(previous > 0)) return null
  return round2((next / previous - 1) * 100)
}
