// Zod schemas for plans, planned sessions and templates: the IPC contract and the plan forms both
// use these, so the editor's field messages and main's checks always agree.
import { z } from 'zod'
import {
  ankleWeightKgField,
  checkWeightedMinutes,
  distanceKmField,
  durationMinField,
  Id,
  IsoDate,
  isoDateField,
  SessionTypeSchema,
  StoredIsoDate,
  weightedMinField
} from '../domain'

export const planStatuses = ['draft', 'published'] as const
export const PlanStatus = z.enum(planStatuses)
export type PlanStatus = z.infer<typeof PlanStatus>

export const MIN_PLAN_WEEKS = 4
export const MAX_PLAN_WEEKS = 16

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters`)

export const PlanFields = z.object({
  name: z
    .string({ error: 'Enter a plan name' })
    .trim()
    .min(1, 'Enter a plan name')
    .max(80, 'Plan name must be at most 80 characters'),
  startDate: isoDateField('Start date'),
  weeks: z
    .number({ error: 'Weeks must be a number' })
    .int('Weeks is a whole number')
    .min(1, 'A plan has at least 1 week')
    .max(MAX_PLAN_WEEKS, `A plan has at most ${MAX_PLAN_WEEKS} weeks`),
  goal: text(200, 'Goal').default(''),
  notes: text(2000, 'Notes').default('')
})

export const PlanInput = PlanFields.extend({ athleteId: Id })
export type PlanInput = z.input<typeof PlanInput>

export const Plan = PlanFields.extend({
  id: Id,
  startDate: StoredIsoDate,
  athleteId: Id,
  status: PlanStatus,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Plan = z.infer<typeof Plan>

/** Fields of a planned session a coach edits; storage is metric like logged sessions. */
const PlannedFields = z.object({
  date: IsoDate,
  type: SessionTypeSchema,
  durationMin: durationMinField(600),
  distanceKm: distanceKmField(200),
  ankleWeightKg: ankleWeightKgField(),
  weightedMin: weightedMinField(),
  targetRpe: z
    .number({ error: 'Target RPE must be a number' })
    .int('Target RPE is a whole number')
    .min(1, 'Target RPE runs from 1 to 10')
    .max(10, 'Target RPE runs from 1 to 10')
    .nullable()
    .default(null),
  description: text(300, 'Description').default('')
})

export const PlannedSessionInput = PlannedFields.extend({ planId: Id, id: Id.optional() }).superRefine(
  checkWeightedMinutes
)
export type PlannedSessionInput = z.input<typeof PlannedSessionInput>

export const PlannedSession = PlannedFields.extend({ id: Id, planId: Id, date: StoredIsoDate })
export type PlannedSession = z.infer<typeof PlannedSession>

/** A planned session before it has an id (generator output, template rows). */
export type PlannedDraft = Omit<PlannedSession, 'id' | 'planId'>

export { weekdayNames } from '../dayFormat'

export const GeneratePlanInput = z
  .object({
    athleteId: Id,
    name: PlanFields.shape.name,
    goal: PlanFields.shape.goal,
    startDate: PlanFields.shape.startDate,
    weeks: z
      .number({ error: 'Weeks must be a number' })
      .int('Weeks is a whole number')
      .min(MIN_PLAN_WEEKS, `Generate between ${MIN_PLAN_WEEKS} and ${MAX_PLAN_WEEKS} weeks`)
      .max(MAX_PLAN_WEEKS, `Generate between ${MIN_PLAN_WEEKS} and ${MAX_PLAN_WEEKS} weeks`),
    runsPerWeek: z
      .number({ error: 'Runs per week must be a number' })
      .int('Runs per week is a whole number')
      .min(2, 'Plan at least 2 runs a week')
      .max(7, 'Plan at most 7 runs a week'),
    availableDays: z
      .array(z.number().int().min(0).max(6))
      .min(2, 'Tick at least 2 days the athlete can run')
      .refine((d) => new Set(d).size === d.length, 'Each day once'),
    /** Goal race distance: sets the long run's cap. */
    goalDistance: z
      .enum(['5k', '10k', 'half', 'marathon'], { error: 'Goal distance is 5 km, 10 km, half marathon or marathon' })
      .nullable()
      .optional(),
    /** Goal race date: inside the plan, a 2-week taper and the race on its date. */
    goalRaceDate: isoDateField('Race date').nullable().optional(),
    /** Weekly run minutes to build toward (the form proposes the baseline's). */
    weeklyMinutes: z
      .number({ error: 'Minutes a week must be a number' })
      .int('Minutes a week is a whole number')
      .min(30, 'Plan at least 30 minutes a week')
      .max(1200, 'Plan at most 1200 minutes a week')
      .nullable()
      .optional()
  })
  .superRefine((v, ctx) => {
    if (Array.isArray(v.availableDays) && v.availableDays.length >= 2 && v.runsPerWeek > v.availableDays.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['runsPerWeek'],
        message: `Runs per week (${v.runsPerWeek}) is more than the ${v.availableDays.length} days ticked: tick more days or plan fewer runs`
      })
    }
    if (v.goalRaceDate && !v.goalDistance)
      ctx.addIssue({ code: 'custom', path: ['goalDistance'], message: 'Choose the goal distance for the race date' })
    if (v.goalRaceDate && v.goalRaceDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['goalRaceDate'], message: 'Race date is before the plan starts' })
  })
export type GeneratePlanInput = z.input<typeof GeneratePlanInput>

export const PlanTemplate = z.object({
  id: Id,
  name: z.string(),
  weeks: z.number().int(),
  /** Body mass of the athlete the template was saved from; weights scale from it. */
  sourceBodyMassKg: z.number().nullable(),
  sessionCount: z.number().int(),
  createdAt: z.string()
})
export type PlanTemplate = z.infer<typeof PlanTemplate>

/** A template row: days counted from the plan's start date. */
export interface TemplateSession extends Omit<PlannedDraft, 'date'> {
  dayOffset: number
}
