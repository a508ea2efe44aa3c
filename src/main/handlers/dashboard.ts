// Handlers of the dashboard channels: one call per view, aggregated here.
import type { dashboardChannels } from '../../shared/channels'
import type { SquadRow } from '../../shared/contract/dashboard'
import { addDays, weekStartOf } from '../../shared/calendar'
import { acwrOptions, severityRank } from '../../shared/rules'
import { shownAcwr } from '../../shared/load'
import type { BackendContext, HandlersFor } from '../context'
import { BackendError } from '../errors'
import { refuseFutureSession } from './core'
import { athleteDashboard, squadPart, squadRow, squadWindowStart, weeklyWeightedLimit } from '../series'
import {
  athleteWarnings,
  athleteWarningsIfKept,
  carriedEvaluation,
  currentWarnings,
  effectiveConfig,
  evaluationCache
} from '../warnings'
import { squadRepo } from '../db/squad'
import { seriesRepo } from '../db/series'
import type { Athlete } from '../../shared/domain'

const SQUAD_WEEKS = 12

/**
 * One athlete's squad row: the part of the evaluation the row reads (kept per athlete, carried to a
 * new day), the sessions of the row's window and two indexed lookups over the rest of the history.
 */
export const freshSquadRow = (
  ctx: BackendContext,
  squad: ReturnType<typeof squadRepo>,
  athlete: Athlete,
  today: string,
  weekStarts: string[]
): SquadRow => {
  const config = effectiveConfig(ctx, athlete.id)
  const cache = evaluationCache(ctx.db)
  // The whole evaluation of today when the athlete page already made it; else a fresh one, not kept.
  const fresh = () => squadPart(athleteWarningsIfKept(ctx, athlete, today), today, weekStarts, config)
  const { warnings, stops, ended, carry } = cache
    ? cache.get(
        athlete.id,
        today,
        'squadEvaluation',
        () => carriedEvaluation(ctx, cache, athlete, today, 'squadEvaluation') ?? fresh()
      )
    : fresh()
  return squadRow({
    ended,
    athlete,
    sessions: ctx.sessions.listByAthlete(athlete.id, squadWindowStart(today, weekStarts), today).reverse(),
    latest: squad.latest(athlete.id, today),
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
      const rows = squad
        .athletes(includeArchived)
        .map((athlete) =>
          cache
            ? cache.get(athlete.id, today, 'squadRow', () => freshSquadRow(ctx, squad, athlete, today, weekStarts))
            : freshSquadRow(ctx, squad, athlete, today, weekStarts)
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
