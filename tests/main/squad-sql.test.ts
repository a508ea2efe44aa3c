// The squad rows' session numbers come from a few squad-wide SQL queries (db/squad.ts) instead of
// each row reading its window's sessions. They must be what the old per-session JavaScript counted
// (tests/helpers/squadReference.ts) over the bench's seeded three-year log, for every week start and
// on several days, and after edits that hit the edges: weighted cross-training, pain logged only the
// next morning, two weighted sessions on one day, a session in the future and one from the year 100.
import { describe, expect, it } from 'vitest'
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { squadRepo } from '../../src/main/db/squad'
import { sessionRepo } from '../../src/main/db/sessions'
import { round } from '../../src/shared/units'
import { generateSquad } from '../../scripts/bench/generate'
import { openTemp } from '../helpers/tempdb'
import { referenceSquadSums } from '../helpers/squadReference'

const TODAY = '2026-11-25'

const sqlSums = (squad: ReturnType<typeof squadRepo>, ids: number[], today: string, weekStartsOn: number) => {
  const thisWeek = weekStartOf(today, weekStartsOn)
  const weekStarts = Array.from({ length: 12 }, (_, i) => addDays(thisWeek, -7 * (11 - i)))
  const sums = squad.sums(ids, {
    today,
    from: weekStarts[0],
    since7: addDays(today, -6),
    since28: addDays(today, -27),
    weekStart: thisWeek,
    weekStartsOn
  })
  return { weekStarts, sums }
}

describe('squad row numbers summed in SQL', () => {
  it('equal the old per-session counts over three seeded years, every week start, several days, and edge edits', () => {
    const db = openTemp()
    generateSquad(db, { athletes: 4, days: 3 * 365 + 1 }, TODAY, 11)
    const ids = (db.prepare('SELECT id FROM athletes ORDER BY id').all() as { id: number }[]).map((r) => r.id)
    const [a, b, c] = ids
    const recent = (id: number) =>
      db
        .prepare('SELECT id FROM sessions WHERE athlete_id = ? AND date >= ? ORDER BY id')
        .all(id, addDays(TODAY, -5)) as {
        id: number
      }[]
    // Weighted cross-training: counts for weighted minutes, not as a weighted run.
    db.prepare(`UPDATE sessions SET type = 'cross', ankle_weight_kg = 1.5, weighted_min = 12.25 WHERE id = ?`).run(
      recent(a)[0].id
    )
    // Pain logged only the next morning, and a higher one than any pain during.
    db.prepare('UPDATE sessions SET pain = NULL, pain_next_morning = 9 WHERE id = ?').run(recent(b)[0].id)
    // Two weighted sessions today: the later start time is the current weight; then one with no time.
    const insert = db.prepare(
      `INSERT INTO sessions (athlete_id, date, start_time, type, duration_min, distance_km, ankle_weight_kg, weighted_min, rpe, created_at, updated_at)
       VALUES (?, ?, ?, 'easy', 30, 5, ?, 20, 4, 'x', 'x')`
    )
    insert.run(c, TODAY, '18:30', 2.75)
    insert.run(c, TODAY, '06:00', 0.5)
    insert.run(c, TODAY, null, 1.0)
    insert.run(c, addDays(TODAY, 2), '07:00', 4.5) // the future: nothing counts it yet
    insert.run(a, '0100-01-01', null, 3.0)
    const squad = squadRepo(db)
    const sessions = sessionRepo(db)
    const all = new Map(ids.map((id) => [id, sessions.listByAthlete(id)]))
    let compared = 0
    for (const weekStartsOn of [1, 0, 3])
      for (const today of [TODAY, addDays(TODAY, -1), addDays(TODAY, -200), '2023-11-26']) {
        const { weekStarts, sums } = sqlSums(squad, ids, today, weekStartsOn)
        for (const id of ids) {
          const s = sums.get(id)!
          const expected = referenceSquadSums(all.get(id)!, today, weekStarts, weekStartsOn)
          expect({
            ...s,
            weightedMinutesThisWeek: round(s.weightedMinutesThisWeek, 2),
            weeklyWeightedRuns: undefined,
            weeks: weekStarts.map((ws) => s.weeklyWeightedRuns.get(ws) ?? 0)
          }).toEqual({ ...expected, weeklyWeightedRuns: undefined })
          compared++
        }
      }
    expect(compared).toBe(4 * 3 * 4)
    // The edits are seen: c's current weight is the 18:30 session's, a's weighted cross-training is in.
    expect(sqlSums(squad, [c], TODAY, 1).sums.get(c)!.ankleWeightKg).toBe(2.75)
    expect(sqlSums(squad, [b], TODAY, 1).sums.get(b)!.maxPain7d).toBe(9)
  })

  it('read only the athletes asked for', () => {
    const db = openTemp()
    generateSquad(db, { athletes: 3, days: 60 }, TODAY, 5)
    const ids = (db.prepare('SELECT id FROM athletes ORDER BY id').all() as { id: number }[]).map((r) => r.id)
    const { sums } = sqlSums(squadRepo(db), [ids[1]], TODAY, 1)
    expect([...sums.keys()]).toEqual([ids[1]])
  })
})
