// Warm-up and cool-down minutes of a planned session, and where a weighted run's weighted minutes sit in
// it. One source for the session's "What to do" text and the PDF's instructions, so the two never
// disagree on when the weights go on.
import type { SessionTypeName } from '../domain'

const HARD: readonly SessionTypeName[] = ['tempo', 'interval', 'hill_sprint', 'race']

/** Warm-up and cool-down minutes: 10 each side of a hard session of 30 min or more, else 5 (none under 20 min). */
export const warmCool = (s: { type: SessionTypeName; durationMin: number }): { warm: number; cool: number } => {
  if (s.durationMin < 20) return { warm: 0, cool: 0 }
  const m = HARD.includes(s.type) && s.durationMin >= 30 ? 10 : 5
  return { warm: m, cool: m }
}

/**
 * When the weights go on: for the whole run; after the (unweighted) warm-up, either for part of the run
 * or to its end; or from the start when there is no warm-up or the minutes do not fit after it.
 */
export type WeightsPlacement =
  { at: 'whole' } | { at: 'afterWarmUp'; warm: number; toTheEnd: boolean } | { at: 'start' }

export function weightsPlacement(load: {
  type?: SessionTypeName
  durationMin: number
  weightedMin: number
}): WeightsPlacement {
  if (load.weightedMin >= load.durationMin) return { at: 'whole' }
  const { warm } = warmCool({ type: load.type ?? 'easy', durationMin: load.durationMin })
  if (warm === 0 || warm + load.weightedMin > load.durationMin) return { at: 'start' }
  return { at: 'afterWarmUp', warm, toTheEnd: warm + load.weightedMin === load.durationMin }
}
