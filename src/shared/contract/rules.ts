// Contract of the warnings channels: warnings over a range, a draft check before saving,
// thresholds (coach-wide and per athlete) and stop clearances.
import { z } from 'zod'
import type { rulesChannels } from '../channels'
import { Id, IsoDate, SessionInput, StoredIsoDate } from '../domain'
import { ruleIds, rulesConfigFields, type RuleId, type RulesConfig } from '../rules'
import type { ChannelSpec } from './spec'

export const RuleIdSchema = z.enum(ruleIds as [RuleId, ...RuleId[]])
export const SeveritySchema = z.enum(['info', 'caution', 'stop'])

export const WarningSchema = z.object({
  ruleId: RuleIdSchema,
  severity: SeveritySchema,
  date: StoredIsoDate,
  sessionId: z.string().nullable(),
  message: z.string(),
  why: z.string(),
  suggestion: z.string().nullable(),
  values: z.record(z.string(), z.number())
})
export type WarningOut = z.infer<typeof WarningSchema>

/** A stop in force; fromImport when the session that stopped came in through an import. */
export const StopInForceSchema = z.object({
  ruleId: RuleIdSchema,
  sessionId: z.string(),
  date: StoredIsoDate,
  fromImport: z.boolean()
})
export type StopInForceOut = z.infer<typeof StopInForceSchema>

/** A stop that ended: by settled sessions (their days) or by the coach's clearance (who and why). */
export const EndedStopSchema = z.object({
  ruleId: RuleIdSchema,
  sessionId: z.string(),
  date: StoredIsoDate,
  endedOn: StoredIsoDate,
  reason: z.enum(['settled', 'cleared']),
  settledOn: z.array(StoredIsoDate),
  clearedBy: z.string().nullable(),
  clearReason: z.string().nullable(),
  fromImport: z.boolean()
})
export type EndedStopOut = z.infer<typeof EndedStopSchema>

export const ClearanceSchema = z.object({
  id: Id,
  athleteId: Id,
  ruleId: RuleIdSchema,
  clearedOn: StoredIsoDate,
  clearedBy: z.string(),
  reason: z.string(),
  createdAt: z.string()
})

export const ClearStopInput = z.object({
  athleteId: Id,
  // PN3 is a caution and never a stop: there is nothing of it to clear.
  ruleId: RuleIdSchema.refine((id) => id !== 'PN3', 'PN3 is a caution, never a stop: there is nothing to clear'),
  clearedOn: IsoDate,
  clearedBy: z.string().trim().min(1, 'Enter who reviewed and cleared the stop').max(80, 'At most 80 characters'),
  reason: z.string().trim().min(1, 'Say why the stop can end (e.g. physio review)').max(1000, 'At most 1000 characters')
})
export type ClearStopInput = z.input<typeof ClearStopInput>

/** Several stops cleared after one review (e.g. the stops an import of old runs brought in). */
export const ClearStopsInput = ClearStopInput.omit({ ruleId: true }).extend({
  ruleIds: z
    .array(ClearStopInput.shape.ruleId)
    .min(1, 'Pick at least one stop to clear')
    .refine((ids) => new Set(ids).size === ids.length, 'Each stop once')
})
export type ClearStopsInput = z.input<typeof ClearStopsInput>

type ConfigKey = keyof RulesConfig
const configKeys = Object.keys(rulesConfigFields) as ConfigKey[]

/** One threshold's value, checked against its field's range and step (whole numbers where required). */
const thresholdValue = (key: ConfigKey) => {
  const f = rulesConfigFields[key]
  let s = z
    .number({ error: `${f.label}: enter a number` })
    .min(f.min, `Must be at least ${f.min}`)
    .max(f.max, `Must be at most ${f.max}`)
  if (f.integer) s = s.int('Must be a whole number')
  return s
}

/** Overrides to set (a number) or remove (null); the week start comes from Settings, not here. */
export const RulesConfigPatch = z
  .object(
    Object.fromEntries(
      configKeys.filter((k) => k !== 'weekStartsOn').map((k) => [k, thresholdValue(k).nullable().optional()])
    ) as Record<Exclude<ConfigKey, 'weekStartsOn'>, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>
  )
  .strict()

const ConfigRecord = z.record(z.string(), z.number())

export const RulesConfigView = z.object({
  defaults: ConfigRecord,
  coach: ConfigRecord,
  athlete: ConfigRecord.nullable(),
  effective: ConfigRecord
})

export const WarningsView = z.object({
  asOf: StoredIsoDate,
  warnings: z.array(WarningSchema),
  stops: z.array(StopInForceSchema),
  /** Stops that ended on or before asOf, oldest end first. */
  ended: z.array(EndedStopSchema)
})

export const rulesContract = {
  listWarnings: {
    // Session warnings dated within [from, to] plus the state warnings at asOf (default: today).
    // `days`: only the session warnings of the last that many days up to asOf (the warnings panel's
    // period), so a view of the last week does not carry years of warnings.
    input: z.object({
      athleteId: Id,
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      asOf: IsoDate.optional(),
      days: z.number().int().min(1).max(36_600).optional()
    }),
    output: WarningsView
  },
  checkDraftSession: {
    // What a session would trigger before it is saved; `id` when an existing session is being edited.
    input: z.object({ draft: SessionInput, id: Id.optional() }),
    output: z.array(WarningSchema)
  },
  getRulesConfig: { input: z.object({ athleteId: Id.nullable().default(null) }), output: RulesConfigView },
  updateRulesConfig: {
    input: z.object({ athleteId: Id.nullable(), values: RulesConfigPatch }),
    output: RulesConfigView
  },
  resetRulesConfig: { input: z.object({ athleteId: Id.nullable() }), output: RulesConfigView },
  clearStop: { input: ClearStopInput, output: ClearanceSchema },
  clearStops: { input: ClearStopsInput, output: z.array(ClearanceSchema) },
  listClearances: { input: z.object({ athleteId: Id }), output: z.array(ClearanceSchema) }
} satisfies Record<(typeof rulesChannels)[number], ChannelSpec>
