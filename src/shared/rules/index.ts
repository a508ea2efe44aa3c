// The rules engine: athlete profile + logged sessions in, warnings out. Pure and deterministic.
import { dayNumber, isoFromDayNumber } from '../calendar'
import { ankleLoadRules } from './ankleLoad'
import { resolveRulesConfig, type RulesConfig } from './config'
import { CHECKPOINT_DAYS, type Checkpoint } from './checkpoint'
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
export { resumeEvaluation, resumeReadFrom, lookBackDays, type ResumeInput } from './resume'
export type { Checkpoint } from './checkpoint'
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
 * What a later evaluation can start from: the day evaluated and the LD4 EWMA state there (null without
 * sessions), for a later day (advance.ts); and the checkpoints (checkpoint.ts) a resumed evaluation
 * starts from after a change (resume.ts): one at the first session of each week of the last
 * CHECKPOINT_DAYS days, and one after the last session, oldest first.
 */
export interface EvaluationCarry {
  asOf: string
  acwr: AcwrState | null
  checkpoints: Checkpoint[]
}

export interface Evaluation {
  warnings: Warning[]
  stops: StopInForce[]
  ended: EndedStop[]
  carry: EvaluationCarry
}

/**
 * How a resumed evaluation (resume.ts) runs: input.sessions hold every session dated from readStart
 * (a week's first day, at least the look-back before `from` and not after the checkpoint's day)
 * through asOf; the warnings of sessions dated before `from`, and everything before the checkpoint,
 * come from prev.
 */
export interface ResumePlan {
  prev: Evaluation
  from: number
  readStart: number
  checkpoint: Checkpoint
}

const EMPTY_STOPS_STATE: Checkpoint['stops'] = { episodes: [], st1: null, pn1CautionOn: null, order: [] }

export function evaluate(input: EvaluateRulesInput, plan?: ResumePlan): Evaluation {
  const config = resolveRulesConfig(input.config)
  let asOf = input.asOf
  if (asOf === undefined) {
    for (const s of input.sessions) if (asOf === undefined || s.date > asOf) asOf = s.date
    if (asOf === undefined)
      return { warnings: [], stops: [], ended: [], carry: { asOf: '', acwr: null, checkpoints: [] } }
  }
  const asOfDay = dayNumber(asOf)
  const lowest = plan ? plan.readStart : -Infinity
  const included = input.sessions.filter((s) => {
    const d = dayNumber(s.date)
    return d <= asOfDay && d >= lowest
  })
  if (included.length === 0) return { warnings: [], stops: [], ended: [], carry: { asOf, acwr: null, checkpoints: [] } }
  const ctx = buildContext(input.athlete, sortSessions(included), asOf, config)
  const { day, week, out } = ctx
  const n = day.length

  if (plan) {
    ctx.resume = plan.checkpoint
    while (ctx.stateStart < n && day[ctx.stateStart] < plan.checkpoint.day) ctx.stateStart++
    while (ctx.fixedBefore < n && day[ctx.fixedBefore] < plan.from) ctx.fixedBefore++
    if (ctx.fixedBefore > 0) {
      const kept = new Map<string, Warning[]>()
      for (const w of plan.prev.warnings) {
        if (w.sessionId === null) continue
        const list = kept.get(w.sessionId)
        if (list) list.push(w)
        else kept.set(w.sessionId, [w])
      }
      for (let i = 0; i < ctx.fixedBefore; i++) out[i] = kept.get(ctx.sessions[i].id) ?? []
    }
  }
  // Checkpoints: before the first session of each week (a resumed window starts on a week's first
  // day, so its first session is one), and after the last session.
  const firstDay = plan ? plan.checkpoint.firstDay : day[0]
  const keepFrom = asOfDay - CHECKPOINT_DAYS
  const snap = (d: number): Checkpoint => ({
    day: d,
    firstDay,
    unweightedRuns: 0,
    dl1Week: null,
    dl1Streak: 0,
    acwr: { day: d - 1, firstDay, acute: 0, chronic: 0 },
    stops: EMPTY_STOPS_STATE
  })
  for (let i = Math.max(ctx.stateStart, plan ? 0 : 1); i < n; i++) {
    if ((i === 0 || week[i] !== week[i - 1]) && week[i] >= keepFrom) {
      ctx.boundaries.push(i)
      ctx.snaps.push(snap(week[i]))
    }
  }
  ctx.snaps.push(snap(day[n - 1] + 1))

  for (const rule of sessionRules) rule.run(ctx)
  const { stops, ended: endedNow, warnings: stopStates } = stopRules(ctx, input.clearances ?? [])
  const acwr = acwrRule(ctx)

  const warnings: Warning[] = []
  if (plan) {
    const readStart = isoFromDayNumber(plan.readStart)
    for (const w of plan.prev.warnings) if (w.sessionId !== null && w.date < readStart) warnings.push(w)
  }
  for (const list of out) {
    if (list.length > 1) list.sort(byRule) // stable: a rule's own warnings keep their order
    for (const w of list) warnings.push(w)
  }
  const states = [...stopStates, ...(acwr.warning ? [acwr.warning] : [])].sort(byRule)
  const rank = (id: RuleId): number => ruleOrder.get(id) ?? 0
  let ended = endedNow
  let checkpoints = ctx.snaps
  if (plan) {
    // Stops that ended before the checkpoint's day are final; the walk from there gave the rest.
    const before = isoFromDayNumber(plan.checkpoint.day)
    ended = [...plan.prev.ended.filter((e) => e.endedOn < before), ...endedNow]
    checkpoints = [...plan.prev.carry.checkpoints.filter((c) => c.day < plan.checkpoint.day), ...ctx.snaps]
  }
  ended.sort((a, b) => (a.endedOn < b.endedOn ? -1 : a.endedOn > b.endedOn ? 1 : rank(a.ruleId) - rank(b.ruleId)))
  return {
    warnings: [...warnings, ...states],
    stops: stops.sort((a, b) => rank(a.ruleId) - rank(b.ruleId)),
    ended,
    carry: { asOf, acwr: acwr.end, checkpoints }
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
