// The plan as the rules see it, shared by every plan handler: lookups, the date checks, the planned
// sessions evaluated against the athlete's history, the plan view, and edits that keep a published
// plan honest (back to draft when an edit draws a caution or a stop).
import { addDays } from '../../../shared/calendar'
import type { PlanDetail, PlannedWarning } from '../../../shared/contract/plan'
import { LAST_DAY, type Athlete } from '../../../shared/domain'
import {
  assumedPainStopEnds,
  planCompliance,
  planForecast,
  planWeekStarts,
  type Plan,
  type PlannedDraft,
  type PlannedSession
} from '../../../shared/plan'
import { planMark } from '../../../shared/plan/mark'
import { evaluateRules, severityRank, stopsInForce, type RuleSession, type Warning } from '../../../shared/rules'
import type { BackendContext } from '../../context'
import { planRepo } from '../../db/plans'
import { BackendError, notFound } from '../../errors'
import { ruleInput, toRuleSession } from '../../warnings'

export const plannedRuleId = (id: number) => `~plan${String(id).padStart(9, '0')}`
/** A new planned session sorts after the day's saved ones, as it will once saved with a higher id. */
export const NEW_PLANNED_RULE_ID = '~plan999999999'

export type MarkedSeverity = 'caution' | 'stop'

export const planCore = (ctx: BackendContext) => {
  const plans = planRepo(ctx.db)
  const { requireAthlete } = ctx
  const requirePlan = (id: number): Plan =>
    plans.get(id) ??
    (() => {
      throw notFound('Plan', id)
    })()
  const wso = () => ctx.settings.get().weekStartsOn
  const endDate = (p: Pick<Plan, 'startDate' | 'weeks'>) =>
    addDays(planWeekStarts(p.startDate, p.weeks, wso())[p.weeks - 1], 6)
  /** Every stored date must stay readable and in range: a plan whose last week runs past LAST_DAY is refused, on the start date. */
  const requireEndsInRange = (p: Pick<Plan, 'startDate' | 'weeks'>) => {
    const last = endDate(p)
    if (last > LAST_DAY) {
      const message = `The plan's last week would end on ${last}, after ${LAST_DAY}: start it earlier or plan fewer weeks`
      throw new BackendError('invalid_input', message, [{ path: 'startDate', message }])
    }
  }

  /** Logged sessions before the plan starts: what the rules and the forecast build on. */
  const historyBefore = (athleteId: number, startDate: string): RuleSession[] =>
    ctx.sessions.listByAthlete(athleteId, '0000-01-01', addDays(startDate, -1)).map(toRuleSession)

  /**
   * Every planned session checked against the history plus the plan, exactly as the generator does.
   * `sessions` carry the rule id they are evaluated under; the warnings of every one of them come back.
   */
  const evaluatePlanned = (
    plan: Plan,
    athlete: Athlete,
    history: RuleSession[],
    sessions: (PlannedDraft & { ruleId: string })[]
  ): Warning[] => {
    if (sessions.length === 0) return []
    const ids = new Set(sessions.map((s) => s.ruleId))
    const planned = sessions.map((s) =>
      toRuleSession({
        ...s,
        id: s.ruleId,
        startTime: null,
        rpe: s.targetRpe,
        pain: null,
        painNextMorning: null,
        formBreakdown: false
      })
    )
    const lastDate = sessions.reduce((last, s) => (s.date > last ? s.date : last), sessions[0].date)
    // RULES.md: with a pain stop in force at the start, week 3 on is checked as if it had ended with week 2.
    const input = ruleInput(ctx, athlete, lastDate, [...history, ...planned])
    const atStart = history.length ? stopsInForce({ ...input, sessions: history, asOf: plan.startDate }) : []
    input.clearances = [...(input.clearances ?? []), ...assumedPainStopEnds(atStart, plan.startDate, plan.weeks, wso())]
    return evaluateRules(input).filter((w) => w.sessionId !== null && ids.has(w.sessionId))
  }

  const plannedWarnings = (
    plan: Plan,
    athlete: Athlete,
    history: RuleSession[],
    sessions: PlannedSession[]
  ): PlannedWarning[] => {
    const byRuleId = new Map(sessions.map((s) => [plannedRuleId(s.id), s.id]))
    return evaluatePlanned(
      plan,
      athlete,
      history,
      sessions.map((s) => ({ ...s, ruleId: plannedRuleId(s.id) }))
    ).map((w) => ({
      plannedSessionId: byRuleId.get(w.sessionId!)!,
      ruleId: w.ruleId,
      severity: w.severity,
      message: w.message,
      why: w.why,
      suggestion: w.suggestion
    }))
  }

  const detail = (planId: number, generatorNotes: string[] = []): PlanDetail => {
    const plan = requirePlan(planId)
    const athlete = requireAthlete(plan.athleteId)
    const sessions = plans.sessions(plan.id)
    const weekStarts = planWeekStarts(plan.startDate, plan.weeks, wso())
    const history = historyBefore(athlete.id, plan.startDate)
    const warnings = plannedWarnings(plan, athlete, history, sessions)
    const forecast = planForecast({
      startDate: plan.startDate,
      weeks: plan.weeks,
      weekStartsOn: wso(),
      planned: sessions,
      history,
      bodyMassKg: athlete.bodyMassKg
    })
    const logged = ctx.sessions.listByAthlete(athlete.id, weekStarts[0], addDays(weekStarts[weekStarts.length - 1], 6))
    const compliance = planCompliance(sessions, logged, ctx.today(), weekStarts)
    return {
      plan: { ...plan, athleteName: athlete.name, sessionCount: sessions.length, endDate: endDate(plan) },
      athlete: {
        id: athlete.id,
        name: athlete.name,
        bodyMassKg: athlete.bodyMassKg,
        level: athlete.level,
        ownedWeightsKg: athlete.ownedWeightsKg
      },
      sessions,
      weekStarts,
      warnings,
      forecast,
      compliance: {
        ...compliance,
        matches: Object.fromEntries(Object.entries(compliance.matches).map(([k, v]) => [String(k), v]))
      },
      generatorNotes,
      returnedToDraft: null
    }
  }

  /**
   * Runs an edit of a plan's sessions or dates. A published plan must pass the publish check after
   * every edit: one that now draws a caution or a stop goes back to draft in the same transaction, and
   * the result says so and why.
   */
  const editPlan = (planId: number, edit: () => void): PlanDetail => {
    let returned: PlanDetail['returnedToDraft'] = null
    ctx.db.transaction(() => {
      edit()
      const plan = requirePlan(planId)
      if (plan.status !== 'published') return
      const sessions = plans.sessions(planId)
      const athlete = requireAthlete(plan.athleteId)
      const loud = plannedWarnings(plan, athlete, historyBefore(athlete.id, plan.startDate), sessions).filter(
        (w) => w.severity !== 'info'
      )
      if (loud.length === 0) return
      const dateOf = (w: PlannedWarning) => sessions.find((s) => s.id === w.plannedSessionId)!.date
      // The worst first, then the earliest: what the coach should look at.
      const first = [...loud].sort(
        (a, b) =>
          severityRank[b.severity] - severityRank[a.severity] ||
          (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0)
      )[0]
      plans.setStatus(planId, 'draft', ctx.nowIso())
      returned = {
        ...planMark(loud),
        first: {
          ruleId: first.ruleId,
          severity: first.severity as MarkedSeverity,
          date: dateOf(first),
          message: first.message
        }
      }
    })()
    return { ...detail(planId), returnedToDraft: returned }
  }

  const requireInPlan = (plan: Plan, date: string, field = 'date') => {
    const last = endDate(plan)
    const first = planWeekStarts(plan.startDate, plan.weeks, wso())[0]
    if (date < first || date > last) {
      throw new BackendError('invalid_input', `The date must fall inside the plan (${first} to ${last})`, [
        { path: field, message: `Pick a day from ${first} to ${last}` }
      ])
    }
  }

  return {
    plans,
    requireAthlete,
    requirePlan,
    wso,
    endDate,
    requireEndsInRange,
    historyBefore,
    evaluatePlanned,
    plannedWarnings,
    detail,
    editPlan,
    requireInPlan
  }
}

export type PlanCore = ReturnType<typeof planCore>
