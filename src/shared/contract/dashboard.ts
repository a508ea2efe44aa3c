// Contract of the dashboard: the squad triage view, one athlete's chart series, group sessions.
// Series are aggregated in main (one call per view), never recomputed per row in components.
import { z } from 'zod'
import type { dashboardChannels } from '../channels'
import { Id, StoredIsoDate, Level, SessionInput } from '../domain'
import type { ChannelSpec } from './spec'
import { RuleIdSchema, SeveritySchema, WarningSchema } from './rules'

const Sev = SeveritySchema.nullable()

export const SquadRow = z.object({
  id: Id,
  name: z.string(),
  level: Level,
  archivedAt: z.string().nullable(),
  bodyMassKg: z.number().nullable(),
  worstSeverity: Sev,
  /** The rule of the warning the row names (the most severe, then the most recent); null with none. */
  worstRule: RuleIdSchema.nullable(),
  currentWarnings: z.object({ info: z.number().int(), caution: z.number().int(), stop: z.number().int() }),
  lastSessionDate: StoredIsoDate.nullable(),
  weightedRuns7d: z.number().int(),
  weightedRuns28d: z.number().int(),
  /** Weight per ankle of the latest weighted session, and that as % of body mass (both ankles). */
  currentAnkleWeightKg: z.number().nullable(),
  currentPercentBodyMass: z.number().nullable(),
  weightedMinutesThisWeek: z.number(),
  /** Only once there is enough history to show it (RULES.md LD4). */
  acwr: z.number().nullable(),
  /** Pain above 2 (during or next morning) in the last 7 days, or a pain stop in force. */
  painFlag: z.boolean(),
  maxPain7d: z.number().nullable(),
  /** Stops that ended in the last 7 days, so the row says why its badge changed. */
  stopsEnded7d: z.array(
    z.object({ ruleId: RuleIdSchema, endedOn: StoredIsoDate, reason: z.enum(['settled', 'cleared']) })
  ),
  weeks: z.array(z.object({ weekStart: StoredIsoDate, weightedRuns: z.number().int(), worstSeverity: Sev }))
})
export type SquadRow = z.infer<typeof SquadRow>

export const SquadView = z.object({
  today: StoredIsoDate,
  weekStarts: z.array(StoredIsoDate),
  weeklyWeightedLimit: z.number().int(),
  athletes: z.array(SquadRow)
})
export type SquadView = z.infer<typeof SquadView>

export const chartRanges = ['4', '12', '26', '52', 'all'] as const
export const ChartRange = z.enum(chartRanges)
export type ChartRange = z.infer<typeof ChartRange>

/**
 * Most points a chart series carries: a half-width chart has about this many pixels across. Longer
 * series are thinned by src/shared/downsample.ts, which keeps each stretch's highest (and for lines
 * lowest) point, so a peak is never hidden.
 */
export const SERIES_MAX_POINTS = 400

const Count = z.number().int().nonnegative()

/**
 * Numbers only: weights in kg, distances in km, minutes, ISO dates and ids. The renderer converts
 * units and writes dates and sentences (src/renderer/src/lib/format.ts), so a units change needs
 * no new call.
 */
export const AthleteDashboard = z.object({
  from: StoredIsoDate,
  to: StoredIsoDate,
  weekStartsOn: z.number().int(),
  weekly: z.array(
    z.object({
      weekStart: StoredIsoDate,
      weightedRuns: z.number().int(),
      unweightedRuns: z.number().int(),
      hillSprints: z.number().int(),
      intervals: z.number().int(),
      incline: z.number().int(),
      weightedMinutes: z.number(),
      exposureKgMin: z.number(),
      distanceKm: z.number(),
      distanceChangePercent: z.number().nullable(),
      load: z.number()
    })
  ),
  weeklyWeightedLimit: z.number().int(),
  weights: z.array(
    z.object({
      date: StoredIsoDate,
      sessionId: z.string(),
      kg: z.number(),
      percentBodyMass: z.number().nullable(),
      weightedMin: z.number(),
      severity: Sev
    })
  ),
  /** Weight per ankle at which AW1 starts to caution for this athlete; null without body mass. */
  aw1CautionKg: z.number().nullable(),
  aw2CautionKg: z.number(),
  aw2StopKg: z.number(),
  daily: z.array(z.object({ date: StoredIsoDate, load: z.number(), acwr: z.number().nullable() })),
  acwrShownFrom: StoredIsoDate.nullable(),
  pain: z.array(
    z.object({
      date: StoredIsoDate,
      sessionId: z.string(),
      pain: z.number().nullable(),
      painNextMorning: z.number().nullable()
    })
  ),
  /** How many points each series had before thinning (equal to its length when nothing was thinned). */
  pointsBefore: z.object({ weekly: Count, daily: Count, weights: Count, pain: Count }),
  /** What the one-line summaries say, as numbers; taken before any thinning. */
  facts: z.object({
    /** Weighted runs in the 7 days up to today (AW5's window). */
    weightedRuns7d: Count,
    /** Today's ACWR once it may be shown (LD4), else null. */
    acwrToday: z.number().nullable(),
    latestWeight: z.object({ date: StoredIsoDate, kg: z.number(), percentBodyMass: z.number().nullable() }).nullable(),
    thisWeek: z.object({ weightedMinutes: z.number(), exposureKgMin: z.number(), distanceKm: z.number() }),
    lastFullWeek: z.object({ distanceKm: z.number(), distanceChangePercent: z.number().nullable() }).nullable(),
    painSessions: Count,
    /** Sessions with pain above 2, during or next morning. */
    painfulSessions: Count,
    latestPainful: StoredIsoDate.nullable()
  })
})
export type AthleteDashboard = z.infer<typeof AthleteDashboard>

export const GroupSessionsInput = z.object({
  sessions: z.array(SessionInput).min(1, 'Pick at least one athlete').max(60, 'At most 60 athletes at once')
})

export const dashboardContract = {
  getSquad: {
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: SquadView
  },
  getAthleteDashboard: {
    input: z.object({ athleteId: Id, range: ChartRange.default('12') }),
    output: AthleteDashboard
  },
  createGroupSessions: {
    // All rows in one transaction: a group workout is saved whole or not at all.
    input: GroupSessionsInput,
    output: z.object({ created: z.number().int(), warnings: z.array(WarningSchema) })
  }
} satisfies Record<(typeof dashboardChannels)[number], ChannelSpec>
