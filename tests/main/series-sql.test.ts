// The athlete dashboard's series come from SQL aggregates (src/main/db/series.ts). They must draw
// exactly what the old JavaScript bucketing drew (tests/helpers/seriesReference.ts) over a long,
// varied log: the bench's seeded generator writes three years for a few athletes (rest days, double
// days, cross-training without distance, sessions without RPE, pain episodes, weighted runs).
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import { sessionLoad } from '../../src/shared/load'
import { chartRanges, type ChartRange } from '../../src/shared/contract/dashboard'
import { createContext } from '../../src/main/context'
import { seriesRepo } from '../../src/main/db/series'
import { dispatch } from '../../src/main/dispatch'
import { athleteDashboard } from '../../src/main/series'
import { athleteWarnings, effectiveConfig } from '../../src/main/warnings'
import { generateSquad } from '../../scripts/bench/generate'
import { tempBackend } from '../helpers/tempdb'
import { referenceDashboard } from '../helpers/seriesReference'

const TODAY = '2026-11-25'

const seeded = (athletes: number) => {
  const { db, backend } = tempBackend(TODAY)
  generateSquad(db, { athletes, days: 3 * 365 + 1 }, TODAY, 7)
  const [y, m, d] = TODAY.split('-').map(Number)
  const ctx = createContext(db, { clock: { now: () => new Date(y, m - 1, d, 12, 0, 0) } })
  const ids = (db.prepare('SELECT id FROM athletes ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  return { db, backend, ctx, ids }
}

const both = (ctx: ReturnType<typeof createContext>, athleteId: number, range: ChartRange, maxPoints: number) => {
  const athlete = ctx.requireAthlete(athleteId)
  const warnings = athleteWarnings(ctx, athlete, TODAY).warnings
  const config = effectiveConfig(ctx, athleteId)
  const sessions = ctx.sessions.listByAthlete(athleteId, '0000-01-01', TODAY).reverse()
  return {
    sql: athleteDashboard({ series: seriesRepo(ctx.db), athlete, warnings, config, today: TODAY, range, maxPoints }),
    js: referenceDashboard({ athlete, sessions, warnings, config, today: TODAY, range })
  }
}

describe('chart series aggregated in SQL', () => {
  it('equal the old per-session JavaScript series for three seeded years, every range and week start', () => {
    const { ctx, ids } = seeded(3)
    for (const weekStartsOn of [1, 0, 3]) {
      ctx.db.prepare('UPDATE settings SET week_starts_on = ?').run(weekStartsOn)
      for (const id of ids)
        for (const range of chartRanges) {
          const { sql, js } = both(ctx, id, range, Infinity)
          const { pointsBefore, ...rest } = sql
          expect(rest).toEqual(js)
          expect(pointsBefore).toEqual({
            weekly: js.weekly.length,
            daily: js.daily.length,
            weights: js.weights.length,
            pain: js.pain.length
          })
        }
    }
  })

  it(
    'stay equal after sessions are edited, moved and deleted, and with a session from the year 100',
    { timeout: 60_000 },
    () => {
      const { ctx, ids } = seeded(1)
      const id = ids[0]
      const some = ctx.db.prepare('SELECT id FROM sessions WHERE athlete_id = ? ORDER BY id LIMIT 40').all(id) as {
        id: number
      }[]
      ctx.db.prepare(`DELETE FROM sessions WHERE id IN (${some.slice(0, 10).map((s) => s.id)})`).run()
      ctx.db
        .prepare(`UPDATE sessions SET rpe = NULL, ankle_weight_kg = 1.25, weighted_min = 7 WHERE id = ?`)
        .run(some[20].id)
      ctx.db.prepare(`UPDATE sessions SET type = 'cross', distance_km = 4 WHERE id = ?`).run(some[30].id)
      ctx.db
        .prepare(
          `INSERT INTO sessions (athlete_id, date, type, duration_min, distance_km, rpe, created_at, updated_at)
         VALUES (?, '0100-01-01', 'easy', 30, 5, 4, 'x', 'x'), (?, ?, 'easy', 30, 5, 4, 'x', 'x')`
        )
        .run(id, id, addDays(TODAY, 3)) // and one in the future, which no chart counts yet
      for (const range of ['4', '52'] as const) {
        const { sql, js } = both(ctx, id, range, Infinity)
        const { pointsBefore: _, ...rest } = sql
        expect(rest).toEqual(js)
      }
      // Range "all" from the year 100: 1,900 years of days; the call still answers, thinned, busiest day kept.
      const athlete = ctx.requireAthlete(id)
      const all = athleteDashboard({
        series: seriesRepo(ctx.db),
        athlete,
        warnings: athleteWarnings(ctx, athlete, TODAY).warnings,
        config: effectiveConfig(ctx, id),
        today: TODAY,
        range: 'all',
        maxPoints: 400
      })
      expect(all.from).toBe('0099-12-28') // the Monday of the week of 1 Jan 100
      expect(all.daily.length).toBeLessThanOrEqual(400)
      expect(all.weekly.length).toBeLessThanOrEqual(400)
      const perDay = new Map<string, number>()
      for (const s of ctx.sessions.listByAthlete(id, '0000-01-01', TODAY))
        perDay.set(s.date, (perDay.get(s.date) ?? 0) + sessionLoad(s))
      expect(Math.max(...all.daily.map((d) => d.load))).toBe(Math.max(...perDay.values()))
    }
  )

  it('through the channel: range "all" of three years is thinned to the chart, every kept point real and every peak kept', async () => {
    const { backend, ids } = seeded(1)
    const { ctx } = seeded(1) // the same seed and squad, for the reference
    const r = (await dispatch(
      backend,
      'getAthleteDashboard',
      { athleteId: ids[0], range: 'all' },
      () => undefined
    )) as {
      ok: true
      value: ReturnType<typeof athleteDashboard>
    }
    expect(r.ok).toBe(true)
    const d = r.value
    const { js } = both(ctx, ids[0], 'all', Infinity)
    expect(js.daily.length).toBeGreaterThan(1000)
    expect(d.pointsBefore.daily).toBe(js.daily.length)
    expect(d.daily.length).toBeLessThanOrEqual(400)
    // Every point sent is a real day with its real numbers, in order.
    const byDate = new Map(js.daily.map((p) => [p.date, p]))
    for (const p of d.daily) expect(p).toEqual(byDate.get(p.date))
    expect(d.daily.map((p) => p.date)).toEqual([...d.daily.map((p) => p.date)].sort())
    // The busiest day and the highest and lowest ACWR of the three years are drawn.
    const loads = js.daily.map((p) => p.load)
    const ratios = js.daily.flatMap((p) => (p.acwr === null ? [] : [p.acwr]))
    expect(Math.max(...d.daily.map((p) => p.load))).toBe(Math.max(...loads))
    const sentRatios = d.daily.flatMap((p) => (p.acwr === null ? [] : [p.acwr]))
    expect(Math.max(...sentRatios)).toBe(Math.max(...ratios))
    expect(Math.min(...sentRatios)).toBe(Math.min(...ratios))
    // Weeks and weighted sessions of three years fit a chart: sent whole.
    expect(d.weekly).toEqual(js.weekly)
    expect(d.facts).toEqual(js.facts)
  })
})
