// The squad view's athlete list: the athlete rows only. The per-athlete numbers come from the
// evaluation cache (src/main/warnings.ts), so this list must not join every session of the squad;
// the few numbers a row needs from all of an athlete's history are single indexed lookups.
import type { Athlete } from '../../shared/domain'
import { toAthlete, type AthleteRow } from './athletes'
import type { Db } from './open'

export const squadRepo = (db: Db) => {
  const list = db.prepare<{ includeArchived: number }, AthleteRow>(
    `SELECT * FROM athletes WHERE @includeArchived = 1 OR archived_at IS NULL
      ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id`
  )
  const lastSession = db.prepare<[number, string], { date: string }>(
    'SELECT date FROM sessions WHERE athlete_id = ? AND date <= ? ORDER BY date DESC LIMIT 1'
  )
  // The latest weighted session's weight (the same order as the session log: date, start time, id).
  const lastWeighted = db.prepare<[number, string], { kg: number }>(
    `SELECT ankle_weight_kg AS kg FROM sessions WHERE athlete_id = ? AND date <= ? AND ankle_weight_kg > 0
      ORDER BY date DESC, start_time IS NULL, start_time DESC, id DESC LIMIT 1`
  )
  return {
    athletes(includeArchived: boolean): Athlete[] {
      return list.all({ includeArchived: includeArchived ? 1 : 0 }).map(toAthlete)
    },
    /** The day of the athlete's last session and the ankle weight of their last weighted one, up to today. */
    latest(athleteId: number, today: string): { lastSessionDate: string | null; ankleWeightKg: number | null } {
      return {
        lastSessionDate: lastSession.get(athleteId, today)?.date ?? null,
        ankleWeightKg: lastWeighted.get(athleteId, today)?.kg ?? null
      }
    }
  }
}
