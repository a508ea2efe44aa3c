// Plan templates: save a plan's sessions as a template, apply one to an athlete (scaled to body mass).
import { daysBetween } from '../../../shared/calendar'
import { applyTemplate, planWeekStarts, toTemplateSessions } from '../../../shared/plan'
import type { BackendContext, HandlersFor } from '../../context'
import { BackendError, notFound } from '../../errors'
import type { PlanCore } from './core'

export const planTemplateHandlers = (
  ctx: BackendContext,
  core: PlanCore
): HandlersFor<'listPlanTemplates' | 'savePlanTemplate' | 'applyPlanTemplate' | 'deletePlanTemplate'> => {
  const { plans, requireAthlete, requirePlan, wso, endDate, requireEndsInRange, detail } = core
  return {
    listPlanTemplates: () => plans.templates(),
    savePlanTemplate: ({ planId, name }) => {
      const plan = requirePlan(planId)
      const athlete = requireAthlete(plan.athleteId)
      const sessions = plans.sessions(planId)
      if (sessions.length === 0) throw new BackendError('conflict', 'This plan has no sessions to save as a template')
      return plans.createTemplate(
        name,
        plan.weeks,
        athlete.bodyMassKg,
        toTemplateSessions(plan.startDate, sessions),
        ctx.nowIso()
      )
    },
    applyPlanTemplate: ({ templateId, athleteId, startDate, name }) => {
      const template =
        plans.getTemplate(templateId) ??
        (() => {
          throw notFound('Template', templateId)
        })()
      const athlete = requireAthlete(athleteId)
      const rows = applyTemplate(template.sessions, startDate, template.sourceBodyMassKg, athlete)
      // A template applied from another weekday can spill into one more calendar week.
      const firstWeek = planWeekStarts(startDate, 1, wso())[0]
      const lastDate = rows.length ? rows[rows.length - 1].date : startDate
      const weeks = Math.min(16, Math.max(template.weeks, Math.ceil((daysBetween(firstWeek, lastDate) + 1) / 7)))
      requireEndsInRange({ startDate, weeks })
      const last = endDate({ startDate, weeks })
      const plan = plans.create(
        { athleteId, name, startDate, weeks, goal: '', notes: '' },
        rows.filter((r) => r.date <= last),
        ctx.nowIso()
      )
      return detail(plan.id)
    },
    deletePlanTemplate: ({ id }) => ({ deleted: plans.deleteTemplate(id) })
  }
}
