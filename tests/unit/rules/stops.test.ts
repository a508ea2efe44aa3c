// Stops in force, clearances, PN1/PN2 self-ending, ST1.
import { describe, expect, it } from 'vitest'
import { formatDay } from '../../../src/shared/dayFormat'
import {
  evaluateRules,
  evaluateRulesWithStops,
  stopsInForce,
  type Clearance,
  type RuleSession
} from '../../../src/shared/rules'
import { athlete, day, makeSessions, ofRule, onSession, shown, stateWarnings, weights, worst } from './helpers'

const a = athlete('advanced', 100)

/** An AW2 stop (2.5 kg per ankle) on day 0, then an unweighted run on day 3 (asOf). */
function aw2Stop(clearances: Clearance[] = [], asOf = day(3)) {
  const { list, add } = makeSessions()
  const stop = add(day(0), weights(2.5, 10))
  add(day(3))
  return { stop, all: evaluateRules({ athlete: a, sessions: list, clearances, asOf }) }
}

describe('stops in force', () => {
  it('a stop stays in force after its session as one state warning dated asOf', () => {
    const { stop, all } = aw2Stop()
    const states = stateWarnings(all)
    expect(states.map((w) => [w.ruleId, w.severity, w.date, w.sessionId])).toEqual([['AW2', 'stop', day(3), null]])
    expect(shown(states[0]).message).toContain(formatDay(stop.date))
    expect(states[0].values.daysSinceStop).toBe(3)
  })

  it('names the latest session that stopped under the rule', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10))
    const latest = add(day(3), weights(2.4, 10))
    add(day(5))
    expect(stopsInForce({ athlete: a, sessions: list })).toEqual([
      { ruleId: 'AW2', sessionId: latest.id, date: latest.date },
      { ruleId: 'ST1', sessionId: latest.id, date: latest.date }
    ])
    expect(shown(ofRule(stateWarnings(evaluateRules({ athlete: a, sessions: list })), 'AW2')[0]).message).toContain(
      formatDay(latest.date)
    )
  })

  it('a clearance ends the stop and its state warning', () => {
    expect(stateWarnings(aw2Stop([{ ruleId: 'AW2', clearedOn: day(2) }]).all)).toEqual([])
  })

  it('a clearance dated on the stop session clears it too', () => {
    expect(stateWarnings(aw2Stop([{ ruleId: 'AW2', clearedOn: day(0) }]).all)).toEqual([])
  })

  it('a clearance after asOf is ignored', () => {
    expect(stateWarnings(aw2Stop([{ ruleId: 'AW2', clearedOn: day(4) }]).all).map((w) => w.ruleId)).toEqual(['AW2'])
  })

  it('a clearance dated before the stop, or for another rule, does not end it', () => {
    const before = aw2Stop([{ ruleId: 'AW2', clearedOn: day(-1) }]).all
    expect(stateWarnings(before).map((w) => w.ruleId)).toEqual(['AW2'])
    const other = aw2Stop([{ ruleId: 'AW1', clearedOn: day(2) }]).all
    expect(stateWarnings(other).map((w) => w.ruleId)).toEqual(['AW2'])
  })

  it('a new stop after the clearance date is in force again', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10))
    add(day(5), weights(2.5, 10))
    const all = evaluateRules({ athlete: a, sessions: list, clearances: [{ ruleId: 'AW2', clearedOn: day(2) }] })
    expect(shown(ofRule(stateWarnings(all), 'AW2')[0]).message).toContain(formatDay(day(5)))
  })
})

describe('PN1 and PN2 stops end by themselves after 2 settled sessions in a row', () => {
  function afterPainStop(later: Partial<RuleSession>[]) {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6 }) // PN1 stop
    later.forEach((over, k) => add(day(2 + 2 * k), over))
    return stateWarnings(evaluateRules({ athlete: a, sessions: list })).map((w) => w.ruleId)
  }

  it('two settled sessions end it, one does not', () => {
    expect(afterPainStop([{ pain: 1 }])).toEqual(['PN1'])
    expect(afterPainStop([{ pain: 1 }, { pain: 2, painNextMorning: 2 }])).toEqual([])
  })

  it('a session without any pain logged is skipped, not a break', () => {
    expect(afterPainStop([{ pain: 1 }, {}, { pain: 0 }])).toEqual([])
  })

  it('pain above 2, during or next morning, breaks the row', () => {
    expect(afterPainStop([{ pain: 1 }, { pain: 3 }, { pain: 0 }])).toEqual(['PN1'])
    expect(afterPainStop([{ pain: 1 }, { pain: 0, painNextMorning: 3 }, { pain: 0 }])).toContain('PN1')
  })

  it('pain during must be logged for a session to count as settled', () => {
    expect(afterPainStop([{ pain: 1 }, { pain: null, painNextMorning: 1 }])).toEqual(['PN1'])
  })

  it('a session with only next-morning pain logged, at most 2, is skipped: it neither counts nor breaks the row', () => {
    expect(afterPainStop([{ pain: 1 }, { pain: null, painNextMorning: 2 }, { pain: 0 }])).toEqual([])
  })

  it('a session with only next-morning pain logged, above 2, breaks the row', () => {
    const states = afterPainStop([{ pain: 1 }, { pain: null, painNextMorning: 3 }, { pain: 0 }])
    expect(states).toContain('PN1')
  })

  it('pain of exactly 2, during and next morning, is settled; 3 next morning after 2 during is not', () => {
    expect(afterPainStop([{ pain: 2, painNextMorning: 2 }, { pain: 2 }])).toEqual([])
    expect(afterPainStop([{ pain: 2, painNextMorning: 3 }, { pain: 2 }])).toContain('PN1')
  })

  it('a PN2 stop ends the same way', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 3, painNextMorning: 4 }) // PN2 stop (and PN1 caution)
    add(day(2), { pain: 1 })
    const stillIn = stateWarnings(evaluateRules({ athlete: a, sessions: list })).map((w) => w.ruleId)
    expect(stillIn).toEqual(['PN2'])
    add(day(4), { pain: 0, painNextMorning: 0 })
    expect(stateWarnings(evaluateRules({ athlete: a, sessions: list }))).toEqual([])
  })
})

describe('ST1 stop ignored', () => {
  function afterStop(clearances: Clearance[] = []) {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10)) // AW2 stop
    const weighted = add(day(4), weights(1.0, 10))
    const all = evaluateRules({ athlete: a, sessions: list, clearances })
    return { all, mine: onSession(all, weighted.id) }
  }

  it('a weighted session while a stop is in force is a stop', () => {
    const { mine, all } = afterStop()
    expect(ofRule(mine, 'ST1').map((w) => [w.severity, w.values.stopsInForce])).toEqual([['stop', 1]])
    expect(stateWarnings(all).map((w) => w.ruleId)).toEqual(['AW2', 'ST1'])
  })

  it('an unweighted session during a stop is fine', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10))
    add(day(2))
    expect(ofRule(evaluateRules({ athlete: a, sessions: list }), 'ST1')).toEqual([])
  })

  it('no ST1 once the stop is cleared', () => {
    expect(ofRule(afterStop([{ ruleId: 'AW2', clearedOn: day(3) }]).all, 'ST1')).toEqual([])
  })

  it('a weighted session on the clearance day is already clear', () => {
    expect(ofRule(afterStop([{ ruleId: 'AW2', clearedOn: day(4) }]).mine, 'ST1')).toEqual([])
  })

  it('an ST1 stop ends when the stop it names is cleared, without clearing ST1 itself', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10))
    add(day(2), weights(1.0, 10)) // ST1 stop
    add(day(6))
    const cleared = evaluateRules({ athlete: a, sessions: list, clearances: [{ ruleId: 'AW2', clearedOn: day(5) }] })
    expect(ofRule(cleared, 'ST1').map((w) => w.sessionId)).toEqual([list[1].id]) // the session warning stays
    expect(stateWarnings(cleared)).toEqual([])
  })

  it('clearing ST1 ends its state but not the stop it names', () => {
    const { all } = afterStop([{ ruleId: 'ST1', clearedOn: day(4) }])
    expect(stateWarnings(all).map((w) => w.ruleId)).toEqual(['AW2'])
  })

  it('ST1 never triggers ST1: only the stops of other rules are counted', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10)) // AW2 stop
    add(day(2), weights(1.0, 10)) // ST1 stop
    const third = add(day(4), weights(1.0, 10))
    const w = ofRule(onSession(evaluateRules({ athlete: a, sessions: list }), third.id), 'ST1')
    expect(w.map((x) => [x.severity, x.values.stopsInForce])).toEqual([['stop', 1]])
  })

  it('the first session after a PN1 caution being weighted is a caution', () => {
    const build = (between: boolean) => {
      const { list, add } = makeSessions()
      add(day(0), { pain: 3 }) // PN1 caution
      if (between) add(day(1))
      const s = add(day(2), weights(0.5, 10))
      return worst(onSession(evaluateRules({ athlete: a, sessions: list }), s.id), 'ST1')
    }
    expect(build(false)).toBe('caution')
    expect(build(true)).toBeNull()
  })

  it('a weighted session after a PN1 stop has settled is not ST1', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6 })
    add(day(1), { pain: 1 })
    add(day(2), { pain: 0 })
    const s = add(day(4), { pain: 0, ...weights(0.5, 10) })
    expect(ofRule(onSession(evaluateRules({ athlete: a, sessions: list }), s.id), 'ST1')).toEqual([])
  })

  it('the second settled session itself still falls inside the stop', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6 })
    add(day(1), { pain: 1 })
    const s = add(day(2), { pain: 0, ...weights(0.5, 10) })
    expect(worst(onSession(evaluateRules({ athlete: a, sessions: list }), s.id), 'ST1')).toBe('stop')
  })
})

describe('stops that ended (evaluateRulesWithStops().ended)', () => {
  const ended = (sessions: RuleSession[], clearances: Clearance[] = [], asOf?: string) =>
    evaluateRulesWithStops({ athlete: a, sessions, clearances, asOf }).ended

  it('a pain stop that settles names the stopping session, the day of the second settled session and both settled sessions', () => {
    const { list, add } = makeSessions()
    const stop = add(day(0), { pain: 6 })
    const first = add(day(2), { pain: 1 })
    add(day(3)) // nothing logged: skipped, not part of the row
    const second = add(day(5), { pain: 0, painNextMorning: 2 })
    add(day(7), { pain: 0 })
    expect(ended(list)).toEqual([
      {
        ruleId: 'PN1',
        sessionId: stop.id,
        date: stop.date,
        endedOn: second.date,
        reason: 'settled',
        settledBy: [first.id, second.id]
      }
    ])
    expect(stopsInForce({ athlete: a, sessions: list })).toEqual([])
  })

  it('a broken row starts again: only the settled sessions after the break are named', () => {
    const { list, add } = makeSessions()
    const stop = add(day(0), { pain: 6 })
    add(day(1), { pain: 1 })
    add(day(2), { pain: 3 }) // breaks the row (a PN1 caution, not a new stop)
    const a1 = add(day(3), { pain: 0 })
    const a2 = add(day(4), { pain: 0 })
    expect(ended(list)).toEqual([
      {
        ruleId: 'PN1',
        sessionId: stop.id,
        date: stop.date,
        endedOn: day(4),
        reason: 'settled',
        settledBy: [a1.id, a2.id]
      }
    ])
  })

  it('a stop still in force, or one settled only after asOf, has not ended', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6 })
    add(day(2), { pain: 1 })
    add(day(4), { pain: 1 })
    expect(ended(list, [], day(3))).toEqual([])
    expect(ended(list.slice(0, 2))).toEqual([])
  })

  it('a cleared stop ends on clearedOn; a clearance after asOf is ignored', () => {
    const { stop } = aw2Stop()
    const list = [stop, { ...stop, id: 'later', date: day(3), ankleWeightKg: 0, weightedMin: 0 }]
    expect(ended(list, [{ ruleId: 'AW2', clearedOn: day(2) }], day(3))).toEqual([
      { ruleId: 'AW2', sessionId: stop.id, date: stop.date, endedOn: day(2), reason: 'cleared' }
    ])
    expect(ended(list, [{ ruleId: 'AW2', clearedOn: day(4) }], day(3))).toEqual([])
  })

  it('a pain stop cleared before it settles ends as cleared, on the clearance day', () => {
    const { list, add } = makeSessions()
    const stop = add(day(0), { pain: 6 })
    add(day(2), { pain: 1 })
    add(day(4), { pain: 1 })
    expect(ended(list, [{ ruleId: 'PN1', clearedOn: day(1) }])).toEqual([
      { ruleId: 'PN1', sessionId: stop.id, date: stop.date, endedOn: day(1), reason: 'cleared' }
    ])
  })

  it('every episode of a rule is listed: an earlier ended stop and a later one in force', () => {
    const { list, add } = makeSessions()
    const first = add(day(0), { pain: 6 })
    add(day(1), { pain: 0 })
    add(day(2), { pain: 0 })
    const again = add(day(5), { pain: 7 })
    const result = evaluateRulesWithStops({ athlete: a, sessions: list })
    expect(result.ended.map((e) => [e.ruleId, e.sessionId, e.endedOn, e.reason])).toEqual([
      ['PN1', first.id, day(2), 'settled']
    ])
    expect(result.stops).toEqual([{ ruleId: 'PN1', sessionId: again.id, date: again.date }])
  })

  it('an ST1 stop ends with the stop it names, for the same reason', () => {
    const { list, add } = makeSessions()
    add(day(0), { pain: 6 }) // PN1 stop
    const st1 = add(day(1), { pain: 1, ...weights(0.5, 10) }) // ST1 stop; the first settled session
    const second = add(day(3), { pain: 0 })
    expect(ended(list)).toEqual([
      {
        ruleId: 'PN1',
        sessionId: list[0].id,
        date: day(0),
        endedOn: day(3),
        reason: 'settled',
        settledBy: [st1.id, second.id]
      },
      {
        ruleId: 'ST1',
        sessionId: st1.id,
        date: st1.date,
        endedOn: day(3),
        reason: 'settled',
        settledBy: [st1.id, second.id]
      }
    ])
  })

  it('an ST1 stop cleared on its own ends as cleared, while the stop it names stays in force', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10)) // AW2 stop
    const st1 = add(day(2), weights(1.0, 10)) // ST1 stop
    add(day(5))
    const result = evaluateRulesWithStops({
      athlete: a,
      sessions: list,
      clearances: [{ ruleId: 'ST1', clearedOn: day(4) }]
    })
    expect(result.ended).toEqual([
      { ruleId: 'ST1', sessionId: st1.id, date: st1.date, endedOn: day(4), reason: 'cleared' }
    ])
    expect(result.stops.map((x) => x.ruleId)).toEqual(['AW2'])
  })

  it('ended stops come oldest end first', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10)) // AW2 stop (no ST1: nothing was in force before it)
    add(day(1), { pain: 6 }) // PN1 stop
    add(day(2), { pain: 0 })
    add(day(3), { pain: 0 }) // PN1 settles on day 3
    const result = ended(list, [{ ruleId: 'AW2', clearedOn: day(4) }], day(5))
    expect(result.map((e) => [e.ruleId, e.endedOn])).toEqual([
      ['PN1', day(3)],
      ['AW2', day(4)]
    ])
  })
})
