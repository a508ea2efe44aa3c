// Numbers inside rule texts. Weights, distances, exposures and days are not written here: the rules
// put tokens (src/shared/text) in their texts, written out in the coach's units where they are shown.
// kg and km are the reference units.

export const LB_PER_KG = 2.20462
export const MI_PER_KM = 0.621371

/** Up to `decimals` decimals, trailing zeros dropped: 2 -> "2", 3.14 -> "3.14", 29.63 -> "29.63". */
export function formatNumber(x: number, decimals = 2): string {
  const fixed = x.toFixed(decimals)
  return decimals > 0 ? fixed.replace(/\.?0+$/, '') : fixed
}

/** "3.14%": a share or a rise, the same in every unit. */
export const percentText = (p: number): string => `${formatNumber(p)}%`
