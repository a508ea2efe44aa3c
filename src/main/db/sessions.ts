// The sessions table. Storage is metric; dates are the athlete's local calendar day.
import type { Session } from '../../shared/domain'
import type { RuleSession } from '../../shared/rules'
import type { Db } from './open'

interface SessionRow {
  id: number
  athlete_id: number
  date: string
  start_time: string | null
  type: Session['type']
  duration_min: number
  distance_km: number | null
  ankle_weight_kg: number
  weighted_min: number
  rpe: number | null
  pain: number | null
  pain_next_morning: number | null
  pain_location: string
  form_breakdown: number
  notes: string
  source: Session['source']
  external_id: string | null
  created_at: string
  updated_at: string
}

export type CleanSession = Omit<Session, 'id' | 'createdAt' | 'updatedAt'>

export const toSession = (r: SessionRow): Session => ({
  id: r.id,
  athleteId: r.athlete_id,
  date: r.date,
  startTime: r.start_time,
  type: r.type,
  durationMin: r.duration_min,
  distanceKm: r.distance_km,
  ankleWeightKg: r.ankle_weight_kg,
  weightedMin: r.weighted_min,
  rpe: r.rpe,
  pain: r.pain,
  painNextMorning: r.pain_next_morning,
  painLocation: r.pain_location,
  formBreakdown: r.form_breakdown === 1,
  notes: r.notes,
  source: r.source,
  externalId: r.external_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

const toParams = (s: CleanSession) => ({ ...s, formBreakdown: s.formBreakdown ? 1 : 0 })

export const sessionRepo = (db: Db) => {
  const byId = db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE id = ?')
  // Newest first: the order a coach reads a log in.
  const byAthlete = db.prepare<{ athleteId: number; from: string; to: string }, SessionRow>(
    `SELECT * FROM sessions WHERE athlete_id = @athleteId AND date >= @from AND date <= @to
      ORDER BY date DESC, start_time IS NULL, start_time DESC, id DESC`
  )
  // What the rules read of each session, and no more (notes, sources and times of creation stay unread).
  const forRules = db.prepare<
    { athleteId: number; from: string; to: string },
    Omit<RuleSession, 'formBreakdown'> & { formBreakdown: number }
  >(
    `SELECT CAST(id AS TEXT) AS id, date, start_time AS startTime, type, duration_min AS durationMin,
        distance_km AS distanceKm, ankle_weight_kg AS ankleWeightKg, weighted_min AS weightedMin, rpe, pain,
        pain_next_morning AS painNextMorning, form_breakdown AS formBreakdown
      FROM sessions WHERE athlete_id = @athleteId AND date >= @from AND date <= @to`
  )
  const insert = db.prepare(
    `INSERT INTO sessions (athlete_id, date, start_time, type, duration_min, distance_km, ankle_weight_kg, weighted_min,
        rpe, pain, pain_next_morning, pain_location, form_breakdown, notes, source, external_id, created_at, updated_at)
     VALUES (@athleteId, @date, @startTime, @type, @durationMin, @distanceKm, @ankleWeightKg, @weightedMin,
        @rpe, @pain, @painNextMorning, @painLocation, @formBreakdown, @notes, @source, @externalId, @now, @now)`
  )
  const update = db.prepare(
    `UPDATE sessions SET athlete_id = @athleteId, date = @date, start_time = @startTime, type = @type,
        duration_min = @durationMin, distance_km = @distanceKm, ankle_weight_kg = @ankleWeightKg,
        weighted_min = @weightedMin, rpe = @rpe, pain = @pain, pain_next_morning = @painNextMorning,
        pain_location = @painLocation, form_breakdown = @formBreakdown, notes = @notes, source = @source,
        external_id = @externalId, updated_at = @now
      WHERE id = @id`
  )
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?')
  const between = db.prepare<[number, string, string], { n: number }>(
    'SELECT count(*) AS n FROM sessions WHERE athlete_id = ? AND date > ? AND date <= ?'
  )
  const refsByAthlete = db.prepare<{ athleteId: number; to: string }, Pick<Session, 'id' | 'date' | 'source'>>(
    'SELECT id, date, source FROM sessions WHERE athlete_id = @athleteId AND date <= @to'
  )

  return {
    get(id: number): Session | undefined {
      const row = byId.get(id)
      return row ? toSession(row) : undefined
    },
    listByAthlete(athleteId: number, from = '0000-01-01', to = '9999-12-31'): Session[] {
      return byAthlete.all({ athleteId, from, to }).map(toSession)
    },
    /** The athlete's sessions from `from` to `to` as the rules read them, in no particular order. */
    ruleSessions(athleteId: number, from = '0000-01-01', to = '9999-12-31'): RuleSession[] {
      return forRules.all({ athleteId, from, to }).map((r) => ({ ...r, formBreakdown: r.formBreakdown === 1 }))
    },
    /** How many of the athlete's sessions are dated after `after`, up to `upTo`. */
    countBetween(athleteId: number, after: string, upTo: string): number {
      return between.get(athleteId, after, upTo)!.n
    },
    /** Id, day and source of each session up to `to`: what a warning's wording looks up, without the rest. */
    refsByAthlete(athleteId: number, to = '9999-12-31'): Pick<Session, 'id' | 'date' | 'source'>[] {
      return refsByAthlete.all({ athleteId, to })
    },
    create(s: CleanSession, now: string): Session {
      const info = insert.run({ ...toParams(s), now })
      return toSession(byId.get(Number(info.lastInsertRowid))!)
    },
    createMany(rows: CleanSession[], now: string): number {
      // All or nothing: one transaction for the whole batch.
      return db.transaction(() => {
        for (const s of rows) insert.run({ ...toParams(s), now })
        return rows.length
      })()
    },
    update(id: number, s: CleanSession, now: string): Session | undefined {
      const info = update.run({ ...toParams(s), now, id })
      return info.changes ? toSession(byId.get(id)!) : undefined
    },
    delete(id: number): boolean {
      return remove.run(id).changes > 0
    }
  }
}
export type SessionRepo = ReturnType<typeof sessionRepo>
