// Load metrics for the charts and for LD3/LD4.
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import {
  dailyLoads,
  ewmaAcwr,
  monotonyAndStrain,
  sessionLoad,
  weeklyAggregates,
  type LoadSession
} from '../../src/shared/load'

const s = (date: string, over: Partial<LoadSession> = {}): LoadSession => ({
  date,
  type: 'easy',
  durationMin: 45,
  distanceKm: 8,
  ankleWeightKg: 0,
  weightedMin: 0,
  rpe: 5,
  ...over
})

describe('session load', () => {
  it('is RPE x minutes, RPE 5 when not logged', () => {
    expect(sessionLoad({ rpe: 7, durationMin: 60 })).toBe(420)
    expect(sessionLoad({ rpe: null, durationMin: 45 })).toBe(225)
  })

  it('daily loads cover every calendar day, 0 when there is no session', () => {
    const loads = dailyLoads(
      [s('2024-01-01'), s('2024-01-01', { rpe: 3, durationMin: 20 }), s('2024-01-03')],
      '2023-12-31',
      '2024-01-03'
    )
    expect(loads).toEqual([
      { date: '2023-12-31', load: 0 },
      { date: '2024-01-01', load: 285 },
      { date: '2024-01-02', load: 0 },
      { date: '2024-01-03', load: 225 }
    ])
  })
})

describe('monotony and strain', () => {
  it('6 x 225 AU and a rest day: monotony 2.45', () => {
    const m = monotonyAndStrain([225, 225, 225, 225, 225, 225, 0])
    expect(m.monotony).toBe(2.45)
    expect(m.weeklyLoad).toBe(1350)
  })

  it('120/0/120/0/120/0/120 AU: monotony 1.15, strain 554', () => {
    const m = monotonyAndStrain([120, 0, 120, 0, 120, 0, 120])
    expect(m.monotony).toBe(1.15)
    expect(Math.round(m.strain as number)).toBe(554)
  })

  it('equal loads have no defined monotony', () => {
    expect(monotonyAndStrain([100, 100, 100, 100, 100, 100, 100]).monotony).toBeNull()
    expect(monotonyAndStrain([0, 0, 0, 0, 0, 0, 0])).toMatchObject({ monotony: null, weeklyLoad: 0 })
  })
})

describe('weekly aggregates', () => {
  const sessions = [
    s('2024-12-30', { type: 'hill_sprint', rpe: 8, durationMin: 40, distanceKm: 6 }), // Monday
    s('2025-01-01', { ankleWeightKg: 0.5, weightedMin: 10 }), // Wednesday
    s('2025-01-05', { type: 'cross', distanceKm: 20, durationMin: 60 }), // Sunday
    s('2025-01-20', { type: 'interval', distanceKm: 9, ankleWeightKg: 1.0, weightedMin: 5 }) // Monday, 3 weeks later
  ]

  it('Monday weeks: one row per week across the year boundary, empty weeks filled', () => {
    const weeks = weeklyAggregates(sessions)
    expect(weeks.map((w) => w.weekStart)).toEqual(['2024-12-30', '2025-01-06', '2025-01-13', '2025-01-20'])
    expect(weeks[0]).toMatchObject({
      runs: 2,
      weightedRuns: 1,
      unweightedRuns: 1,
      hillSprints: 1,
      intervals: 0,
      incline: 0,
      weightedMinutes: 10,
      exposureKgMin: 5,
      distanceKm: 14,
      load: 320 + 225 + 300
    })
    expect(weeks[1]).toMatchObject({ runs: 0, load: 0, distanceKm: 0, monotony: null, strain: null })
    expect(weeks[3]).toMatchObject({ runs: 1, intervals: 1, weightedRuns: 1, exposureKgMin: 5 })
  })

  it('Sunday weeks move the Sunday session into the next week', () => {
    const weeks = weeklyAggregates(sessions, { weekStartsOn: 0 })
    expect(weeks.map((w) => w.weekStart)).toEqual(['2024-12-29', '2025-01-05', '2025-01-12', '2025-01-19'])
    expect(weeks[0].load).toBe(320 + 225)
    expect(weeks[1].load).toBe(300)
  })

  it('from/to fix the range of weeks shown', () => {
    const weeks = weeklyAggregates(sessions, { from: '2024-12-16', to: '2025-01-12' })
    expect(weeks.map((w) => w.weekStart)).toEqual(['2024-12-16', '2024-12-23', '2024-12-30', '2025-01-06'])
    expect(weeks.reduce((sum, w) => sum + w.runs, 0)).toBe(2)
  })

  it('weekly monotony and strain over the 7 days of the week', () => {
    const week = [0, 2, 4, 6].map((d) => s(addDays('2024-01-01', d), { rpe: 3, durationMin: 40 }))
    const [row] = weeklyAggregates(week)
    expect(row.monotony).toBe(1.15)
    expect(Math.round(row.strain as number)).toBe(554)
  })
})

describe('EWMA ACWR', () => {
  it('seeds with the mean load of the first 7 days, so a steady load gives 1.0 from day one', () => {
    const steady = Array.from({ length: 40 }, (_, k) => s(addDays('2024-01-01', k)))
    const { points } = ewmaAcwr(steady)
    expect(points).toHaveLength(40)
    expect(points[0]).toMatchObject({ date: '2024-01-01', load: 225, acute: 225, chronic: 225, acwr: 1 })
    expect(points.at(-1)?.acwr).toBe(1)
  })

  it('updates every calendar day with lambda 2/(N+1), rest days included', () => {
    const { points } = ewmaAcwr([
      s('2024-01-01', { rpe: 10, durationMin: 70 }),
      s('2024-01-03', { rpe: 10, durationMin: 70 })
    ])
    // Seed = 1400 / 7 = 200; day 1: 0.25 x 700 + 0.75 x 200 = 325; day 2 (rest): 0.75 x 325 = 243.75.
    expect(points.map((p) => p.acute)).toEqual([325, 243.75, 357.81])
    const lc = 2 / 29
    expect(points[0].chronic).toBeCloseTo(lc * 700 + (1 - lc) * 200, 2)
  })

  it('is hidden until 27 days after the first session (under 28 days of data)', () => {
    const sessions = Array.from({ length: 30 }, (_, k) => s(addDays('2024-01-01', k)))
    const series = ewmaAcwr(sessions)
    expect(series.shownFrom).toBe('2024-01-28')
    expect(series.points.findIndex((p) => p.shown)).toBe(27)
    expect(series.points[26].shown).toBe(false)
  })

  it('stops at asOf and ignores later sessions', () => {
    const sessions = [s('2024-01-01'), s('2024-01-05'), s('2024-02-01', { rpe: 10, durationMin: 300 })]
    const series = ewmaAcwr(sessions, '2024-01-10')
    expect(series.points.at(-1)?.date).toBe('2024-01-10')
    expect(series.points.some((p) => p.load > 225)).toBe(false)
    expect(ewmaAcwr([]).points).toEqual([])
  })
})
