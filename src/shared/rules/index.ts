// The rules engine: athlete profile + logged sessions in, warnings out. Pure and deterministic.
import { dayNumber } from '../calendar'
import { ankleLoadRules } from './ankleLoad'
import { resolveRulesConfig, type RulesConfig } from './config'
import { buildContext, type RuleContext } from './context'
import { formBreakdownRule } from './form'
import { baseFirstRule, deloadRule, hardWeightedRule, recoveryRule, weightedFrequencyRule } from './frequency'
import { acwrRule, monotonyRule } from './monotony'
import { sortSessions } from './order'
import type { AcwrState } from '../load'
import { painDuringRule, painNotSettlingRule } from './pain'
import { singleRunSpikeRule, weeklyDistanceRule } from './spikes'
import { stopRules, type EndedStop, type StopInForce } from './stops'
import { byRule, ruleIds, type Clearance, type RuleAthlete, type RuleId, type RuleSession, type Warning } from './types'

export type { Severity, RuleId, SessionType, RuleSession, RuleAthlete, Warning, Units, Clearance } from './types'
export { ruleIds, severityRank, worstSeverity, worstWarning, byRule } from './types'
export { defaultRulesConfig, rulesConfigFields, resolveRulesConfig } from './config'
export type { RulesConfig, RulesConfigField } from './config'
export { ruleTitles, ruleEvidence, ruleSuggestions, pn1StopSuggestion } from './text'
export { startLevelKgPerAnkle } from './ankleLoad'
export { isRun, isWeighted, isHard, weightedMinutesOf, exposureOf } from './session'
export { sessionLoad } from '../load'
export { compareSessions, sortSessions } from './order'
export { round2, increasePercent } from './numbers'
export { formatNumber, percentText, LB_PER_KG, MI_PER_KM } from './format'
export type { StopInForce, EndedStop } from './stops'
export { advanceEvaluation, type AdvanceInput } from './advance'
export { acwrOptions } from './monotony'

export interface EvaluateRulesInput {
  athlete: RuleAthlete
  sessions: RuleSession[]
  /** Defaults to the latest session's date; later sessions are ignored. */
  asOf?: string
  clearances?: Clearance[]
  config?: Partial<RulesConfig>
}

/**
 * Session rules in registry order. Each appends warnings to ctx.out for the sessions it flags and only
 * reads a session and the ones before it. PN3, ST1 and the stop states run after them (stops.ts), LD4 last.
 */
export const sessionRules: readonly { ids: readonly RuleId[]; run: (ctx: RuleContext) => void }[] = [
  { ids: ['AW1', 'AW2', 'AW3', 'AW4'], run: ankleLoadRules },
  { ids: ['AW5'], run: weightedFrequencyRule },
  { ids: ['AW6'], run: hardWeightedRule },
  { ids: ['LD1'], run: singleRunSpikeRule },
  { ids: ['LD2'], run: weeklyDistanceRule },
  { ids: ['LD3'], run: monotonyRule },
  { ids: ['RC1'], run: recoveryRule },
  { ids: ['PN1'], run: painDuringRule },
  { ids: ['PN2'], run: painNotSettlingRule },
  { ids: ['FM1'], run: formBreakdownRule },
  { ids: ['EX1'], run: baseFirstRule },
  { ids: ['DL1'], run: deloadRule }
]

const ruleOrder = new Map<RuleId, number>(ruleIds.map((id, i) => [id, i]))

/**
 * What a later day's evaluation can start from (advance.ts): the day evaluated and the LD4 EWMA state
 * there (null without sessions).
 */
export interface EvaluationCarry {
  asOf: string
  acwr: AcwrState | null
}

export interface Evaluation {
  warnings: Warning[]
  stops: StopInForce[]
  ended: EndedStop[]
  carry: EvaluationCarry
}

function evaluate(input: EvaluateRulesInput): Evaluation {
  const config = resolveRulesConfig(input.config)
  let asOf = input.asOf
  if (asOf === undefined) {
    for (const s of input.sessions) if (asOf === undefined || s.date > asOf) asOf = s.date
    if (asOf === undefined) return { warnings: [], stops: [], ended: [], carry: { asOf: '', acwr: null } }
  }
  const asOfDay = dayNumber(asOf)
  const included = input.sessions.filter((s) => dayNumber(s.date) <= asOfDay)
  if (included.length === 0) return { warnings: [], stops: [], ended: [], carry: { asOf, acwr: null } }
  const ctx = buildContext(input.athlete, sortSessions(included), asOf, config)

  for (const rule of sessionRules) rule.run(ctx)
  const { stops, ended, warnings: stopStates } = stopRules(ctx, input.clearances ?? [])
  const acwr = acwrRule(ctx)

  const warnings: Warning[] = []
  for (const list of ctx.out) {
    if (list.length > 1) list.sort(byRule) // stable: a rule's own warnings keep their order
    for (const w of list) warnings.push(w)
  }
  const states = [...stopStates, ...(acwr.warning ? [acwr.warning] : [])].sort(byRule)
  const rank = (id: RuleId): number => ruleOrder.get(id) ?? 0
  ended.sort((a, b) => (a.endedOn < b.endedOn ? -1 : a.endedOn > b.endedOn ? 1 : rank(a.ruleId) - rank(b.ruleId)))
  return {
    warnings: [...warnings, ...states],
    stops: stops.sort((a, b) => rank(a.ruleId) - rank(b.ruleId)),
    ended,
    carry: { asOf, acwr: acwr.end }
  }
}

/**
 * Warnings for every session up to asOf (in session order, then by rule), followed by the state
 * warnings at asOf: one per rule with a stop in force, and LD4.
 */
export function evaluateRules(input: EvaluateRulesInput): Warning[] {
  return evaluate(input).warnings
}

/**
 * Warnings, stops in force and stops that ended (on or before asOf, oldest end first; see EndedStop)
 * from one evaluation, for callers that need more than the warnings.
 */
export function evaluateRulesWithStops(input: EvaluateRulesInput): Evaluation {
  return evaluate(input)
}

/** The stops in force at asOf, one per rule, naming the latest session that stopped under it. */
export function stopsInForce(input: EvaluateRulesInput): StopInForce[] {
  return evaluate(input).stops
}
