// The squad view's reads. The athlete list, then for the athletes whose rows are not kept for the day
// (db-wide on a new day, one athlete after a change) a few squad-wide queries: the numbers a row shows
// from its 12-week window (SQL aggregates, never the window's sessions), the two values it needs from
// all of an athlete's history (indexed lookups), their clearances and threshold overrides.
import type { Athlete } from '../../shared/domain'
import { toAthlete, type AthleteRow } from './athletes'
import type { Db } from './open'
import { toClearance, type Clearance } from './rulesConfig'
import { weekStartSql, weightedRunSql, weightedSql } from './sessionClasses'

/** The days a squad row's sums are counted from (all up to `today`). */
export interface SquadWindow {
  today: string
  /** The first triage week's start. */
  from: string
  since7: string
  since28: string
  /** This week's start. */
  weekStart: string
  weekStartsOn: number
}

/** What a squad row shows from the athlete's sessions. */
export interface SquadSums {
  lastSessionDate: string | null
  /** Per ankle, of the latest weighted session (the session log's order: date, start time, id). */
  ankleWeightKg: number | null
  weightedRuns7d: number
  weightedRuns28d: number
  weightedMinutesThisWeek: number
  /** The highest pain during or next morning logged in the last 7 days. */
  maxPain7d: number | null
  /** Weighted runs per week start, for weeks from `from` that have any. */
  weeklyWeightedRuns: Map<string, number>
}

interface SumsRow {
  athleteId: number
  lastSessionDate: string | null
  ankleWeightKg: number | null
  weightedRuns7d: number
  weightedRuns28d: number
  weightedMinutesThisWeek: number
  maxPain: number | null
  maxPainNextMorning: number | null
}

const IDS = 'SELECT value FROM json_each(@ids)'
const maxOrNull = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b)

export const squadRepo = (db: Db) => {
  const list = db.prepare<{ includeArchived: number }, AthleteRow>(
    `SELECT * FROM athletes WHERE @includeArchived = 1 OR archived_at IS NULL
      ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id`
  )
  // One row per athlete; every subquery is a range of the (athlete_id, date) index.
  const sums = db.prepare<SquadWindow & { ids: string }, SumsRow>(
    `SELECT a.id AS athleteId,
        (SELECT date FROM sessions WHERE athlete_id = a.id AND date <= @today ORDER BY date DESC LIMIT 1) AS lastSessionDate,
        (SELECT ankle_weight_kg FROM sessions WHERE athlete_id = a.id AND date <= @today AND ${weightedSql()}
          ORDER BY date DESC, start_time IS NULL, start_time DESC, id DESC LIMIT 1) AS ankleWeightKg,
        (SELECT count(*) FROM sessions WHERE athlete_id = a.id AND date >= @since7 AND date <= @today AND ${weightedRunSql()}) AS weightedRuns7d,
        (SELECT count(*) FROM sessions WHERE athlete_id = a.id AND date >= @since28 AND date <= @today AND ${weightedRunSql()}) AS weightedRuns28d,
        (SELECT TOTAL(weighted_min) FROM sessions WHERE athlete_id = a.id AND date >= @weekStart AND date <= @today AND ${weightedSql()}) AS weightedMinutesThisWeek,
        (SELECT max(pain) FROM sessions WHERE athlete_id = a.id AND date >= @since7 AND date <= @today) AS maxPain,
        (SELECT max(pain_next_morning) FROM sessions WHERE athlete_id = a.id AND date >= @since7 AND date <= @today) AS maxPainNextMorning
      FROM athletes a WHERE a.id IN (${IDS})`
  )
  const weeks = db.prepare<SquadWindow & { ids: string }, { athleteId: number; weekStart: string; n: number }>(
    `SELECT athlete_id AS athleteId, ${weekStartSql()} AS weekStart, count(*) AS n FROM sessions
      WHERE athlete_id IN (${IDS}) AND date >= @from AND date <= @today AND ${weightedRunSql()}
      GROUP BY athlete_id, weekStart`
  )
  const clearances = db.prepare<{ ids: string }, Parameters<typeof toClearance>[0]>(
    `SELECT * FROM stop_clearances WHERE athlete_id IN (${IDS}) ORDER BY athlete_id, cleared_on, id`
  )
  const overrides = db.prepare<{ ids: string }, { athleteId: number | null; key: string; value: number }>(
    `SELECT athlete_id AS athleteId, key, value FROM rules_config WHERE athlete_id IS NULL OR athlete_id IN (${IDS})`
  )
  const group = <T>(rows: T[], key: (r: T) => number): Map<number, T[]> => {
    const m = new Map<number, T[]>()
    for (const r of rows) {
      const k = key(r)
      const l = m.get(k)
      if (l) l.push(r)
      else m.set(k, [r])
    }
    return m
  }
  return {
    athletes(includeArchived: boolean): Athlete[] {
      return list.all({ includeArchived: includeArchived ? 1 : 0 }).map(toAthlete)
    },
    /** Each listed athlete's squad-row sums for the window, in two queries. */
    sums(athleteIds: readonly number[], w: SquadWindow): Map<number, SquadSums> {
      const ids = JSON.stringify(athleteIds)
      const perWeek = group(weeks.all({ ...w, ids }), (r) => r.athleteId)
      const out = new Map<number, SquadSums>()
      for (const r of sums.all({ ...w, ids })) {
        out.set(r.athleteId, {
          lastSessionDate: r.lastSessionDate,
          ankleWeightKg: r.ankleWeightKg,
          weightedRuns7d: r.weightedRuns7d,
          weightedRuns28d: r.weightedRuns28d,
          weightedMinutesThisWeek: r.weightedMinutesThisWeek,
          maxPain7d: maxOrNull(r.maxPain, r.maxPainNextMorning),
          weeklyWeightedRuns: new Map((perWeek.get(r.athleteId) ?? []).map((x) => [x.weekStart, x.n]))
        })
      }
      return out
    },
    /** Each listed athlete's stop clearances (oldest first), in one query. */
    clearances(athleteIds: readonly number[]): Map<number, Clearance[]> {
      const rows = clearances.all({ ids: JSON.stringify(athleteIds) }).map(toClearance)
      return group(rows, (c) => c.athleteId)
    },
    /** The coach-wide overrides (key null) and each listed athlete's own, in one query. */
    overrides(athleteIds: readonly number[]): {
      coach: Record<string, number>
      own: Map<number, Record<string, number>>
    } {
      const coach: Record<string, number> = {}
      const own = new Map<number, Record<string, number>>()
      for (const r of overrides.all({ ids: JSON.stringify(athleteIds) })) {
        if (r.athleteId === null) coach[r.key] = r.value
        else {
          const o = own.get(r.athleteId) ?? {}
          o[r.key] = r.value
          own.set(r.athleteId, o)
        }
      }
      return { coach, own }
    }
  }
}
