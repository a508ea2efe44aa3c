// What every rule family reads: the sessions up to asOf in RULES.md order, with day numbers, weeks and
// session classes computed once, and one warning list per session for the families to append to.
import { dayNumber, weekStartDayNumber } from '../calendar'
import { sessionLoad } from '../load'
import type { RulesConfig } from './config'
import { isHard, isRun, isWeighted } from './session'
import { ruleSuggestions, whyText } from './text'
import type { Checkpoint } from './checkpoint'
import type { RuleAthlete, RuleId, RuleSession, Severity, Warning } from './types'

export interface RuleContext {
  athlete: RuleAthlete
  /** Body mass when usable, else null ("body mass missing"). */
  bodyMassKg: number | null
  novice: boolean
  config: RulesConfig
  asOf: string
  asOfDay: number
  /** Sorted, none after asOf. */
  sessions: RuleSession[]
  day: number[]
  week: number[]
  weighted: boolean[]
  run: boolean[]
  hard: boolean[]
  load: number[]
  /** Session-attached warnings, by session index. */
  out: Warning[][]
  why(id: RuleId): string
  /**
   * A resumed evaluation (resume.ts): sessions before this index keep the warnings already in `out`
   * (emit skips them); the rules still read them as earlier sessions. 0 in a fresh evaluation.
   */
  fixedBefore: number
  /**
   * The rules that keep state for longer than a window (EX1, DL1, the stops walker, LD4) start at this
   * index from `resume` instead of at the first session. 0 and null in a fresh evaluation.
   */
  stateStart: number
  resume: Checkpoint | null
  /**
   * Where those rules record their state for a later resume: before session boundaries[k] into
   * snaps[k], and after the last session into the last snap (one more than boundaries).
   */
  boundaries: number[]
  snaps: Checkpoint[]
}

export function buildContext(
  athlete: RuleAthlete,
  sorted: RuleSession[],
  asOf: string,
  config: RulesConfig
): RuleContext {
  const n = sorted.length
  const day = new Array<number>(n)
  const week = new Array<number>(n)
  const weighted = new Array<boolean>(n)
  const run = new Array<boolean>(n)
  const hard = new Array<boolean>(n)
  const load = new Array<number>(n)
  const out = new Array<Warning[]>(n)
  for (let i = 0; i < n; i++) {
    const s = sorted[i]
    day[i] = dayNumber(s.date)
    week[i] = weekStartDayNumber(day[i], config.weekStartsOn)
    weighted[i] = isWeighted(s)
    run[i] = isRun(s)
    hard[i] = isHard(s, config.hardRpe)
    load[i] = sessionLoad(s)
    out[i] = []
  }
  const whyCache = new Map<RuleId, string>()
  const mass = athlete.bodyMassKg
  return {
    athlete,
    bodyMassKg: mass !== null && Number.isFinite(mass) && mass > 0 ? mass : null,
    novice: athlete.level === 'novice',
    config,
    asOf,
    asOfDay: dayNumber(asOf),
    sessions: sorted,
    day,
    week,
    weighted,
    run,
    hard,
    load,
    out,
    fixedBefore: 0,
    stateStart: 0,
    resume: null,
    boundaries: [],
    snaps: [],
    why(id) {
      let text = whyCache.get(id)
      if (text === undefined) {
        text = whyText(id, config, athlete)
        whyCache.set(id, text)
      }
      return text
    }
  }
}

/** Attach a warning to session i. */
export function emit(
  ctx: RuleContext,
  i: number,
  ruleId: RuleId,
  severity: Severity,
  values: Record<string, number>,
  message: string,
  suggestion: string | null = ruleSuggestions[ruleId]
): void {
  if (i < ctx.fixedBefore) return
  const s = ctx.sessions[i]
  ctx.out[i].push({
    ruleId,
    severity,
    date: s.date,
    sessionId: s.id,
    message,
    why: ctx.why(ruleId),
    suggestion,
    values
  })
}

/** A state warning (sessionId null, dated asOf). */
export function stateWarning(
  ctx: Pick<RuleContext, 'asOf' | 'why'>,
  ruleId: RuleId,
  severity: Severity,
  values: Record<string, number>,
  message: string,
  why: string = ctx.why(ruleId),
  suggestion: string | null = ruleSuggestions[ruleId]
): Warning {
  return { ruleId, severity, date: ctx.asOf, sessionId: null, message, why, suggestion, values }
}
