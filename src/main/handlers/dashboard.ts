// Handlers of the dashboard channels: one call per view, aggregated here.
import type { dashboardChannels } from '../../shared/channels'
import type { SquadRow } from '../../shared/contract/dashboard'
import { addDays, weekStartOf } from '../../shared/calendar'
import { acwrOptions, resolveRulesConfig, severityRank, type RulesConfig } from '../../shared/rules'
import { shownAcwr } from '../../shared/load'
import type { BackendContext, HandlersFor } from '../context'
import { BackendError } from '../errors'
import { refuseFutureSession } from './core'
import { athleteDashboard, squadPart, squadRow, weeklyWeightedLimit } from '../series'
import {
  athleteWarnings,
  athleteWarningsIfKept,
  carriedEvaluation,
  currentWarnings,
  effectiveConfig,
  evaluationCache
} from '../warnings'
import { squadRepo, type SquadSums } from '../db/squad'
import type { Clearance } from '../db/rulesConfig'
import { seriesRepo } from '../db/series'
import type { Athlete } from '../../shared/domain'

const SQUAD_WEEKS = 12

/** What the squad rows being built read, for all of them at once (db/squad.ts). */
export interface SquadReads {
  sums: Map<number, SquadSums>
  clearances: Map<number, Clearance[]>
  config: (athleteId: number) => RulesConfig
}

export const squadReads = (
  ctx: BackendContext,
  squad: ReturnType<typeof squadRepo>,
  athleteIds: readonly number[],
  today: string,
  weekStarts: readonly string[]
): SquadReads => {
  const { coach, own } = squad.overrides(athleteIds)
  const weekStartsOn = ctx.settings.get().weekStartsOn
  return {
    sums: squad.sums(athleteIds, {
      today,
      from: weekStarts[0],
      since7: addDays(today, -6),
      since28: addDays(today, -27),
      weekStart: weekStartOf(today, weekStartsOn),
      weekStartsOn
    }),
    clearances: squad.clearances(athleteIds),
    config: (athleteId) => resolveRulesConfig(coach, own.get(athleteId), { weekStartsOn })
  }
}

/**
 * One athlete's squad row: the part of the evaluation the row reads (kept per athlete, carried to a
 * new day) and the row's sums, read for all the rows being built at once.
 */
export const freshSquadRow = (
  ctx: BackendContext,
  reads: SquadReads,
  athlete: Athlete,
  today: string,
  weekStarts: string[]
): SquadRow => {
  const config = reads.config(athlete.id)
  const sums = reads.sums.get(athlete.id)!
  const cache = evaluationCache(ctx.db)
  // The whole evaluation of today when the athlete page already made it; else a fresh one, not kept.
  const fresh = () => squadPart(athleteWarningsIfKept(ctx, athlete, today), today, weekStarts, config)
  const known = { lastSessionDate: sums.lastSessionDate, clearances: reads.clearances.get(athlete.id) ?? [], config }
  const { warnings, stops, ended, carry } = cache
    ? cache.get(
        athlete.id,
        today,
        'squadEvaluation',
        () => carriedEvaluation(ctx, cache, athlete, today, 'squadEvaluation', known) ?? fresh()
      )
    : fresh()
  return squadRow({
    ended,
    athlete,
    sums,
    acwr: shownAcwr(carry.acwr, acwrOptions(config)),
    warnings,
    current: currentWarnings(warnings, today),
    stops,
    config,
    today,
    weekStarts
  })
}

export const dashboardHandlers = (ctx: BackendContext): HandlersFor<(typeof dashboardChannels)[number]> => {
  const squad = squadRepo(ctx.db)
  const series = seriesRepo(ctx.db)
  return {
    getSquad: ({ includeArchived }) => {
      const today = ctx.today()
      const coachConfig = effectiveConfig(ctx, null)
      const thisWeek = weekStartOf(today, coachConfig.weekStartsOn)
      const weekStarts = Array.from({ length: SQUAD_WEEKS }, (_, i) => addDays(thisWeek, -7 * (SQUAD_WEEKS - 1 - i)))
      const cache = evaluationCache(ctx.db)
      // A row is kept for the day until one of the athlete's rule inputs (or a coach-wide one) changes.
      // The rows not kept (everyone's on a new day, one after a change) read what they need together.
      const athletes = squad.athletes(includeArchived)
      const missing = athletes.filter((a) => !cache || cache.peek(a.id, today, 'squadRow') === undefined)
      const reads =
        missing.length > 0
          ? squadReads(
              ctx,
              squad,
              missing.map((a) => a.id),
              today,
              weekStarts
            )
          : null
      const build = (athlete: Athlete) => freshSquadRow(ctx, reads!, athlete, today, weekStarts)
      const rows = athletes.map((athlete) =>
        cache ? cache.get(athlete.id, today, 'squadRow', () => build(athlete)) : build(athlete)
      )
      // Most urgent first (stop, caution, info, none), then by name.
      rows.sort(
        (a, b) =>
          (b.worstSeverity ? severityRank[b.worstSeverity] : 0) -
            (a.worstSeverity ? severityRank[a.worstSeverity] : 0) ||
          a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })
      )
      return { today, weekStarts, weeklyWeightedLimit: weeklyWeightedLimit(coachConfig), athletes: rows }
    },

    getAthleteDashboard: ({ athleteId, range }) => {
      const athlete = ctx.requireAthlete(athleteId)
      const today = ctx.today()
      const build = () =>
        athleteDashboard({
          series,
          athlete,
          warnings: athleteWarnings(ctx, athlete, today).warnings,
          config: effectiveConfig(ctx, athleteId),
          today,
          range
        })
      // Kept with the athlete's evaluation: the same inputs (and a settings change) drop it.
      const cache = evaluationCache(ctx.db)
      return cache ? cache.get(athleteId, today, `dashboard:${range}`, build) : build()
    },

    createGroupSessions: ({ sessions }) => {
      const ids = new Set<number>()
      const today = ctx.today()
      sessions.forEach((s, i) => {
        refuseFutureSession(s.date, today, `sessions.${i}.date`)
        const a = ctx.athletes.get(s.athleteId)
        if (!a)
          throw new BackendError('invalid_input', `Row ${i + 1}: athlete ${s.athleteId} was not found`, [
            { path: `sessions.${i}.athleteId`, message: 'Unknown athlete' }
          ])
        if (a.archivedAt)
          throw new BackendError('invalid_input', `Row ${i + 1}: ${a.name} is archived`, [
            { path: `sessions.${i}.athleteId`, message: 'Archived athlete' }
          ])
        if (ids.has(s.athleteId))
          throw new BackendError('invalid_input', `Row ${i + 1}: ${a.name} is listed twice`, [
            { path: `sessions.${i}.athleteId`, message: 'Listed twice' }
          ])
        ids.add(s.athleteId)
      })
      const created = ctx.db.transaction(() => sessions.map((s) => ctx.sessions.create(s, ctx.nowIso())))()
      const warnings = created.flatMap((s) =>
        athleteWarnings(ctx, ctx.athletes.get(s.athleteId)!, s.date).warnings.filter(
          (w) => w.sessionId === String(s.id)
        )
      )
      return { created: created.length, warnings }
    }
  }
}
