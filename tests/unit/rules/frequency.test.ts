// AW5, AW6, RC1, DL1 and EX1 boundaries.
import { describe, expect, it } from 'vitest'
import { evaluateRules, type RuleSession } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, onSession, weights, worst } from './helpers'

const adv = athlete('advanced', 100)

function lastWarnings(sessions: RuleSession[], a = adv, config = {}) {
  return onSession(evaluateRules({ athlete: a, sessions, config }), sessions[sessions.length - 1].id)
}

describe('AW5 weighted frequency', () => {
  const weightedOn = (offsets: number[]) => {
    const { list, add } = makeSessions()
    for (const o of offsets) {
      add(day(o), weights(0.5, 10))
      add(day(o + 1), { durationMin: 60 }) // unweighted runs keep the weighted share low
    }
    return list.filter((s) => s.date <= day(offsets[offsets.length - 1]))
  }

  it('a 2-day gap is fine, a 1-day gap is a caution', () => {
    expect(ofRule(lastWarnings(weightedOn([0, 2])), 'AW5')).toEqual([])
    expect(ofRule(lastWarnings(weightedOn([0, 1])), 'AW5').map((w) => [w.severity, w.values.gapDays])).toEqual([
      ['caution', 1]
    ])
  })

  it('the 2nd weighted session in 7 days is fine, the 3rd a caution, the 4th a stop', () => {
    expectNoRule(lastWarnings(weightedOn([0, 3])), 'AW5')
    expect(
      ofRule(lastWarnings(weightedOn([0, 2, 4])), 'AW5').map((w) => [w.severity, w.values.weightedSessions])
    ).toEqual([['caution', 3]])
    expect(worst(lastWarnings(weightedOn([0, 2, 4, 6])), 'AW5')).toBe('stop')
  })

  it('counts only the 7 days ending on the session: day 0 drops out on day 7', () => {
    expect(ofRule(lastWarnings(weightedOn([0, 2, 4, 7])), 'AW5').map((w) => w.values.weightedSessions)).toEqual([3])
  })

  it('weighted run minutes exactly one third of run minutes is fine; more is a caution', () => {
    const build = (weightedMin: number) => {
      const { list, add } = makeSessions()
      add(day(0), { durationMin: 45 })
      add(day(2), { durationMin: 30, ...weights(0.5, weightedMin) })
      return list
    }
    expectNoRule(lastWarnings(build(25)), 'AW5') // 3 x 25 = 75 = 45 + 30
    const w = ofRule(lastWarnings(build(25.5)), 'AW5')
    expect(w.map((x) => [x.severity, x.values.weightedRunMinutes, x.values.runMinutes])).toEqual([
      ['caution', 25.5, 75]
    ])
  })

  it('every run in the 7 days weighted is a caution from 3 runs, not at 2', () => {
    const config = { aw5CautionCount: 5, aw5StopCount: 6 } // isolate the share test from the count test
    const build = (n: number) => {
      const { list, add } = makeSessions()
      for (let k = 0; k < n; k++) add(day(3 * k), { durationMin: 60, ...weights(0.5, 5) })
      return list
    }
    expectNoRule(lastWarnings(build(2), adv, config), 'AW5')
    expect(worst(lastWarnings(build(3), adv, config), 'AW5')).toBe('caution')
  })

  it('an unweighted run never gets AW5', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(0.5, 10))
    add(day(0), { startTime: '18:00' })
    add(day(1))
    expectNoRule(evaluateRules({ athlete: adv, sessions: list }), 'AW5')
  })
})

describe('AW6 weights in hard sessions', () => {
  const one = (over: Partial<RuleSession>, level: 'novice' | 'intermediate' = 'intermediate') => {
    const { list, add } = makeSessions()
    add(day(0), over)
    return evaluateRules({ athlete: athlete(level, 100), sessions: list })
  }
  it('a weighted interval session: stop for a novice, caution otherwise', () => {
    expect(worst(one({ type: 'interval', ...weights(0.5, 5) }, 'novice'), 'AW6')).toBe('stop')
    expect(worst(one({ type: 'interval', ...weights(0.5, 5) }), 'AW6')).toBe('caution')
  })
  it('RPE 6 is not hard, RPE 7 is', () => {
    expectNoRule(one({ rpe: 6, ...weights(0.5, 5) }), 'AW6')
    expect(worst(one({ rpe: 7, ...weights(0.5, 5) }), 'AW6')).toBe('caution')
  })
  it('an unweighted hard session is not AW6', () => {
    expectNoRule(one({ type: 'hill_sprint' }, 'novice'), 'AW6')
  })
  it('no RPE logged is not hard: a weighted easy run without RPE is fine', () => {
    expectNoRule(one({ rpe: null, ...weights(0.5, 5) }, 'novice'), 'AW6')
  })
  it('a weighted race or tempo is hard whatever the RPE', () => {
    expect(worst(one({ type: 'race', rpe: null, ...weights(0.5, 5) }, 'novice'), 'AW6')).toBe('stop')
    expect(worst(one({ type: 'tempo', rpe: 3, ...weights(0.5, 5) }), 'AW6')).toBe('caution')
  })
})

describe('AW6 weighted long and incline runs (RULES.md v2)', () => {
  /** The session's own warnings (a novice's AW6 stop also leaves a state warning). */
  const one = (over: Partial<RuleSession>, level: 'novice' | 'intermediate' = 'intermediate') => {
    const { list, add } = makeSessions()
    add(day(0), over)
    return lastWarnings(list, athlete(level, 100))
  }
  it('a weighted long or incline run that is not hard is a caution, for a novice too', () => {
    for (const type of ['long', 'incline'] as const) {
      for (const level of ['novice', 'intermediate'] as const) {
        const aw6 = ofRule(one({ type, rpe: 5, ...weights(0.5, 5) }, level), 'AW6')
        expect(
          aw6.map((w) => w.severity),
          `${type} ${level}`
        ).toEqual(['caution'])
        expect(aw6[0].message).toContain(type === 'long' ? 'long run' : 'incline run')
        expect(aw6[0].suggestion).toMatch(/unweighted; wear weights only in an easy run/)
      }
    }
    expect(worst(one({ type: 'long', rpe: null, ...weights(0.5, 5) }), 'AW6')).toBe('caution')
  })
  it('a weighted long run at RPE 6 is a caution; at RPE 7 it is hard (novice stop), and only one AW6', () => {
    expect(ofRule(one({ type: 'long', rpe: 6, ...weights(0.5, 5) }, 'novice'), 'AW6').map((w) => w.severity)).toEqual([
      'caution'
    ])
    expect(
      ofRule(one({ type: 'incline', rpe: 7, ...weights(0.5, 5) }, 'novice'), 'AW6').map((w) => w.severity)
    ).toEqual(['stop'])
    expect(ofRule(one({ type: 'long', rpe: 7, ...weights(0.5, 5) }), 'AW6').map((w) => w.severity)).toEqual(['caution'])
  })
  it('unweighted long and incline runs, and weighted easy runs and cross-training, are not AW6', () => {
    expectNoRule(one({ type: 'long', rpe: 5 }, 'novice'), 'AW6')
    expectNoRule(one({ type: 'incline', rpe: 5 }, 'novice'), 'AW6')
    expectNoRule(one({ type: 'easy', rpe: 5, ...weights(0.5, 5) }, 'novice'), 'AW6')
    expectNoRule(one({ type: 'cross', rpe: 5, ...weights(0.5, 5) }, 'novice'), 'AW6')
  })
})

describe('RC1 recovery', () => {
  const pair = (first: Partial<RuleSession>, gap: number, second: Partial<RuleSession>) => {
    const { list, add } = makeSessions()
    add(day(0), first)
    add(day(gap), second)
    return lastWarnings(list)
  }
  it('a hard session 1 day after a hard one is a caution; 2 days after is fine', () => {
    expect(
      ofRule(pair({ type: 'interval' }, 1, { type: 'tempo' }), 'RC1').map((w) => [w.severity, w.values.gapDays])
    ).toEqual([['caution', 1]])
    expectNoRule(pair({ type: 'interval' }, 2, { type: 'tempo' }), 'RC1')
  })
  it('a weighted and a hard session less than 2 days apart, either order, same day included', () => {
    expect(worst(pair(weights(0.5, 5), 1, { type: 'hill_sprint' }), 'RC1')).toBe('caution')
    expect(worst(pair({ type: 'hill_sprint' }, 1, weights(0.5, 5)), 'RC1')).toBe('caution')
    expect(worst(pair({ type: 'race' }, 0, weights(0.5, 5)), 'RC1')).toBe('caution')
    expectNoRule(pair(weights(0.5, 5), 2, { type: 'hill_sprint' }), 'RC1')
  })
  it('a single weighted hard session is AW6, not RC1', () => {
    const { list, add } = makeSessions()
    add(day(0), { type: 'interval', ...weights(0.5, 5) })
    const ws = evaluateRules({ athlete: adv, sessions: list })
    expectNoRule(ws, 'RC1')
    expect(worst(ws, 'AW6')).toBe('caution')
  })
  it('no RPE logged is not hard: two easy runs without RPE on consecutive days are fine', () => {
    expectNoRule(pair({ rpe: null }, 1, { rpe: null }), 'RC1')
    expectNoRule(pair(weights(0.5, 5), 1, { rpe: null }), 'RC1')
  })
  it('two easy unweighted runs on consecutive days are fine', () => {
    expectNoRule(pair({}, 1, {}), 'RC1')
  })
})

describe('DL1 breaks from weights', () => {
  const weeksInARow = (
    n: number,
    extra: (add: (d: string, o?: Partial<RuleSession>) => RuleSession) => void = () => {}
  ) => {
    const { list, add } = makeSessions()
    for (let w = 0; w < n; w++) add(day(7 * w + 2), weights(0.5, 10))
    extra(add)
    return list
  }
  it('6 weeks in a row fine, 7 a note; 8 a note, 9 a caution', () => {
    expectNoRule(evaluateRules({ athlete: adv, sessions: weeksInARow(6) }), 'DL1')
    expect(ofRule(lastWarnings(weeksInARow(7)), 'DL1').map((w) => [w.severity, w.values.consecutiveWeeks])).toEqual([
      ['info', 7]
    ])
    expect(worst(lastWarnings(weeksInARow(8)), 'DL1')).toBe('info')
    expect(worst(lastWarnings(weeksInARow(9)), 'DL1')).toBe('caution')
  })
  it("only on the week's first weighted session", () => {
    const list = weeksInARow(7, (add) => add(day(7 * 6 + 5), weights(0.5, 10)))
    const ws = evaluateRules({ athlete: adv, sessions: list })
    expect(ofRule(ws, 'DL1').map((w) => w.date)).toEqual([day(7 * 6 + 2)])
  })
  it('a week without weights resets the count', () => {
    const { list, add } = makeSessions()
    for (const w of [0, 1, 2, 4, 5, 6, 7, 8, 9]) add(day(7 * w), weights(0.5, 10))
    expectNoRule(evaluateRules({ athlete: adv, sessions: list }), 'DL1')
  })
  it('follows the configured week start', () => {
    // A Sunday and the next Monday are one Sunday-start week but two Monday-start weeks: weighted
    // Sunday+Monday pairs every other week fill 8 Monday-start weeks in a row, but no two Sunday-start ones.
    const { list, add } = makeSessions()
    for (let k = 0; k < 4; k++) {
      add(day(6 + 14 * k), weights(0.5, 10))
      add(day(7 + 14 * k), weights(0.5, 10))
    }
    const last = list[list.length - 1].id
    expect(worst(onSession(evaluateRules({ athlete: adv, sessions: list }), last), 'DL1')).toBe('info')
    expectNoRule(onSession(evaluateRules({ athlete: adv, sessions: list, config: { weekStartsOn: 0 } }), last), 'DL1')
  })
})

describe('EX1 base first', () => {
  const novice = athlete('novice', 100)
  const base = (runs: number, weightedDay: number) => {
    const { list, add } = makeSessions()
    for (let k = 0; k < runs; k++) add(day(3 * k))
    add(day(weightedDay), weights(0.5, 5))
    return list
  }
  it('a novice needs 28 days since the first session: 27 is a caution, 28 fine', () => {
    expect(
      ofRule(lastWarnings(base(8, 27), novice), 'EX1').map((w) => [w.severity, w.values.daysSinceFirstSession])
    ).toEqual([['caution', 27]])
    expectNoRule(lastWarnings(base(8, 28), novice), 'EX1')
  })
  it('and 8 unweighted runs before the weighted session: 7 is a caution', () => {
    expect(ofRule(lastWarnings(base(7, 28), novice), 'EX1').map((w) => w.values.unweightedRuns)).toEqual([7])
  })
  it('does not apply to intermediate athletes', () => {
    expectNoRule(lastWarnings(base(1, 1), athlete('intermediate', 100)), 'EX1')
  })
})
