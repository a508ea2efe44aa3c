// Zod schemas for everything that crosses a boundary (IPC, HTTP host, database rows going out).
// The same schemas drive the renderer's field messages, so a form and main always agree.
import { z } from 'zod'
import { daysBetween, isIsoDay } from './calendar'

export const levels = ['novice', 'intermediate', 'advanced'] as const
export const Level = z.enum(levels)
export type Level = z.infer<typeof Level>

export const sessionTypes = ['easy', 'long', 'tempo', 'interval', 'hill_sprint', 'incline', 'race', 'cross'] as const
export const SessionTypeSchema = z.enum(sessionTypes)
export type SessionTypeName = z.infer<typeof SessionTypeSchema>

export const sessionTypeLabels: Record<SessionTypeName, string> = {
  easy: 'Easy run',
  long: 'Long run',
  tempo: 'Tempo',
  interval: 'Intervals',
  hill_sprint: 'Hill sprints',
  incline: 'Incline run',
  race: 'Race',
  cross: 'Cross-training'
}

export const levelLabels: Record<Level, string> = {
  novice: 'Novice',
  intermediate: 'Intermediate',
  advanced: 'Advanced'
}

/** The calendar Ballast accepts for every date it stores: far enough back for any history, far enough ahead for any plan. */
export const FIRST_DAY = '1900-01-01'
export const LAST_DAY = '2100-12-31'
/** True for a YYYY-MM-DD day from FIRST_DAY to LAST_DAY (plain string order is calendar order for 4-digit years). */
export const isInDateRange = (iso: string): boolean => iso >= FIRST_DAY && iso <= LAST_DAY
export const dateRangeMessage = (label = 'Date'): string => `${label} must be between ${FIRST_DAY} and ${LAST_DAY}`

/** One message per bad date, the most basic problem first; null for a good one. */
export const isoDateProblem = (value: string, label = 'Date'): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Use the form YYYY-MM-DD'
  if (!isIsoDay(value)) return 'Not a real calendar date'
  if (!isInDateRange(value)) return dateRangeMessage(label)
  return null
}

/** A date field: a real YYYY-MM-DD day within FIRST_DAY..LAST_DAY, the message naming the field. */
export const isoDateField = (label = 'Date') =>
  z.string({ error: 'Enter a date' }).superRefine((value, ctx) => {
    const message = isoDateProblem(value, label)
    if (message) ctx.addIssue({ code: 'custom', message })
  })
export const IsoDate = isoDateField()

/**
 * A date read back from the database: any real day. Rows written before the range existed are still
 * listed (so the coach can find and correct them); every write goes through IsoDate.
 */
export const StoredIsoDate = z.string().refine(isIsoDay, 'Not a real calendar date')

export const FUTURE_SESSION_MESSAGE = 'A session in the future cannot be logged; plan it instead'
/**
 * A logged session may be dated at most one day after main's today: the athlete may live in a
 * later time zone than the coach. Anything later is a plan, not a log.
 */
export const isFutureSession = (date: string, today: string): boolean => daysBetween(today, date) > 1

export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Start time must be a 24-hour time such as 07:30')

export const Id = z.number().int().positive()

const trimmed = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters`)

/** True for a time zone this computer knows by its IANA name (Europe/Amsterdam, America/New_York). */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone.includes('/') || zone === 'UTC'
  } catch {
    return false
  }
}

/** An athlete's time zone: imports turn a file's timestamps into their local day and time. */
export const TimeZoneSchema = z
  .string({ error: 'Choose a time zone' })
  .trim()
  .max(64, 'Choose a time zone from the list')
  .refine(isTimeZone, 'Choose a time zone from the list, such as Europe/Amsterdam')

/** Athlete fields a coach edits. */
export const AthleteInput = z.object({
  name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(80, 'Name must be at most 80 characters'),
  bodyMassKg: z
    .number({ error: 'Body mass must be a number' })
    .min(20, 'Body mass must be at least 20 kg')
    .max(250, 'Body mass must be at most 250 kg')
    .nullable()
    .default(null),
  level: Level,
  ownedWeightsKg: z
    .array(z.number().gt(0, 'Each weight must be above 0 kg').max(5, 'Each weight must be at most 5 kg per ankle'))
    .max(20, 'List at most 20 weights')
    .default([]),
  notes: trimmed(2000, 'Notes').default(''),
  /** Absent: the computer's zone for a new athlete, unchanged for an edit. */
  timeZone: TimeZoneSchema.optional()
})
export type AthleteInput = z.input<typeof AthleteInput>

export const Athlete = AthleteInput.extend({
  id: Id,
  timeZone: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable()
})
export type Athlete = z.infer<typeof Athlete>

/** Field schemas shared by logged and planned sessions, so both speak with the same messages. */
export const durationMinField = (max = 1440) =>
  z
    .number({ error: 'Duration must be a number of minutes' })
    .gt(0, 'Duration must be above 0 minutes')
    .max(max, `Duration must be at most ${max} minutes`)
export const distanceKmField = (max = 500) =>
  z
    .number({ error: 'Distance must be a number' })
    .min(0, 'Distance cannot be negative')
    .max(max, `Distance must be at most ${max} km`)
    .nullable()
    .default(null)
export const ankleWeightKgField = () =>
  z
    .number({ error: 'Ankle weight must be a number' })
    .min(0, 'Ankle weight cannot be negative')
    .max(5, 'Ankle weight must be at most 5 kg per ankle')
    .default(0)
export const weightedMinField = () =>
  z
    .number({ error: 'Minutes with weights on must be a number' })
    .min(0, 'Minutes with weights on cannot be negative')
    .default(0)

/** Weight and weighted minutes must agree with each other and with the duration. */
export const checkWeightedMinutes = (
  s: { durationMin: number; ankleWeightKg: number; weightedMin: number },
  ctx: z.RefinementCtx
): void => {
  if (s.weightedMin > s.durationMin) {
    ctx.addIssue({
      code: 'custom',
      path: ['weightedMin'],
      message: `Minutes with weights on (${s.weightedMin}) cannot exceed the duration (${s.durationMin} min)`
    })
  }
  if (s.ankleWeightKg > 0 && s.weightedMin === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['weightedMin'],
      message: 'Enter the minutes with weights on for a weighted session'
    })
  }
  if (s.ankleWeightKg === 0 && s.weightedMin > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['ankleWeightKg'],
      message: 'Enter the ankle weight, or set minutes with weights on to 0'
    })
  }
}

/** Session fields a coach edits; storage is metric (kg, km, minutes). */
const SessionFields = z.object({
  athleteId: Id,
  date: IsoDate,
  startTime: ClockTime.nullable().default(null),
  type: SessionTypeSchema,
  durationMin: durationMinField(),
  distanceKm: distanceKmField(),
  ankleWeightKg: ankleWeightKgField(),
  weightedMin: weightedMinField(),
  rpe: z
    .number()
    .int('RPE is a whole number')
    .min(1, 'RPE runs from 1 to 10')
    .max(10, 'RPE runs from 1 to 10')
    .nullable()
    .default(null),
  pain: z
    .number()
    .int('Pain is a whole number')
    .min(0, 'Pain runs from 0 to 10')
    .max(10, 'Pain runs from 0 to 10')
    .nullable()
    .default(null),
  painNextMorning: z
    .number()
    .int('Pain is a whole number')
    .min(0, 'Pain runs from 0 to 10')
    .max(10, 'Pain runs from 0 to 10')
    .nullable()
    .default(null),
  painLocation: trimmed(120, 'Pain location').default(''),
  formBreakdown: z.boolean().default(false),
  notes: trimmed(2000, 'Notes').default(''),
  source: z.enum(['manual', 'import']).default('manual'),
  externalId: z.string().max(200, 'External id must be at most 200 characters').nullable().default(null)
})

export const SessionInput = SessionFields.superRefine(checkWeightedMinutes)
export type SessionInput = z.input<typeof SessionInput>
export const SessionUpdate = SessionFields.extend({ id: Id }).superRefine(checkWeightedMinutes)

export const Session = SessionFields.extend({
  id: Id,
  date: StoredIsoDate,
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Session = z.infer<typeof Session>

export const massUnits = ['kg', 'lb'] as const
/** The paper a plan pack is laid out for. */
export const paperSizes = ['A4', 'Letter'] as const
export const distanceUnits = ['km', 'mi'] as const

export const Settings = z.object({
  massUnit: z.enum(massUnits),
  distanceUnit: z.enum(distanceUnits),
  /** 0 = Sunday ... 6 = Saturday; Monday (1) by default. */
  weekStartsOn: z.number().int().min(0).max(6),
  coachName: trimmed(80, 'Coach name'),
  /** Printed under the coach's name in plan packs: a phone number, an e-mail, a club. */
  coachContact: trimmed(120, 'Coach contact'),
  paperSize: z.enum(paperSizes, { error: 'Paper size is A4 or Letter' })
})
export type Settings = z.infer<typeof Settings>
export const defaultSettings: Settings = {
  massUnit: 'kg',
  distanceUnit: 'km',
  weekStartsOn: 1,
  coachName: '',
  coachContact: '',
  paperSize: 'A4'
}
