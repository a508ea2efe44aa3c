// A new day's evaluation carried from yesterday's (advanceEvaluation) must be exactly what a fresh
// evaluation of the whole history gives, whenever no session or clearance came after yesterday.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/calendar'
import { advanceEvaluation, evaluateRulesWithStops, type RuleSession } from '../../../src/shared/rules'
import { athleteArb, clearancesArb, historyArb } from './arbitraries'

const lastDate = (sessions: RuleSession[]) => sessions.reduce((m, s) => (s.date > m ? s.date : m), sessions[0].date)

describe('carrying an evaluation to a later day', () => {
  it('equals a fresh evaluation at the later day, for any history, clearances, thresholds and gap', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb(60),
        clearancesArb,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 70 }),
        fc.constantFrom(undefined, { ld4InfoAcwr: 0.9 }, { ld4InfoAcwr: 1.1, ld4LinkDays: 14 }, { ld4AcuteDays: 5 }),
        (athlete, sessions, clearances, after, gap, config) => {
          const day = addDays(lastDate(sessions), after)
          const before = clearances.filter((c) => c.clearedOn <= day)
          const later = addDays(day, gap)
          const yesterday = evaluateRulesWithStops({ athlete, sessions, clearances: before, asOf: day, config })
          const carried = advanceEvaluation(yesterday, { athlete, asOf: later, config })
          const fresh = evaluateRulesWithStops({ athlete, sessions, clearances: before, asOf: later, config })
          expect(carried).toEqual(fresh)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('moves a stop in force to the new day and lets LD4 decay as the fresh evaluation does', () => {
    // Four light weeks, then a hard week ending in a painful run: a PN1 stop and a high ACWR.
    const sessions: RuleSession[] = []
    const base = '2026-09-07'
    for (let d = 0; d < 28; d += 2) sessions.push(run(`l${d}`, addDays(base, d), 30, 3, null))
    for (let d = 28; d < 35; d++) sessions.push(run(`h${d}`, addDays(base, d), 75, 7, d === 34 ? 7 : 1))
    const athlete = { level: 'intermediate' as const, bodyMassKg: 60 }
    const day = addDays(base, 34)
    const yesterday = evaluateRulesWithStops({ athlete, sessions, asOf: day })
    expect(yesterday.stops.map((s) => s.ruleId)).toContain('PN1')
    expect(yesterday.warnings.some((w) => w.ruleId === 'LD4')).toBe(true)
    for (const gap of [1, 3, 10, 40]) {
      const later = addDays(day, gap)
      const carried = advanceEvaluation(yesterday, { athlete, asOf: later })
      expect(carried).toEqual(evaluateRulesWithStops({ athlete, sessions, asOf: later }))
      const state = carried.warnings.find((w) => w.ruleId === 'PN1' && w.sessionId === null)
      expect(state?.date).toBe(later)
      expect(state?.values.daysSinceStop).toBe(gap)
    }
    // Forty days without load bring the ratio down: LD4 is gone.
    expect(
      advanceEvaluation(yesterday, { athlete, asOf: addDays(day, 40) }).warnings.some((w) => w.ruleId === 'LD4')
    ).toBe(false)
  })

  it('refuses to go back in time', () => {
    const sessions = [run('a', '2026-11-02', 30, 3, null)]
    const athlete = { level: 'novice' as const, bodyMassKg: 55 }
    const e = evaluateRulesWithStops({ athlete, sessions, asOf: '2026-11-10' })
    expect(() => advanceEvaluation(e, { athlete, asOf: '2026-11-09' })).toThrow(/no day before/)
    expect(advanceEvaluation(e, { athlete, asOf: '2026-11-10' })).toBe(e)
  })
})

function run(id: string, date: string, durationMin: number, rpe: number, pain: number | null): RuleSession {
  return {
    id,
    date,
    startTime: null,
    type: 'easy',
    durationMin,
    distanceKm: durationMin / 6,
    ankleWeightKg: 0,
    weightedMin: 0,
    rpe,
    pain,
    painNextMorning: null,
    formBreakdown: false
  }
}
