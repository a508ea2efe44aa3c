// The squad view's athlete list: the athlete rows only. The per-athlete numbers come from the
// evaluation cache (src/main/warnings.ts), so this list must not join every session of the squad.
import type { Athlete } from '../../shared/domain'
import { toAthlete, type AthleteRow } from './athletes'
import type { Db } from './open'

export const squadRepo = (db: Db) => {
  const list = db.prepare<{ includeArchived: number }, AthleteRow>(
    `SELECT * FROM athletes WHERE @includeArchived = 1 OR archived_at IS NULL
      ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id`
  )
  return {
    athletes(includeArchived: boolean): Athlete[] {
      return list.all({ includeArchived: includeArchived ? 1 : 0 }).map(toAthlete)
    }
  }
}
