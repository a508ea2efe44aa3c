// Carrying an evaluation to a later day without reading the history again (issue 12: rules look at
// the window each rule needs; a stop in force is carried, not recomputed from the first session).
//
// When no session and no clearance is dated after the day evaluated, a later day changes only what
// is measured "at asOf": each stop-in-force warning moves to the new day (its daysSinceStop grows),
// and LD4 reads the EWMA carried forward over days without load. Session-attached warnings, the stops
// in force and the stops that ended stay as they are: every session rule reads a session and the ones
// before it, clearances after asOf are ignored, and pain stops end only through sessions. The property
// test (tests/unit/rules/advance.test.ts) checks the result against a fresh evaluation.
import { dayNumber } from '../calendar'
import { advanceAcwr } from '../load'
import { resolveRulesConfig, type RulesConfig } from './config'
import { CHECKPOINT_DAYS, type Checkpoint } from './checkpoint'
import { buildContext } from './context'
import type { Evaluation } from './index'
import { acwrOptions, ld4Warning, linkedWarningWithin } from './monotony'
import { byRule, type RuleAthlete, type Warning } from './types'

export interface AdvanceInput {
  athlete: RuleAthlete
  /** The later day. The caller makes sure no session or clearance is dated after prev's day up to it. */
  asOf: string
  config?: Partial<RulesConfig>
}

/** The weekly checkpoints of the last CHECKPOINT_DAYS days before asOf, and the one after the last session. */
const keptCheckpoints = (all: Checkpoint[], asOfDay: number): Checkpoint[] =>
  all.filter((c, i) => i === all.length - 1 || c.day >= asOfDay - CHECKPOINT_DAYS)

/** The evaluation at input.asOf, from the evaluation of an earlier day with the same inputs. */
export function advanceEvaluation(prev: Evaluation, input: AdvanceInput): Evaluation {
  const from = prev.carry.asOf
  if (from === input.asOf) return prev
  if (from === '' || input.asOf < from)
    throw new Error('advanceEvaluation: the earlier evaluation has no day before asOf')
  if (prev.carry.acwr === null) return { ...prev, carry: { asOf: input.asOf, acwr: null, checkpoints: [] } } // no sessions: nothing at any day
  const config = resolveRulesConfig(input.config)
  const asOfDay = dayNumber(input.asOf)
  const delta = asOfDay - dayNumber(from)
  const ctx = buildContext(input.athlete, [], input.asOf, config)

  const attached: Warning[] = []
  const states: Warning[] = []
  for (const w of prev.warnings) {
    if (w.sessionId !== null) attached.push(w)
    else if (w.ruleId !== 'LD4')
      states.push({ ...w, date: input.asOf, values: { ...w.values, daysSinceStop: w.values.daysSinceStop + delta } })
  }
  const acwr = advanceAcwr(prev.carry.acwr, input.asOf, acwrOptions(config))
  const ld4 = ld4Warning(ctx, acwr.point, linkedWarningWithin(attached, asOfDay, config))
  if (ld4) states.push(ld4)
  states.sort(byRule)
  return {
    warnings: [...attached, ...states],
    stops: prev.stops,
    ended: prev.ended,
    carry: { asOf: input.asOf, acwr: acwr.end, checkpoints: keptCheckpoints(prev.carry.checkpoints, asOfDay) }
  }
}
