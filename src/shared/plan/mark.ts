// The export mark: a plan with planned-session warnings above info (cautions, stops) that the rules did
// not clear leaves Ballast only when the coach confirms it, and its PDF says so. One counting and one
// wording for the PDF, the confirmation, the backend's refusal and the bulk summary.

export interface PlanMark {
  cautions: number
  stops: number
}

/** Counts the warnings above info; info notes never mark a plan. */
export function planMark(warnings: readonly { severity: 'info' | 'caution' | 'stop' }[]): PlanMark {
  let cautions = 0
  let stops = 0
  for (const w of warnings) {
    if (w.severity === 'caution') cautions++
    else if (w.severity === 'stop') stops++
  }
  return { cautions, stops }
}

export const isMarked = (m: PlanMark): boolean => m.cautions + m.stops > 0

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "1 caution, 2 stops": the mark printed on the PDF. */
export const markCounts = (m: PlanMark): string => `${count(m.cautions, 'caution')}, ${count(m.stops, 'stop')}`

/** The line printed on the cover and on every page holding such a session. */
export const markLine = (m: PlanMark): string => `Not cleared by the rules: ${markCounts(m)}`

/** The question the coach answers before such a plan is exported. */
export const markQuestion = (m: PlanMark): string =>
  `This plan has ${count(m.cautions, 'caution')} and ${count(m.stops, 'stop')} that the rules did not clear. Export anyway?`

/** The acknowledgement must name the plan's current counts: a plan changed since the coach confirmed asks again. */
export const acknowledges = (ack: PlanMark | undefined | null, m: PlanMark): boolean =>
  !isMarked(m) || (ack != null && ack.cautions === m.cautions && ack.stops === m.stops)
