// The athlete dashboard's chart series as SQL aggregates: weeks and days are grouped by SQLite, so
// a view reads one row per week or day (and one per weighted or painful session), never every
// column of every session of the athlete's history.
//
// The session classes follow RULES.md "Definitions" as src/shared/rules/session.ts writes them:
// a run is any session but cross-training; weighted = ankle weights on (kg per ankle above 0);
// weighted minutes and exposure count only for weighted sessions; session load = RPE x minutes
// with RPE 5 when none was logged (src/shared/load.ts). tests/main/series-sql.test.ts checks these
// queries against those functions over a seeded three-year log.
import type { WeeklyAggregate } from '../../shared/load'
import type { Db } from './open'
import { runSql, weekStartSql, weightedSql } from './sessionClasses'

const RUN = runSql()
const WEIGHTED = weightedSql()
const LOAD = `COALESCE(rpe, 5) * MAX(0, duration_min)`
/** Oldest first, as a coach's log reads bottom-up (the reverse of sessions.ts's newest-first order). */
const ASCENDING = `ORDER BY date, start_time IS NOT NULL, start_time, id`

/** A week's sums as SQLite adds them up: the shared weekly aggregate without its run count and monotony. */
export type WeekSums = Omit<WeeklyAggregate, 'runs' | 'monotony' | 'strain'>

export interface WeightRow {
  id: number
  date: string
  kg: number
  weightedMin: number
}

export interface PainRow {
  id: number
  date: string
  pain: number | null
  painNextMorning: number | null
}

interface Range {
  athleteId: number
  from: string
  to: string
}

export const seriesRepo = (db: Db) => {
  const weekly = db.prepare<Range & { weekStartsOn: number }, WeekSums>(
    `SELECT ${weekStartSql()} AS weekStart,
        TOTAL(${RUN} AND ${WEIGHTED}) AS weightedRuns,
        TOTAL(${RUN} AND NOT ${WEIGHTED}) AS unweightedRuns,
        TOTAL(type = 'hill_sprint') AS hillSprints,
        TOTAL(type = 'interval') AS intervals,
        TOTAL(type = 'incline') AS incline,
        TOTAL(CASE WHEN ${WEIGHTED} THEN MAX(0, weighted_min) ELSE 0 END) AS weightedMinutes,
        TOTAL(CASE WHEN ${WEIGHTED} THEN ankle_weight_kg * MAX(0, weighted_min) ELSE 0 END) AS exposureKgMin,
        TOTAL(CASE WHEN ${RUN} THEN COALESCE(distance_km, 0) ELSE 0 END) AS distanceKm,
        TOTAL(${LOAD}) AS load
      FROM sessions WHERE athlete_id = @athleteId AND date >= @from AND date <= @to
      GROUP BY weekStart ORDER BY weekStart`
  )
  const dailyLoad = db.prepare<Range, { date: string; load: number }>(
    `SELECT date, TOTAL(${LOAD}) AS load FROM sessions
      WHERE athlete_id = @athleteId AND date >= @from AND date <= @to GROUP BY date ORDER BY date`
  )
  const weights = db.prepare<Range, WeightRow>(
    `SELECT id, date, ankle_weight_kg AS kg, weighted_min AS weightedMin FROM sessions
      WHERE athlete_id = @athleteId AND date >= @from AND date <= @to AND ${WEIGHTED} ${ASCENDING}`
  )
  const pain = db.prepare<Range, PainRow>(
    `SELECT id, date, pain, pain_next_morning AS painNextMorning FROM sessions
      WHERE athlete_id = @athleteId AND date >= @from AND date <= @to
        AND (pain IS NOT NULL OR pain_next_morning IS NOT NULL) ${ASCENDING}`
  )
  const weightedRunCount = db.prepare<Range, { n: number }>(
    `SELECT count(*) AS n FROM sessions
      WHERE athlete_id = @athleteId AND date >= @from AND date <= @to AND ${RUN} AND ${WEIGHTED}`
  )
  const firstDate = db.prepare<{ athleteId: number; to: string }, { first: string | null }>(
    'SELECT min(date) AS first FROM sessions WHERE athlete_id = @athleteId AND date <= @to'
  )
  return {
    /** Sums per calendar week that has a session, oldest first (empty weeks are not returned). */
    weekly: (r: Range, weekStartsOn: number): WeekSums[] => weekly.all({ ...r, weekStartsOn }),
    /** Summed session load per day that has a session, oldest first. */
    dailyLoad: (r: Range) => dailyLoad.all(r),
    weights: (r: Range): WeightRow[] => weights.all(r),
    pain: (r: Range): PainRow[] => pain.all(r),
    weightedRuns: (r: Range): number => weightedRunCount.get(r)!.n,
    firstSessionDate: (athleteId: number, to: string): string | null => firstDate.get({ athleteId, to })!.first
  }
}
