// The "What to do" text of a planned session names the minutes with weights on. When the coach changes
// the weight or the minutes, the sentences about the weights are rewritten so the athlete never reads
// "weights on for the first 10 min" beside a 30-minute weighted session, or a weight on a "No ankle
// weights" run. The coach's other sentences stay as written.

import type { SessionTypeName } from '../domain'
import { weightsPlacement } from './warmCool'

export interface WhatToDoLoad {
  /** The session's type (its warm-up length); an easy run when not given. */
  type?: SessionTypeName
  durationMin: number
  ankleWeightKg: number
  weightedMin: number
}

// A sentence (or a ';' clause) ends at '.', ';' or '!' followed by a space or the end, so "2.5 km" stays whole.
const clauses = (text: string): string[] =>
  text
    .match(/[\s\S]+?(?:[.;!](?=\s|$)|$)/g)
    ?.map((c) => c.trim())
    .filter(Boolean) ?? []

/** A clause about the weights: the generator's and this module's wording, or the coach's own. */
const aboutWeights = (clause: string): boolean =>
  /ankle weight|weights? (on|off)|\bweighted\b|\bunweighted\b/i.test(clause)

/** The sentence that describes the weights of this load. */
export function weightsSentence(load: WhatToDoLoad): string {
  if (!(load.ankleWeightKg > 0) || !(load.weightedMin > 0)) return 'No ankle weights.'
  const p = weightsPlacement(load)
  if (p.at === 'whole') return `Ankle weights on for the whole run (${load.weightedMin} min).`
  if (p.at === 'start')
    return `Ankle weights on for the first ${load.weightedMin} min, then take them off and finish unweighted.`
  if (p.toTheEnd)
    return `Ankle weights on after the ${p.warm}-min warm-up, for the last ${load.weightedMin} min of the run.`
  return `Ankle weights on after the ${p.warm}-min warm-up, for ${load.weightedMin} min; then take them off and finish unweighted.`
}

/** `text` with its sentences about the weights replaced by the one for `load`. */
export function rewriteWhatToDo(text: string, load: WhatToDoLoad): string {
  const all = clauses(text)
  // A clause that led into a dropped one ("Easy run; <weights>") ends its sentence instead.
  const kept = all
    .map((c, i) => (i + 1 < all.length && aboutWeights(all[i + 1]) ? c.replace(/;$/, '.') : c))
    .filter((c) => !aboutWeights(c))
  const rest = kept.join(' ').replace(/;$/, '.').trim()
  const sentence = weightsSentence(load)
  if (rest === '') return sentence
  return `${/[.!]$/.test(rest) ? rest : `${rest}.`} ${sentence}`
}
