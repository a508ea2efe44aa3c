// The squad view's athlete list: the athlete rows only. The per-athlete numbers come from the
// evaluation cache (src/main/warnings.ts), so this list must not join every session of the squad.
import type { Athlete } from '../../shared/domain'
import { computerTimeZone } from './athletes'
import type { Db } from './open'

interface Row {
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

export const squadRepo = (db: Db) => {
  const list = db.prepare<{ includeArchived: number }, Row>(
    `SELECT * FROM athletes WHERE @includeArchived = 1 OR archived_at IS NULL
      ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id`
  )
  return {
    athletes(includeArchived: boolean): Athlete[] {
      return list.all({ includeArchived: includeArchived ? 1 : 0 }).map((r) => ({
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
      }))
    }
  }
}
