// PN1 pain during, PN2 pain not settling.
import { describe, expect, it } from 'vitest'
import { evaluateRules, type RuleSession } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, onSession, worst } from './helpers'

const a = athlete('intermediate', 70)
const last = (list: RuleSession[]) => onSession(evaluateRules({ athlete: a, sessions: list }), list[list.length - 1].id)
const one = (over: Partial<RuleSession>) => {
  const { list, add } = makeSessions()
  add(day(0), over)
  return last(list)
}

describe('PN1 pain during', () => {
  it('pain 2 is fine, 3 a caution', () => {
    expectNoRule(one({ pain: 2 }), 'PN1')
    expect(ofRule(one({ pain: 3 }), 'PN1').map((w) => [w.severity, w.values.pain])).toEqual([['caution', 3]])
  })
  it('pain 5 is a caution, 6 a stop', () => {
    expect(worst(one({ pain: 5 }), 'PN1')).toBe('caution')
    expect(worst(one({ pain: 6 }), 'PN1')).toBe('stop')
  })
  it('applies to unweighted sessions and cross-training too', () => {
    expect(worst(one({ pain: 6, type: 'cross' }), 'PN1')).toBe('stop')
  })
})

describe('PN2 pain not settling', () => {
  it('next-morning pain above 2 and not lower than pain during is a stop', () => {
    expect(worst(one({ pain: 3, painNextMorning: 3 }), 'PN2')).toBe('stop')
    expect(worst(one({ pain: 1, painNextMorning: 3 }), 'PN2')).toBe('stop')
    expect(worst(one({ pain: null, painNextMorning: 3 }), 'PN2')).toBe('stop')
  })
  it('next-morning pain of 2, or lower than pain during, is not', () => {
    expectNoRule(one({ pain: 2, painNextMorning: 2 }), 'PN2')
    expectNoRule(one({ pain: 4, painNextMorning: 3 }), 'PN2')
  })

  const carried = (gap: number, previous: Partial<RuleSession>, pain: number) => {
    const { list, add } = makeSessions()
    add(day(0), previous)
    add(day(gap), { pain })
    return last(list)
  }
  it('pain above 2 carried into a session at most 2 days later is a stop', () => {
    expect(ofRule(carried(2, { pain: 3 }, 3), 'PN2').map((w) => [w.severity, w.values.previousPain, w.values.pain])).toEqual([['stop', 3, 3]])
  })
  it('but not 3 days later, not when the pain dropped, and not when next-morning pain was logged', () => {
    expectNoRule(carried(3, { pain: 3 }, 3), 'PN2')
    expectNoRule(carried(2, { pain: 3 }, 2), 'PN2')
    expectNoRule(carried(1, { pain: 3, painNextMorning: 1 }, 3), 'PN2')
    expectNoRule(carried(1, { pain: 2 }, 2), 'PN2')
  })

  /** Pain-1 sessions on days 0, 2, 4; then sessions with the given pains (next-morning 0) from day 7. */
  function rising(later: [number, number][]) {
    const { list, add } = makeSessions()
    for (const d of [0, 2, 4]) add(day(d), { pain: 1, painNextMorning: 0 })
    for (const [d, pain] of later) add(day(d), { pain, painNextMorning: 0 })
    return ofRule(evaluateRules({ athlete: a, sessions: list }), 'PN2')
  }
  it('a 7-day mean above 2 and above the 7 days before is a caution', () => {
    // Day 9: days 3-9 hold pains 1, 3, 3 (mean 2.33); days -4..2 hold 1, 1 (mean 1).
    expect(rising([[7, 3], [9, 3]]).map((w) => [w.date, w.severity, w.values.meanPain, w.values.previousMeanPain])).toEqual([[day(9), 'caution', 2.33, 1]])
  })
  it('a 7-day mean of exactly 2 is not', () => {
    expect(rising([[7, 2], [9, 3]])).toEqual([])
  })
  it('at most once a calendar week', () => {
    const ws = rising([[7, 3], [9, 3], [11, 4], [14, 4]])
    expect(ws.map((w) => w.date)).toEqual([day(9), day(14)])
  })
  it('needs a session with pain logged in both windows', () => {
    const { list, add } = makeSessions()
    add(day(0))
    add(day(7), { pain: 4, painNextMorning: 0 })
    expect(ofRule(evaluateRules({ athlete: a, sessions: list }), 'PN2')).toEqual([])
  })
})
