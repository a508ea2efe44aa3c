// What the athlete reads for each planned session: warm-up and cool-down minutes, the main set as an
// RPE and talk-test target, the coach's description, and for a weighted run how to wear the weights
// and where to take them off. Pure: the week tables print it and the tests read it.
import type { PlannedSession } from '../../shared/plan'
import { DEFAULT_TARGET_RPE } from '../../shared/plan/targetRpe'
import { warmCool, weightsPlacement } from '../../shared/plan/warmCool'
import { RPE_ANCHORS } from './text'

/** "easy: you can talk in full sentences" for an RPE. */
export const talkTest = (rpe: number): { band: string; feel: string; talk: string } => {
  const row = RPE_ANCHORS.find(([band]) => {
    const [lo, hi] = band.split('-').map(Number)
    return rpe >= lo && rpe <= (hi ?? lo)
  })!
  return { band: row[0], feel: row[1], talk: row[2] }
}

export { warmCool }

export interface SessionInstructions {
  /** "Warm up 5 min: walk, then jog very easily." */
  warmUp: string | null
  /** "Main set 30 min at RPE 3 (easy: you can talk in full sentences)." */
  mainSet: string
  coolDown: string | null
  /** The coach's or generator's own words for the session. */
  description: string | null
  /** For a weighted run: when to put the weights on, how to wear them, where to take them off. */
  weights: string | null
}

/** When the weights go on, in the words of the session's "What to do" (src/shared/plan/whatToDo.ts). */
const whenOn = (s: Pick<PlannedSession, 'type' | 'durationMin' | 'weightedMin'>): string => {
  const p = weightsPlacement(s)
  if (p.at === 'whole') return 'on for the whole run'
  if (p.at === 'start') return 'on from the start'
  return p.toTheEnd
    ? `put on after the ${p.warm}-min warm-up and kept on to the end`
    : `put on after the ${p.warm}-min warm-up`
}

export function sessionInstructions(
  s: Pick<PlannedSession, 'type' | 'durationMin' | 'targetRpe' | 'description' | 'ankleWeightKg' | 'weightedMin'>,
  weight: string
): SessionInstructions {
  const { warm, cool } = warmCool(s)
  const main = Math.max(0, s.durationMin - warm - cool)
  const rpe = s.targetRpe ?? DEFAULT_TARGET_RPE[s.type]
  const t = talkTest(rpe)
  const what = s.type === 'cross' ? 'Cross-training' : 'Main set'
  return {
    warmUp: warm ? `Warm up ${warm} min: walk, then jog very easily.` : null,
    mainSet: `${what} ${main} min at RPE ${rpe} (${t.feel}: ${t.talk}).`,
    coolDown: cool ? `Cool down ${cool} min: easy jog, then walk.` : null,
    description: s.description.trim() || null,
    weights:
      s.ankleWeightKg > 0
        ? `Weights ${weight} per ankle for ${s.weightedMin} min, ${whenOn(s)}: snug above the ankle bone, both sides equal; check for chafing. ` +
          'Take them off on a loop past home or the car, not carried in your hands.'
        : null
  }
}

export const instructionLines = (i: SessionInstructions): string[] =>
  [i.warmUp, i.mainSet, i.description, i.weights, i.coolDown].filter((x): x is string => x !== null)
