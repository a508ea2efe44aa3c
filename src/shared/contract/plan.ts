// Contract of the plan channels: plans, planned sessions, the generator, templates, plan vs done,
// and the PDF / iCalendar exports.
import { z } from 'zod'
import type { planChannels } from '../channels'
import { Id, IsoDate, Level, StoredIsoDate } from '../domain'
import {
  GeneratePlanInput,
  Plan,
  PlanFields,
  PlanInput,
  PlannedSession,
  PlannedSessionInput,
  PlanStatus,
  PlanTemplate
} from '../plan/schema'
import { WarningSchema } from './rules'
import type { ChannelSpec } from './spec'

const ById = z.object({ id: Id })

export const PlanListItem = Plan.extend({
  athleteName: z.string(),
  sessionCount: z.number().int(),
  endDate: z.string()
})
export type PlanListItem = z.infer<typeof PlanListItem>

export const PlannedWarning = z.object({
  plannedSessionId: Id,
  ruleId: z.string(),
  severity: z.enum(['info', 'caution', 'stop']),
  message: z.string(),
  why: z.string(),
  suggestion: z.string().nullable()
})
export type PlannedWarning = z.infer<typeof PlannedWarning>

export const ForecastWeekSchema = z.object({
  week: z.number().int(),
  weekStart: z.string(),
  sessions: z.number().int(),
  weightedSessions: z.number().int(),
  load: z.number(),
  weightedMinutes: z.number(),
  maxKg: z.number(),
  acwr: z.number().nullable(),
  deload: z.boolean()
})
export const LadderPointSchema = z.object({
  week: z.number().int(),
  date: z.string(),
  kg: z.number(),
  weightedMin: z.number(),
  totalPercent: z.number().nullable()
})
export const ComplianceWeekSchema = z.object({
  week: z.number().int(),
  weekStart: z.string(),
  planned: z.number().int(),
  due: z.number().int(),
  done: z.number().int(),
  percent: z.number().nullable()
})
export const ComplianceSchema = z.object({
  matches: z.record(z.string(), Id.nullable()),
  weeks: z.array(ComplianceWeekSchema),
  due: z.number().int(),
  done: z.number().int(),
  percent: z.number().nullable()
})

export const PlanDetail = z.object({
  plan: PlanListItem,
  athlete: z.object({
    id: Id,
    name: z.string(),
    bodyMassKg: z.number().nullable(),
    level: Level,
    ownedWeightsKg: z.array(z.number())
  }),
  sessions: z.array(PlannedSession),
  weekStarts: z.array(z.string()),
  warnings: z.array(PlannedWarning),
  forecast: z.object({ weeks: z.array(ForecastWeekSchema), ladder: z.array(LadderPointSchema) }),
  compliance: ComplianceSchema,
  /** Set only right after generating: why weights are absent, which slots were softened, ... */
  generatorNotes: z.array(z.string()).default([]),
  /**
   * Set only by the edit that sent a published plan back to draft because the plan now draws warnings
   * above info: their counts and the first of them, so the coach reads why.
   */
  returnedToDraft: z
    .object({
      cautions: z.number().int(),
      stops: z.number().int(),
      first: z.object({
        ruleId: z.string(),
        severity: z.enum(['caution', 'stop']),
        date: StoredIsoDate,
        message: z.string()
      })
    })
    .nullable()
    .default(null)
})
export type PlanDetail = z.infer<typeof PlanDetail>

/** A file for the coach: saved through the save dialog (Electron) or handed back for download (browser host). */
export const ExportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** Where Electron saved it; null in the browser host or when the coach cancelled. */
  savedTo: z.string().nullable(),
  /** The bytes, base64, when the renderer must trigger the download itself. */
  base64: z.string().nullable(),
  cancelled: z.boolean(),
  /** Something the coach must know about the file, e.g. characters of a name no embedded font could print. */
  warning: z.string().nullable().default(null)
})
export type ExportedFile = z.infer<typeof ExportedFile>

/** The coach's "Export anyway": the counts of cautions and stops they saw (a changed plan asks again). */
export const ExportAcknowledgement = z.object({ cautions: z.number().int().min(0), stops: z.number().int().min(0) })
export type ExportAcknowledgement = z.infer<typeof ExportAcknowledgement>

const ExportPlanInput = z.object({ planId: Id, acknowledged: ExportAcknowledgement.optional() })

/** Which plan a bulk export prints for an athlete, and its uncleared warnings. */
export const BulkPlanMark = z.object({
  athleteId: Id,
  athleteName: z.string(),
  planId: Id.nullable(),
  planName: z.string().nullable(),
  cautions: z.number().int(),
  stops: z.number().int()
})
export type BulkPlanMark = z.infer<typeof BulkPlanMark>

export const BulkItem = z.object({
  athleteId: Id,
  athleteName: z.string(),
  status: z.enum(['saved', 'download', 'skipped']),
  fileName: z.string().nullable(),
  base64: z.string().nullable(),
  message: z.string(),
  /** The printed plan's uncleared warnings (0 and 0 for an unmarked pack). */
  cautions: z.number().int().default(0),
  stops: z.number().int().default(0)
})
export type BulkItem = z.infer<typeof BulkItem>

export const planContract = {
  listPlans: { input: z.object({ athleteId: Id.optional() }).default({}), output: z.array(PlanListItem) },
  getPlan: { input: ById, output: PlanDetail },
  createPlan: { input: PlanInput, output: PlanDetail },
  generatePlan: { input: GeneratePlanInput, output: PlanDetail },
  updatePlan: { input: PlanFields.extend({ id: Id }), output: PlanDetail },
  deletePlan: { input: ById, output: z.object({ deleted: z.boolean(), undoToken: z.string() }) },
  setPlanStatus: { input: z.object({ id: Id, status: PlanStatus }), output: PlanDetail },
  savePlannedSession: { input: PlannedSessionInput, output: PlanDetail },
  /** What a planned session being edited would draw, in its plan, before Save. */
  checkDraftPlannedSession: { input: PlannedSessionInput, output: z.array(WarningSchema) },
  deletePlannedSession: { input: ById, output: PlanDetail },
  copyPlanWeek: {
    // replace (the default): the target week's sessions give way to the copies; add: the copies join them.
    input: z.object({
      planId: Id,
      fromWeek: z.number().int().min(1),
      toWeek: z.number().int().min(1),
      mode: z.enum(['replace', 'add']).default('replace')
    }),
    output: PlanDetail
  },
  listPlanTemplates: { input: z.object({}).default({}), output: z.array(PlanTemplate) },
  savePlanTemplate: {
    input: z.object({
      planId: Id,
      name: z
        .string({ error: 'Enter a template name' })
        .trim()
        .min(1, 'Enter a template name')
        .max(80, 'Template name must be at most 80 characters')
    }),
    output: PlanTemplate
  },
  applyPlanTemplate: {
    input: z.object({ templateId: Id, athleteId: Id, startDate: IsoDate, name: PlanFields.shape.name }),
    output: PlanDetail
  },
  deletePlanTemplate: { input: ById, output: z.object({ deleted: z.boolean() }) },
  exportPlanPdf: { input: ExportPlanInput, output: ExportedFile },
  exportPlanIcs: { input: ExportPlanInput, output: ExportedFile },
  checkBulkPlanExport: {
    input: z.object({ athleteIds: z.array(Id).min(1, 'Pick at least one athlete') }),
    output: z.array(BulkPlanMark)
  },
  beginBulkPlanExport: {
    input: z.object({
      athleteIds: z.array(Id).min(1, 'Pick at least one athlete'),
      /** One per marked plan the coach confirmed. */
      acknowledged: z.array(ExportAcknowledgement.extend({ planId: Id })).default([])
    }),
    output: z.object({ exportId: z.string(), folder: z.string().nullable(), cancelled: z.boolean() })
  },
  exportBulkPlanItem: { input: z.object({ exportId: z.string().min(1), athleteId: Id }), output: BulkItem },
  athletePlanCompliance: {
    input: z.object({ athleteId: Id }),
    output: z.object({ plan: PlanListItem.nullable(), compliance: ComplianceSchema.nullable() })
  }
} satisfies Record<(typeof planChannels)[number], ChannelSpec>
