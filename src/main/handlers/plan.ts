// Handlers of the plan channels: plans and planned sessions, the rule-checked generator, templates,
// plan vs done, and the PDF / iCalendar exports (save dialog in Electron, bytes for the browser host).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { addDays, daysBetween } from '../../shared/calendar'
import type { planChannels } from '../../shared/channels'
import type {
  BulkItem,
  ExportAcknowledgement,
  ExportedFile,
  PlanDetail,
  PlannedWarning
} from '../../shared/contract/plan'
import { LAST_DAY, type Athlete } from '../../shared/domain'
import {
  applyTemplate,
  assumedPainStopEnds,
  generatePlan,
  planCompliance,
  planFileName,
  planForecast,
  planToIcs,
  planWeekStarts,
  toTemplateSessions,
  uniqueName,
  type Plan,
  type PlannedDraft,
  type PlannedSession
} from '../../shared/plan'
import { acknowledges, isMarked, markCounts, planMark, type PlanMark } from '../../shared/plan/mark'
import { weekNoteLines } from '../../shared/plan/notes'
import { evaluateRules, severityRank, stopsInForce, type RuleSession, type Warning } from '../../shared/rules'
import type { BackendContext, HandlersFor } from '../context'
import { planRepo } from '../db/plans'
import { BackendError, notFound } from '../errors'
import { renderPlanPack, type PlanPackData } from '../pdf/planPack'
import { ruleInput, toRuleSession } from '../warnings'
import { restoreSnapshot, snapshotCascade } from '../db/snapshot'

const PDF = { name: 'PDF', extensions: ['pdf'] }
const ICS = { name: 'iCalendar', extensions: ['ics'] }
const plannedRuleId = (id: number) => `~plan${String(id).padStart(9, '0')}`
/** A new planned session sorts after the day's saved ones, as it will once saved with a higher id. */
const NEW_PLANNED_RULE_ID = '~plan999999999'

type MarkedSeverity = 'caution' | 'stop'
/** Per planned session id: its worst uncleared severity and the rules behind it (for the PDF and .ics). */
export type SessionMarks = Record<number, { severity: MarkedSeverity; ruleIds: string[] }>

export const sessionMarks = (warnings: readonly PlannedWarning[]): SessionMarks => {
  const out: SessionMarks = {}
  for (const w of warnings) {
    if (w.severity === 'info') continue
    const m = (out[w.plannedSessionId] ??= { severity: w.severity, ruleIds: [] })
    if (w.severity === 'stop') m.severity = 'stop'
    if (!m.ruleIds.includes(w.ruleId)) m.ruleIds.push(w.ruleId)
  }
  return out
}

/** What the coach reads when a pack printed some characters as □ because no embedded font has them. */
export const unprintableWarning = (chars: readonly string[]): string | null =>
  chars.length === 0
    ? null
    : `${chars.length === 1 ? 'This character could not be printed and shows' : 'These characters could not be printed and show'} as □ in the PDF: ${chars
        .map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
        .join(', ')}`

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const markWords = (m: PlanMark) => `${plural(m.cautions, 'caution')} and ${plural(m.stops, 'stop')}`

export const planHandlers = (ctx: BackendContext): HandlersFor<(typeof planChannels)[number]> => {
  const plans = planRepo(ctx.db)
  const bulkExports = new Map<
    string,
    {
      folder: string | null
      taken: Set<string>
      athleteIds: Set<number>
      acknowledged: Map<number, ExportAcknowledgement>
    }
  >()

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

  /** No plan with cautions or stops leaves Ballast unless the coach confirmed exactly what it carries. */
  const requireAcknowledged = (d: PlanDetail, acknowledged: ExportAcknowledgement | undefined): PlanMark => {
    const mark = planMark(d.warnings)
    if (!acknowledges(acknowledged, mark)) {
      throw new BackendError(
        'conflict',
        acknowledged
          ? `Not exported: "${d.plan.name}" changed since the export was confirmed; it now has ${markWords(mark)} that the rules did not clear. Confirm the export again.`
          : `Not exported: "${d.plan.name}" has ${markWords(mark)} that the rules did not clear. Confirm the export to print it marked "Not cleared by the rules".`
      )
    }
    return mark
  }

  /** The plan a bulk export prints for an athlete (latest published, else latest draft) and its mark. */
  const bulkMark = (athleteId: number) => {
    const athlete = requireAthlete(athleteId)
    const plan = plans.currentFor(athleteId)
    if (!plan) return { athleteId, athleteName: athlete.name, planId: null, planName: null, cautions: 0, stops: 0 }
    const mark = planMark(
      plannedWarnings(plan, athlete, historyBefore(athlete.id, plan.startDate), plans.sessions(plan.id))
    )
    return { athleteId, athleteName: athlete.name, planId: plan.id, planName: plan.name, ...mark }
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

  const packData = (d: PlanDetail): PlanPackData => {
    const settings = ctx.settings.get()
    return {
      mark: planMark(d.warnings),
      sessionMarks: sessionMarks(d.warnings),
      plan: d.plan,
      athleteName: d.athlete.name,
      bodyMassKg: d.athlete.bodyMassKg,
      coachName: settings.coachName,
      coachContact: settings.coachContact,
      paperSize: settings.paperSize,
      sessions: d.sessions,
      weekStarts: d.weekStarts,
      ladder: d.forecast.ladder,
      units: { mass: settings.massUnit, distance: settings.distanceUnit },
      printedOn: ctx.today()
    }
  }

  /** Electron: ask where to save and write the file. Browser host: hand the bytes back for a download. */
  const deliver = async (
    bytes: Buffer,
    fileName: string,
    mimeType: string,
    filter: { name: string; extensions: string[] },
    warning: string | null = null
  ): Promise<ExportedFile> => {
    if (ctx.host.chooseSavePath) {
      const target = await ctx.host.chooseSavePath(fileName, [filter])
      if (!target) return { fileName, mimeType, savedTo: null, base64: null, cancelled: true, warning: null }
      fs.writeFileSync(target, bytes)
      return { fileName: path.basename(target), mimeType, savedTo: target, base64: null, cancelled: false, warning }
    }
    return { fileName, mimeType, savedTo: null, base64: bytes.toString('base64'), cancelled: false, warning }
  }

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
        weeklyMinutes: input.weeklyMinutes ?? null,
        units: { mass: ctx.settings.get().massUnit, distance: ctx.settings.get().distanceUnit }
      })
      // The generator's notes stay with the plan (the plan view and the PDF print them), the notes of
      // single weeks ("Week 6: Taper: …") after those of the whole plan.
      const allNotes = [...generated.notes, ...weekNoteLines(generated.weekNotes)]
      const notes = allNotes.join('\n').slice(0, 2000)
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
            `Not published: ${loud.length} planned session warning${loud.length === 1 ? '' : 's'} above info (first: ${loud[0].ruleId} on ${first?.date}: ${loud[0].message}). Change those sessions first.`
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
    deletePlanTemplate: ({ id }) => ({ deleted: plans.deleteTemplate(id) }),

    exportPlanPdf: async ({ planId, acknowledged }) => {
      const d = detail(planId)
      requireAcknowledged(d, acknowledged)
      const data = packData(d)
      const { bytes, unprintable } = await renderPlanPack(data)
      return deliver(
        bytes,
        planFileName(data.athleteName, data.plan.name, data.plan.startDate, 'pdf'),
        'application/pdf',
        PDF,
        unprintableWarning(unprintable)
      )
    },
    exportPlanIcs: async ({ planId, acknowledged }) => {
      const d = detail(planId)
      requireAcknowledged(d, acknowledged)
      const settings = ctx.settings.get()
      const stamp = ctx.clock
        .now()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')
      const text = planToIcs({
        planId,
        planName: d.plan.name,
        athleteName: d.athlete.name,
        sessions: d.sessions,
        marks: sessionMarks(d.warnings),
        units: { mass: settings.massUnit, distance: settings.distanceUnit },
        stamp
      })
      return deliver(
        Buffer.from(text, 'utf8'),
        planFileName(d.athlete.name, d.plan.name, d.plan.startDate, 'ics'),
        'text/calendar',
        ICS
      )
    },
    checkBulkPlanExport: ({ athleteIds }) => athleteIds.map(bulkMark),
    beginBulkPlanExport: async ({ athleteIds, acknowledged }) => {
      // Refused before any folder is asked for: every marked plan must have been confirmed as it is now.
      const unconfirmed = athleteIds.map(bulkMark).filter(
        (m) =>
          m.planId !== null &&
          !acknowledges(
            acknowledged.find((a) => a.planId === m.planId),
            m
          )
      )
      if (unconfirmed.length) {
        throw new BackendError(
          'conflict',
          `Not exported: ${unconfirmed.length === 1 ? 'a plan has' : `${unconfirmed.length} plans have`} warnings the rules did not clear (${unconfirmed
            .map((m) => `${m.athleteName}, "${m.planName}": ${markCounts(m)}`)
            .join('; ')}). Confirm the export to print ${unconfirmed.length === 1 ? 'it' : 'them'} marked.`
        )
      }
      let folder: string | null = null
      if (ctx.host.chooseFolder) {
        folder = await ctx.host.chooseFolder('Choose a folder for the plan packs')
        if (!folder) return { exportId: '', folder: null, cancelled: true }
      }
      const exportId = crypto.randomUUID()
      // The folder stays in main: the renderer only ever holds the opaque id.
      bulkExports.set(exportId, {
        folder,
        taken: new Set(folder ? fs.readdirSync(folder).map((f) => f.toLowerCase()) : []),
        athleteIds: new Set(athleteIds),
        acknowledged: new Map(acknowledged.map((a) => [a.planId, a]))
      })
      return { exportId, folder, cancelled: false }
    },
    exportBulkPlanItem: async ({ exportId, athleteId }): Promise<BulkItem> => {
      const job = bulkExports.get(exportId)
      if (!job || !job.athleteIds.has(athleteId))
        throw new BackendError(
          'not_found',
          'This export has ended or does not include that athlete; start the export again'
        )
      const athlete = requireAthlete(athleteId)
      job.athleteIds.delete(athleteId)
      if (job.athleteIds.size === 0) bulkExports.delete(exportId)
      const plan = plans.currentFor(athleteId)
      if (!plan)
        return {
          athleteId,
          athleteName: athlete.name,
          status: 'skipped',
          fileName: null,
          base64: null,
          message: 'No plan yet',
          cautions: 0,
          stops: 0
        }
      const d = detail(plan.id)
      const data = packData(d)
      const { mark } = data
      // The plan may have changed since the coach confirmed: then it is left out, not printed unconfirmed.
      if (!acknowledges(job.acknowledged.get(plan.id), mark)) {
        return {
          athleteId,
          athleteName: athlete.name,
          status: 'skipped',
          fileName: null,
          base64: null,
          ...mark,
          message: `Not exported: "${plan.name}" changed since the export was confirmed and now has ${markWords(mark)} that the rules did not clear`
        }
      }
      const { bytes, unprintable } = await renderPlanPack(data)
      const fileName = uniqueName(planFileName(athlete.name, plan.name, plan.startDate, 'pdf'), job.taken)
      const missing = unprintableWarning(unprintable)
      const marked =
        (isMarked(mark) ? ` (marked: not cleared by the rules, ${markCounts(mark)})` : '') +
        (missing ? `. ${missing}` : '')
      if (job.folder) {
        fs.writeFileSync(path.join(job.folder, fileName), bytes)
        return {
          athleteId,
          athleteName: athlete.name,
          status: 'saved',
          fileName,
          base64: null,
          message: `Saved ${fileName}${marked}`,
          ...mark
        }
      }
      return {
        athleteId,
        athleteName: athlete.name,
        status: 'download',
        fileName,
        base64: bytes.toString('base64'),
        message: `Downloaded ${fileName}${marked}`,
        ...mark
      }
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
