// LD1 single-run spike and LD2 weekly distance boundaries.
import { describe, expect, it } from 'vitest'
import { evaluateRules, type RuleSession } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, onSession, worst } from './helpers'

const a = athlete('intermediate', 70)
const run = (km: number | null, min = 60): Partial<RuleSession> => ({ distanceKm: km, durationMin: min })

/** Three 10 km runs (days 0, 2, 4), then the case run on day 6. */
function spike(caseRun: Partial<RuleSession>, earlier: Partial<RuleSession>[] = [run(10), run(10), run(10)]) {
  const { list, add } = makeSessions()
  earlier.forEach((e, k) => add(day(2 * k), e))
  const s = add(day(2 * earlier.length), caseRun)
  return onSession(evaluateRules({ athlete: a, sessions: list }), s.id)
}

describe('LD1 single-run spike', () => {
  it('+10% exactly is fine, +10.1% a caution', () => {
    expectNoRule(spike(run(11)), 'LD1')
    expect(ofRule(spike(run(11.01)), 'LD1').map((w) => [w.severity, w.values.increasePercent])).toEqual([
      ['caution', 10.1]
    ])
  })

  it('+30% is an ordinary caution, +30.1% a caution with the higher-risk text', () => {
    const at30 = ofRule(spike(run(13)), 'LD1')
    expect(at30.map((w) => w.severity)).toEqual(['caution'])
    expect(at30[0].message).not.toMatch(/higher-risk/)
    const past30 = ofRule(spike(run(13.01)), 'LD1')
    expect(past30.map((w) => w.severity)).toEqual(['caution'])
    expect(past30[0].message).toMatch(/higher-risk/)
  })

  it('+100% is a caution, +100.1% a stop', () => {
    expect(worst(spike(run(20)), 'LD1')).toBe('caution')
    expect(worst(spike(run(20.01)), 'LD1')).toBe('stop')
  })

  it('is skipped with fewer than 3 earlier runs in the window', () => {
    expectNoRule(spike(run(30), [run(10), run(10)]), 'LD1')
  })

  it('compares by duration when an earlier run has no distance', () => {
    // 66 min vs the 60-min longest is +10% (fine); 67 min is +11.67% (caution), whatever the distance says.
    expectNoRule(spike(run(30, 66), [run(10), run(null), run(10)]), 'LD1')
    expect(
      ofRule(spike(run(10, 67), [run(10), run(null), run(10)]), 'LD1').map((w) => w.values.increasePercent)
    ).toEqual([11.67])
  })

  it('looks back 30 days only', () => {
    // A 20 km run on day 0, three 10 km runs later, then a 15 km run on day 29 or day 30.
    const caseOn = (caseDay: number) => {
      const { list, add } = makeSessions()
      add(day(0), run(20))
      for (const d of [10, 12, 14]) add(day(d), run(10))
      const s = add(day(caseDay), run(15))
      return onSession(evaluateRules({ athlete: a, sessions: list }), s.id)
    }
    expectNoRule(caseOn(29), 'LD1') // the 20 km run is 29 days back: still inside
    expect(worst(caseOn(30), 'LD1')).toBe('caution') // 30 days back: outside, so +50% on 10 km
  })

  it('cross-training is not a run', () => {
    expectNoRule(spike({ type: 'cross', distanceKm: 40, durationMin: 120 }), 'LD1')
  })
})

describe('LD2 weekly distance', () => {
  /** Last week (days 0, 2) 10 + 10 km; this week Monday 10 km, then the given runs. */
  function weeks(thisWeek: number[]) {
    const { list, add } = makeSessions()
    add(day(0), run(10))
    add(day(2), run(10))
    add(day(7), run(10))
    const later = thisWeek.map((km, k) => add(day(9 + k), run(km)))
    return { all: evaluateRules({ athlete: a, sessions: list, config: { ld1MinEarlierRuns: 99 } }), later }
  }

  it('+10% on last week is fine, just past it a note', () => {
    expectNoRule(weeks([12]).all, 'LD2')
    const { all } = weeks([12.01])
    expect(ofRule(all, 'LD2').map((w) => [w.severity, w.values.weekDistanceKm, w.values.increasePercent])).toEqual([
      ['info', 22.01, 10.05]
    ])
  })

  it('+30% is still a note, just past it a caution', () => {
    expect(worst(weeks([16]).all, 'LD2')).toBe('info')
    expect(worst(weeks([16.01]).all, 'LD2')).toBe('caution')
  })

  it('attaches to the session that first takes the week past each threshold, once', () => {
    const { all, later } = weeks([2.5, 10, 5, 3])
    expect(ofRule(all, 'LD2').map((w) => [w.sessionId, w.severity])).toEqual([
      [later[1].id, 'info'], // 10 + 2.5 + 10 = 22.5 km: +12.5%
      [later[2].id, 'caution'] // 27.5 km: +37.5%; the 3 km run after it adds nothing
    ])
  })

  it('is skipped when last week had no distance', () => {
    const { list, add } = makeSessions()
    add(day(0), run(10))
    add(day(14), run(30))
    expectNoRule(evaluateRules({ athlete: a, sessions: list }), 'LD2')
  })
})
