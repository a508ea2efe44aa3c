// Plans and their planned sessions: create, generate, edit, publish, copy a week, plan vs done.
import { addDays, daysBetween } from '../../../shared/calendar'
import { LAST_DAY } from '../../../shared/domain'
import { generatePlan, planWeekStarts, type PlannedDraft } from '../../../shared/plan'
import { weekNoteLines } from '../../../shared/plan/notes'
import { cutText, formatDay } from '../../../shared/text'
import { coachText } from '../../coachText'
import type { BackendContext, HandlersFor } from '../../context'
import { BackendError, notFound } from '../../errors'
import { ruleInput } from '../../warnings'
import { restoreSnapshot, snapshotCascade } from '../../db/snapshot'
import { NEW_PLANNED_RULE_ID, plannedRuleId, type PlanCore } from './core'

export const planEditHandlers = (
  ctx: BackendContext,
  core: PlanCore
): HandlersFor<
  | 'listPlans'
  | 'getPlan'
  | 'createPlan'
  | 'generatePlan'
  | 'updatePlan'
  | 'deletePlan'
  | 'setPlanStatus'
  | 'savePlannedSession'
  | 'checkDraftPlannedSession'
  | 'deletePlannedSession'
  | 'copyPlanWeek'
  | 'athletePlanCompliance'
> => {
  const {
    plans,
    requireAthlete,
    requirePlan,
    wso,
    endDate,
    requireEndsInRange,
    historyBefore,
    evaluatePlanned,
    detail,
    editPlan,
    requireInPlan
  } = core
  return {
    listPlans: ({ athleteId }) => {
      if (athleteId !== undefined) requireAthlete(athleteId)
      return plans.list(athleteId ?? null).map((p) => ({ ...p, endDate: endDate(p) }))
    },
    getPlan: ({ id }) => detail(id),
    createPlan: (input) => {
      requireAthlete(input.athleteId)
      return detail(plans.create(input, [], ctx.nowIso()).id)
    },
    generatePlan: (input) => {
      const athlete = requireAthlete(input.athleteId)
      if (athlete.archivedAt)
        throw new BackendError('conflict', `${athlete.name} is archived; restore the athlete before planning`)
      requireEndsInRange(input)
      const rules = ruleInput(ctx, athlete, input.startDate, [])
      const generated = generatePlan({
        athlete: { bodyMassKg: athlete.bodyMassKg, level: athlete.level, ownedWeightsKg: athlete.ownedWeightsKg },
        history: historyBefore(athlete.id, input.startDate),
        startDate: input.startDate,
        weeks: input.weeks,
        runsPerWeek: input.runsPerWeek,
        availableDays: input.availableDays,
        weekStartsOn: wso(),
        clearances: rules.clearances,
        config: rules.config,
        goalDistance: input.goalDistance ?? null,
        goalRaceDate: input.goalRaceDate ?? null,
        weeklyMinutes: input.weeklyMinutes ?? null
      })
      // The generator's notes stay with the plan (the plan view and the PDF print them), the notes of
      // single weeks ("Week 6: Taper: …") after those of the whole plan. They keep their tokens (weights,
      // distances, days), written out in the coach's units wherever they are shown; the cut never splits one.
      const allNotes = [...generated.notes, ...weekNoteLines(generated.weekNotes)]
      const notes = cutText(allNotes.join('\n'), 2000)
      const plan = plans.create(
        {
          athleteId: athlete.id,
          name: input.name,
          startDate: input.startDate,
          weeks: input.weeks,
          goal: input.goal,
          notes
        },
        generated.sessions,
        ctx.nowIso()
      )
      return detail(plan.id, allNotes)
    },
    updatePlan: ({ id, ...fields }) => {
      const plan = requirePlan(id)
      const outside = plans
        .sessions(id)
        .filter((s) => s.date < planWeekStarts(fields.startDate, fields.weeks, wso())[0] || s.date > endDate(fields))
      if (outside.length) {
        throw new BackendError(
          'invalid_input',
          `${outside.length} planned session${outside.length === 1 ? ' lies' : 's lie'} outside the new dates; move or delete ${outside.length === 1 ? 'it' : 'them'} first`,
          [{ path: 'weeks', message: 'Planned sessions would fall outside the plan' }]
        )
      }
      return editPlan(id, () => plans.update(plan.id, fields, ctx.nowIso()))
    },
    deletePlan: ({ id }) => {
      const plan = requirePlan(id)
      // Kept for a while so the coach can undo (same ids, same planned sessions).
      const snapshot = snapshotCascade(ctx.db, 'plans', id)
      const deleted = plans.delete(id)
      return {
        deleted,
        undoToken: ctx.undo.put(`the plan "${plan.name}"`, () => restoreSnapshot(ctx.db, snapshot), {
          kind: 'plan',
          name: plan.name,
          athleteName: ctx.athletes.get(plan.athleteId)?.name ?? null,
          date: plan.startDate
        })
      }
    },
    setPlanStatus: ({ id, status }) => {
      requirePlan(id)
      if (status === 'published') {
        const d = detail(id)
        if (d.sessions.length === 0)
          throw new BackendError('conflict', 'Add at least one planned session before publishing')
        const loud = d.warnings.filter((w) => w.severity !== 'info')
        if (loud.length) {
          const first = d.sessions.find((s) => s.id === loud[0].plannedSessionId)
          throw new BackendError(
            'conflict',
            `Not published: ${loud.length} planned session warning${loud.length === 1 ? '' : 's'} above info (first: ${loud[0].ruleId}${first ? ` on ${formatDay(first.date)}` : ''}: ${coachText(ctx, loud[0].message)}). Change those sessions first.`
          )
        }
      }
      plans.setStatus(id, status, ctx.nowIso())
      return detail(id)
    },
    savePlannedSession: ({ planId, id, ...fields }) => {
      const plan = requirePlan(planId)
      requireInPlan(plan, fields.date)
      if (id !== undefined) {
        const existing = plans.getSession(id)
        if (!existing || existing.planId !== planId) throw notFound('Planned session', id)
      }
      return editPlan(planId, () => plans.saveSession(planId, fields, id, ctx.nowIso()))
    },
    checkDraftPlannedSession: ({ planId, id, ...fields }) => {
      const plan = requirePlan(planId)
      const athlete = requireAthlete(plan.athleteId)
      const ruleId = id === undefined ? NEW_PLANNED_RULE_ID : plannedRuleId(id)
      // The plan as it would be after Save: the edited session replaced by the draft.
      const others = plans
        .sessions(planId)
        .filter((s) => s.id !== id)
        .map((s) => ({ ...s, ruleId: plannedRuleId(s.id) }))
      return evaluatePlanned(plan, athlete, historyBefore(athlete.id, plan.startDate), [
        ...others,
        { ...fields, ruleId }
      ])
        .filter((w) => w.sessionId === ruleId)
        .map((w) => ({ ...w, sessionId: 'draft' }))
    },
    deletePlannedSession: ({ id }) => {
      const s =
        plans.getSession(id) ??
        (() => {
          throw notFound('Planned session', id)
        })()
      return editPlan(s.planId, () => plans.deleteSession(id, s.planId, ctx.nowIso()))
    },
    copyPlanWeek: ({ planId, fromWeek, toWeek, mode }) => {
      const plan = requirePlan(planId)
      if (fromWeek > plan.weeks || toWeek > plan.weeks) {
        throw new BackendError('invalid_input', `This plan has ${plan.weeks} weeks`, [
          { path: fromWeek > plan.weeks ? 'fromWeek' : 'toWeek', message: `Pick a week from 1 to ${plan.weeks}` }
        ])
      }
      if (fromWeek === toWeek)
        throw new BackendError('invalid_input', 'Pick a different week to copy to', [
          { path: 'toWeek', message: 'Pick a different week' }
        ])
      const starts = planWeekStarts(plan.startDate, plan.weeks, wso())
      const from = starts[fromWeek - 1]
      const shift = daysBetween(from, starts[toWeek - 1])
      const copies: PlannedDraft[] = plans
        .sessions(planId)
        .filter((s) => s.date >= from && s.date <= addDays(from, 6))
        .map(({ id: _id, planId: _p, ...rest }) => ({ ...rest, date: addDays(rest.date, shift) }))
        .filter((s) => s.date >= plan.startDate)
      if (copies.length === 0)
        throw new BackendError('invalid_input', `Week ${fromWeek} has no sessions to copy`, [
          { path: 'fromWeek', message: 'This week is empty' }
        ])
      const late = copies.find((s) => s.date > LAST_DAY)
      if (late) {
        const message = `Week ${toWeek} runs past ${LAST_DAY} (a copy would fall on ${late.date}): Ballast keeps dates up to ${LAST_DAY}`
        throw new BackendError('invalid_input', message, [{ path: 'toWeek', message }])
      }
      const to = starts[toWeek - 1]
      return editPlan(planId, () =>
        mode === 'add'
          ? plans.addSessions(planId, copies, ctx.nowIso())
          : plans.replaceSessionsBetween(planId, to, addDays(to, 6), copies, ctx.nowIso())
      )
    },
    athletePlanCompliance: ({ athleteId }) => {
      requireAthlete(athleteId)
      const plan = plans.currentFor(athleteId)
      if (!plan) return { plan: null, compliance: null }
      const d = detail(plan.id)
      return { plan: d.plan, compliance: d.compliance }
    }
  }
}
