// The athletes table: bound parameters only; rows mapped to the domain's names.
import type { Athlete, AthleteInput } from '../../shared/domain'
import type { Db } from './open'
import { weightedRunSql } from './sessionClasses'

export interface AthleteRow {
  id: number
  name: string
  body_mass_kg: number | null
  level: Athlete['level']
  owned_weights_kg: string
  notes: string
  created_at: string
  updated_at: string
  archived_at: string | null
  time_zone: string
}

/** This computer's time zone: a new athlete's default, and the zone of athletes from before zones existed. */
export const computerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

export interface AthleteWithStats extends Athlete {
  lastSessionDate: string | null
  sessionCount: number
  weightedRuns7d: number
}

export const toAthlete = (r: AthleteRow): Athlete => ({
  id: r.id,
  name: r.name,
  bodyMassKg: r.body_mass_kg,
  level: r.level,
  ownedWeightsKg: JSON.parse(r.owned_weights_kg) as number[],
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
  timeZone: r.time_zone || computerTimeZone()
})

type CleanAthlete = Required<Pick<AthleteInput, 'name' | 'level'>> & {
  bodyMassKg: number | null
  ownedWeightsKg: number[]
  notes: string
  timeZone?: string
}

const sortedWeights = (w: number[]): string => JSON.stringify([...new Set(w)].sort((a, b) => a - b))

export const athleteRepo = (db: Db) => {
  const byId = db.prepare<[number], AthleteRow>('SELECT * FROM athletes WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO athletes (name, body_mass_kg, level, owned_weights_kg, notes, time_zone, created_at, updated_at)
     VALUES (@name, @bodyMassKg, @level, @ownedWeightsKg, @notes, @timeZone, @now, @now)`
  )
  const update = db.prepare(
    `UPDATE athletes SET name = @name, body_mass_kg = @bodyMassKg, level = @level,
       owned_weights_kg = @ownedWeightsKg, notes = @notes, time_zone = coalesce(@timeZone, time_zone), updated_at = @now WHERE id = @id`
  )
  const setArchived = db.prepare('UPDATE athletes SET archived_at = ?, updated_at = ? WHERE id = ?')
  const remove = db.prepare('DELETE FROM athletes WHERE id = ?')
  const countSessions = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM sessions WHERE athlete_id = ?')
  // One query for the whole roster: per-athlete aggregates in SQL, never per row over IPC.
  const withStats = db.prepare<
    { since7: string; includeArchived: number },
    AthleteRow & { last_session_date: string | null; session_count: number; weighted_runs_7d: number }
  >(
    `SELECT a.*,
            max(s.date) AS last_session_date,
            count(s.id) AS session_count,
            coalesce(sum(CASE WHEN ${weightedRunSql('s.')} AND s.date >= @since7 THEN 1 ELSE 0 END), 0) AS weighted_runs_7d
       FROM athletes a LEFT JOIN sessions s ON s.athlete_id = a.id
      WHERE @includeArchived = 1 OR a.archived_at IS NULL
      GROUP BY a.id
      ORDER BY a.archived_at IS NOT NULL, a.name COLLATE NOCASE, a.id`
  )
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM athletes')

  return {
    get(id: number): Athlete | undefined {
      const row = byId.get(id)
      return row ? toAthlete(row) : undefined
    },
    create(a: CleanAthlete, now: string): Athlete {
      const info = insert.run({
        ...a,
        ownedWeightsKg: sortedWeights(a.ownedWeightsKg),
        timeZone: a.timeZone ?? computerTimeZone(),
        now
      })
      return toAthlete(byId.get(Number(info.lastInsertRowid))!)
    },
    update(id: number, a: CleanAthlete, now: string): Athlete | undefined {
      const info = update.run({
        ...a,
        ownedWeightsKg: sortedWeights(a.ownedWeightsKg),
        timeZone: a.timeZone ?? null,
        now,
        id
      })
      return info.changes ? toAthlete(byId.get(id)!) : undefined
    },
    setArchived(id: number, archivedAt: string | null, now: string): Athlete | undefined {
      const info = setArchived.run(archivedAt, now, id)
      return info.changes ? toAthlete(byId.get(id)!) : undefined
    },
    /** Deletes the athlete and (by cascade) their sessions; returns how many sessions went. */
    delete(id: number): number {
      return db.transaction(() => {
        const n = countSessions.get(id)!.n
        remove.run(id)
        return n
      })()
    },
    listWithStats(includeArchived: boolean, since7: string): AthleteWithStats[] {
      return withStats.all({ since7, includeArchived: includeArchived ? 1 : 0 }).map((r) => ({
        ...toAthlete(r),
        lastSessionDate: r.last_session_date,
        sessionCount: r.session_count,
        weightedRuns7d: r.weighted_runs_7d
      }))
    },
    count(): number {
      return count.get()!.n
    }
  }
}
export type AthleteRepo = ReturnType<typeof athleteRepo>
