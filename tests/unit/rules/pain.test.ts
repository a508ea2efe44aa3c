// PN1 pain during, PN2 pain not settling, PN3 hard while in pain.
import { describe, expect, it } from 'vitest'
import { formatDay } from '../../../src/shared/dayFormat'
import { evaluateRules, type Clearance, type RuleSession } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, onSession, shown, weights, worst } from './helpers'

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
  // RULES.md v2: next-morning pain above 2 is "not settled" whatever the pain during was (v1 also asked
  // that it be no lower than the pain during, so 4 during and 3 next morning used to pass).
  it('next-morning pain above 2 is a stop, whatever the pain during (logged or not)', () => {
    expect(worst(one({ pain: 3, painNextMorning: 3 }), 'PN2')).toBe('stop')
    expect(worst(one({ pain: 1, painNextMorning: 3 }), 'PN2')).toBe('stop')
    expect(worst(one({ pain: null, painNextMorning: 3 }), 'PN2')).toBe('stop')
    expect(
      ofRule(one({ pain: 4, painNextMorning: 3 }), 'PN2').map((w) => [
        w.severity,
        w.values.painNextMorning,
        w.values.pain
      ])
    ).toEqual([['stop', 3, 4]])
    expect(worst(one({ pain: 8, painNextMorning: 3 }), 'PN2')).toBe('stop')
  })
  it('next-morning pain of exactly 2 is settled, even after pain during above 2', () => {
    expectNoRule(one({ pain: 2, painNextMorning: 2 }), 'PN2')
    expectNoRule(one({ pain: 5, painNextMorning: 2 }), 'PN2')
    expectNoRule(one({ pain: null, painNextMorning: 2 }), 'PN2')
  })
  it('a session with no pain logged at all gets neither PN1 nor PN2', () => {
    const ws = one({ pain: null, painNextMorning: null })
    expectNoRule(ws, 'PN1')
    expectNoRule(ws, 'PN2')
  })

  const carried = (gap: number, previous: Partial<RuleSession>, pain: number) => {
    const { list, add } = makeSessions()
    add(day(0), previous)
    add(day(gap), { pain })
    return last(list)
  }
  it('pain above 2 carried into a session at most 2 days later is a stop', () => {
    expect(
      ofRule(carried(2, { pain: 3 }, 3), 'PN2').map((w) => [w.severity, w.values.previousPain, w.values.pain])
    ).toEqual([['stop', 3, 3]])
  })
  it('but not 3 days later, not when the pain dropped, and not when next-morning pain was logged', () => {
    expectNoRule(carried(3, { pain: 3 }, 3), 'PN2')
    expectNoRule(carried(2, { pain: 3 }, 2), 'PN2')
    expectNoRule(carried(1, { pain: 3, painNextMorning: 1 }, 3), 'PN2')
    expectNoRule(carried(1, { pain: 2 }, 2), 'PN2')
  })
  it('the same day counts (gap 0), and a higher pain now is a stop too', () => {
    expect(worst(carried(0, { pain: 3, startTime: '07:00' }, 3), 'PN2')).toBe('stop')
    expect(worst(carried(1, { pain: 3 }, 5), 'PN2')).toBe('stop')
  })
  it('needs pain logged in both sessions: a not-logged pain is never read as 0 or as "the same"', () => {
    expectNoRule(carried(1, { pain: null }, 3), 'PN2')
    const { list, add } = makeSessions()
    add(day(0), { pain: 4 })
    add(day(1), { pain: null })
    expectNoRule(last(list), 'PN2')
  })
  it('compares only with the session just before, not one further back', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 4 })
    add(day(1), { pain: 1 })
    add(day(2), { pain: 4 })
    expectNoRule(last(list), 'PN2')
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
    expect(
      rising([
        [7, 3],
        [9, 3]
      ]).map((w) => [w.date, w.severity, w.values.meanPain, w.values.previousMeanPain])
    ).toEqual([[day(9), 'caution', 2.33, 1]])
  })
  it('a 7-day mean of exactly 2 is not', () => {
    expect(
      rising([
        [7, 2],
        [9, 3]
      ])
    ).toEqual([])
  })
  it('at most once a calendar week', () => {
    const ws = rising([
      [7, 3],
      [9, 3],
      [11, 4],
      [14, 4]
    ])
    expect(ws.map((w) => w.date)).toEqual([day(9), day(14)])
  })
  it('a mean above 2 that only equals the 7 days before is not rising', () => {
    const { list, add } = makeSessions()
    for (const d of [0, 2, 7, 9]) add(day(d), { pain: 3, painNextMorning: 0 })
    expect(
      ofRule(evaluateRules({ athlete: a, sessions: list }), 'PN2').filter((w) => w.severity === 'caution')
    ).toEqual([])
  })
  it('only on a session with pain during logged', () => {
    // Days 8 and 15 have pain logged and a rising mean; day 14 (a new week) has none logged, so it is skipped.
    const { list, add } = makeSessions()
    for (const d of [0, 2, 4]) add(day(d), { pain: 1, painNextMorning: 0 })
    add(day(7), { pain: 4, painNextMorning: 0 })
    add(day(8), { pain: 4, painNextMorning: 0 })
    add(day(14), { pain: null, painNextMorning: 0 })
    add(day(15), { pain: 3, painNextMorning: 0 })
    const ws = ofRule(evaluateRules({ athlete: a, sessions: list }), 'PN2')
    expect(ws.map((w) => [w.date, w.severity, w.values.meanPain, w.values.previousMeanPain])).toEqual([
      [day(8), 'caution', 2.5, 1],
      [day(15), 'caution', 3, 2.5]
    ])
  })
  it('needs a session with pain logged in both windows', () => {
    const { list, add } = makeSessions()
    add(day(0))
    add(day(7), { pain: 4, painNextMorning: 0 })
    expect(ofRule(evaluateRules({ athlete: a, sessions: list }), 'PN2')).toEqual([])
  })
})

describe('PN3 hard while in pain', () => {
  /** A PN1 stop (pain 6) on day 0, then the given sessions every other day; warnings of the last one. */
  function afterPainStop(later: Partial<RuleSession>[], clearances: Clearance[] = []) {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6 })
    later.forEach((over, k) => add(day(2 + 2 * k), over))
    const all = evaluateRules({ athlete: a, sessions: list, clearances })
    return { all, mine: onSession(all, list[list.length - 1].id), list }
  }

  it('a hard session (by type) during a PN1 stop is a caution naming the stop', () => {
    for (const type of ['interval', 'hill_sprint', 'tempo', 'race'] as const) {
      const pn3 = ofRule(afterPainStop([{ type, pain: 1 }]).mine, 'PN3')
      expect(pn3.map((w) => [w.severity, w.values.stopsInForce])).toEqual([['caution', 1]])
      expect(shown(pn3[0]).message).toContain(`PN1 from ${formatDay(day(0))}`)
      expect(pn3[0].suggestion).toMatch(/easy run or cross-training/)
      expect(pn3[0].why).toMatch(/Basis: C .*Silbernagel 2007/)
    }
  })

  it('RPE 7 makes an easy run hard; RPE 6 or no RPE logged does not', () => {
    expect(worst(afterPainStop([{ rpe: 7 }]).mine, 'PN3')).toBe('caution')
    expectNoRule(afterPainStop([{ rpe: 6 }]).mine, 'PN3')
    expectNoRule(afterPainStop([{ rpe: null }]).mine, 'PN3')
    expectNoRule(afterPainStop([{ type: 'long', rpe: null }]).mine, 'PN3')
  })

  it('once per session, even with a PN1 and a PN2 stop in force', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6, painNextMorning: 4 }) // PN1 stop and PN2 stop
    const hard = add(day(2), { type: 'interval', rpe: 8 })
    const pn3 = ofRule(onSession(evaluateRules({ athlete: a, sessions: list }), hard.id), 'PN3')
    expect(pn3.map((w) => [w.severity, w.values.stopsInForce])).toEqual([['caution', 2]])
  })

  it("not from the session's own stop", () => {
    const { list, add } = makeSessions()
    const s = add(day(0), { type: 'interval', rpe: 8, pain: 7 })
    const mine = onSession(evaluateRules({ athlete: a, sessions: list }), s.id)
    expect(worst(mine, 'PN1')).toBe('stop')
    expectNoRule(mine, 'PN3')
  })

  it('but from an earlier session on the same day', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6, startTime: '07:00' })
    const s = add(day(0), { type: 'interval', startTime: '18:00' })
    expect(worst(onSession(evaluateRules({ athlete: a, sessions: list }), s.id), 'PN3')).toBe('caution')
  })

  it('a PN1 caution or a stop of another rule is not a pain stop', () => {
    const caution = makeSessions()
    caution.add(day(0), { pain: 4 }) // PN1 caution
    const afterCaution = caution.add(day(2), { type: 'interval' })
    expectNoRule(onSession(evaluateRules({ athlete: a, sessions: caution.list }), afterCaution.id), 'PN3')
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10)) // AW2 stop
    const s = add(day(2), { type: 'interval' })
    expectNoRule(onSession(evaluateRules({ athlete: a, sessions: list }), s.id), 'PN3')
  })

  it('ends when the pain stop ends: the second settled session is still inside it, the next is not', () => {
    expect(worst(afterPainStop([{ pain: 1 }, { type: 'interval', pain: 0 }]).mine, 'PN3')).toBe('caution')
    expectNoRule(afterPainStop([{ pain: 1 }, { pain: 0 }, { type: 'interval' }]).mine, 'PN3')
  })

  it('ends when the coach clears the stop: from clearedOn on', () => {
    // The hard session is on day 2.
    expect(worst(afterPainStop([{ type: 'interval' }], [{ ruleId: 'PN1', clearedOn: day(3) }]).mine, 'PN3')).toBe(
      'caution'
    )
    expectNoRule(afterPainStop([{ type: 'interval' }], [{ ruleId: 'PN1', clearedOn: day(2) }]).mine, 'PN3')
  })

  it('a hard session without pain logged keeps the stop in force for the next one', () => {
    const { mine } = afterPainStop([{ type: 'interval', rpe: 8 }, { type: 'tempo' }])
    expect(worst(mine, 'PN3')).toBe('caution')
  })

  it('is a caution only: no state warning, and a weighted hard session also gets ST1 and AW6', () => {
    const { all, mine } = afterPainStop([{ type: 'interval', ...weights(0.5, 5) }])
    expect(worst(mine, 'PN3')).toBe('caution')
    expect(worst(mine, 'ST1')).toBe('stop')
    expect(worst(mine, 'AW6')).toBe('caution')
    expect(all.filter((w) => w.sessionId === null).map((w) => w.ruleId)).toEqual(['PN1', 'ST1'])
  })
})
