// Threshold overrides: one row per (scope, key); scope NULL is coach-wide.
import type { RuleId } from '../../shared/rules'
import type { Db } from './open'

export interface Clearance {
  id: number
  athleteId: number
  ruleId: RuleId
  clearedOn: string
  clearedBy: string
  reason: string
  createdAt: string
}

interface ClearanceRow {
  id: number
  athlete_id: number
  rule_id: RuleId
  cleared_on: string
  cleared_by: string
  reason: string
  created_at: string
}

export const toClearance = (r: ClearanceRow): Clearance => ({
  id: r.id,
  athleteId: r.athlete_id,
  ruleId: r.rule_id,
  clearedOn: r.cleared_on,
  clearedBy: r.cleared_by,
  reason: r.reason,
  createdAt: r.created_at
})

export const rulesConfigRepo = (db: Db) => {
  const read = db.prepare<[number], { key: string; value: number }>(
    'SELECT key, value FROM rules_config WHERE coalesce(athlete_id, 0) = ?'
  )
  const upsert = db.prepare(
    `INSERT INTO rules_config (athlete_id, key, value, updated_at) VALUES (@athleteId, @key, @value, @now)
     ON CONFLICT (coalesce(athlete_id, 0), key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
  )
  const removeKey = db.prepare('DELETE FROM rules_config WHERE coalesce(athlete_id, 0) = ? AND key = ?')
  const removeAll = db.prepare('DELETE FROM rules_config WHERE coalesce(athlete_id, 0) = ?')
  const clearancesOf = db.prepare<[number], ClearanceRow>(
    'SELECT * FROM stop_clearances WHERE athlete_id = ? ORDER BY cleared_on, id'
  )
  const insertClearance = db.prepare(
    `INSERT INTO stop_clearances (athlete_id, rule_id, cleared_on, cleared_by, reason, created_at)
     VALUES (@athleteId, @ruleId, @clearedOn, @clearedBy, @reason, @now)`
  )
  const clearanceById = db.prepare<[number], ClearanceRow>('SELECT * FROM stop_clearances WHERE id = ?')

  const scope = (athleteId: number | null) => athleteId ?? 0
  const addClearance = (c: Omit<Clearance, 'id' | 'createdAt'>, now: string): Clearance => {
    const info = insertClearance.run({ ...c, now })
    return toClearance(clearanceById.get(Number(info.lastInsertRowid))!)
  }

  return {
    /** Overrides of one scope (null = coach-wide). */
    overrides(athleteId: number | null): Record<string, number> {
      return Object.fromEntries(read.all(scope(athleteId)).map((r) => [r.key, r.value]))
    },
    /** Set or remove (null) several overrides at once: all or nothing. */
    update(athleteId: number | null, values: Record<string, number | null>, now: string): void {
      db.transaction(() => {
        for (const [key, value] of Object.entries(values)) {
          if (value === null) removeKey.run(scope(athleteId), key)
          else upsert.run({ athleteId, key, value, now })
        }
      })()
    },
    reset(athleteId: number | null): void {
      removeAll.run(scope(athleteId))
    },
    clearances(athleteId: number): Clearance[] {
      return clearancesOf.all(athleteId).map(toClearance)
    },
    addClearance,
    /** Several clearances reviewed together: all or none. */
    addClearances(list: Omit<Clearance, 'id' | 'createdAt'>[], now: string): Clearance[] {
      return db.transaction(() => list.map((c) => addClearance(c, now)))()
    }
  }
}
export type RulesConfigRepo = ReturnType<typeof rulesConfigRepo>
