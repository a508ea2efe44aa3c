// AW1-AW4 boundaries: exactly at a threshold nothing, just past it the warning.
import { describe, expect, it } from 'vitest'
import { evaluateRules, type RuleAthlete, type RuleSession } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, onSession, shown, weights, worst } from './helpers'

/** One weighted easy run, evaluated on its own. */
function single(a: RuleAthlete, kg: number, weightedMin = 10) {
  const { list, add } = makeSessions()
  const s = add(day(0), weights(kg, weightedMin))
  return onSession(evaluateRules({ athlete: a, sessions: list }), s.id)
}

/** Weighted sessions at the given day offsets and weights; returns the last session's warnings. */
function series(a: RuleAthlete, steps: [number, number, number?][]) {
  const { list, add } = makeSessions()
  let last: RuleSession | null = null
  for (const [offset, kg, min] of steps) last = add(day(offset), weights(kg, min ?? 10))
  return onSession(evaluateRules({ athlete: a, sessions: list }), (last as RuleSession).id)
}

describe('AW1 load vs body mass', () => {
  it('novice: 2.00% of body mass is fine, 2.01% is a caution', () => {
    expectNoRule(single(athlete('novice', 70), 0.7), 'AW1')
    const w = ofRule(single(athlete('novice', 69.65), 0.7), 'AW1')
    expect(w.map((x) => [x.severity, x.values.totalPercent])).toEqual([['caution', 2.01]])
  })

  it('intermediate and advanced: 3.00% is fine, 3.01% is a caution', () => {
    expectNoRule(single(athlete('intermediate', 100), 1.5), 'AW1')
    expect(worst(single(athlete('advanced', 99.67), 1.5), 'AW1')).toBe('caution')
  })

  it('5.00% is a caution, 5.01% a stop', () => {
    expect(worst(single(athlete('intermediate', 100), 2.5), 'AW1')).toBe('caution')
    expect(worst(single(athlete('intermediate', 99.8), 2.5), 'AW1')).toBe('stop')
  })

  it('a missing (or zero) body mass cannot be judged: stop', () => {
    expect(worst(single(athlete('advanced', null), 0.3), 'AW1')).toBe('stop')
    expect(worst(single(athlete('advanced', 0), 0.3), 'AW1')).toBe('stop')
  })

  it('an unweighted run never gets AW1, even without body mass', () => {
    const { list, add } = makeSessions()
    add(day(0))
    expect(evaluateRules({ athlete: athlete('novice', null), sessions: list })).toEqual([])
  })
})

describe('AW2 absolute load', () => {
  const big = athlete('advanced', 200)
  it('1.4 kg per ankle is fine, 1.41 kg a caution', () => {
    expectNoRule(single(big, 1.4), 'AW2')
    expect(ofRule(single(big, 1.41), 'AW2').map((w) => [w.severity, w.values.kgPerAnkle])).toEqual([['caution', 1.41]])
  })
  it('2.3 kg is a caution, 2.31 kg a stop', () => {
    expect(worst(single(big, 2.3), 'AW2')).toBe('caution')
    expect(worst(single(big, 2.31), 'AW2')).toBe('stop')
  })
})

describe('AW3 progression step', () => {
  const a = athlete('intermediate', 100)
  it('+0.5 kg on the 28-day heaviest is fine, +0.51 kg a caution', () => {
    expectNoRule(
      series(a, [
        [0, 1.0],
        [20, 1.5]
      ]),
      'AW3'
    )
    const w = ofRule(
      series(a, [
        [0, 1.0],
        [20, 1.51]
      ]),
      'AW3'
    )
    expect(w.map((x) => [x.severity, x.values.increaseKg])).toEqual([['caution', 0.51]])
  })

  it('+1.0 kg is a caution, +1.01 kg a stop', () => {
    expect(
      worst(
        series(a, [
          [0, 1.0],
          [20, 2.0]
        ]),
        'AW3'
      )
    ).toBe('caution')
    expect(
      worst(
        series(a, [
          [0, 1.0],
          [20, 2.01]
        ]),
        'AW3'
      )
    ).toBe('stop')
  })

  it('compares with the heaviest earlier session, not the latest', () => {
    expectNoRule(
      series(a, [
        [0, 1.0],
        [7, 0.6],
        [20, 1.0]
      ]),
      'AW3'
    )
  })

  it('a weighted session 27 days back still counts; 28 days back it does not, and the session is a restart', () => {
    expectNoRule(
      series(a, [
        [0, 1.0],
        [27, 1.0]
      ]),
      'AW3'
    )
    const w = ofRule(
      series(a, [
        [0, 1.0],
        [28, 1.0]
      ]),
      'AW3'
    )
    expect(w.map((x) => [x.severity, x.values.totalPercent])).toEqual([['caution', 2]])
  })

  it('a (re)start at 1.50% of body mass is fine, at 1.51% a caution', () => {
    expectNoRule(series(a, [[0, 0.75]]), 'AW3')
    expect(worst(series(a, [[0, 0.755]]), 'AW3')).toBe('caution')
  })

  it("a (re)start above the start level suggests the start level in the coach's units, rounded down", () => {
    // 70 kg x 1.5% / 2 = 0.525 kg per ankle -> 0.5 kg; in lb 1.16 lb -> 1.0 lb.
    const restart = (a: RuleAthlete, kg: number, units?: { mass: 'kg' | 'lb'; distance: 'km' | 'mi' }) => {
      const { list, add } = makeSessions()
      const s = add(day(0), weights(kg, 10))
      return ofRule(onSession(evaluateRules({ athlete: a, sessions: list }), s.id), 'AW3').map((w) => ({
        ...w,
        ...shown(w, units)
      }))
    }
    expect(restart(athlete('intermediate', 70), 0.75).map((w) => w.suggestion)).toEqual([
      'Start at 0.5 kg per ankle or lighter (the 1.5% start level).'
    ])
    expect(restart(athlete('intermediate', 70), 0.75, { mass: 'lb', distance: 'km' })[0].suggestion).toBe(
      'Start at 1 lb per ankle or lighter (the 1.5% start level).'
    )
    // 55 kg: 0.4125 kg -> 0.4 kg; 0.91 lb -> 0.5 lb.
    expect(restart(athlete('intermediate', 55), 0.5)[0].suggestion).toContain('0.4 kg per ankle or lighter')
    expect(restart(athlete('intermediate', 55), 0.5, { mass: 'lb', distance: 'km' })[0].suggestion).toContain(
      '0.5 lb per ankle or lighter'
    )
    // 100 kg: exactly 0.75 kg per ankle is the start level itself; 93 kg: 0.6975 kg -> 0.65 kg (steps of 0.05 kg).
    expect(restart(athlete('intermediate', 100), 0.8)[0].suggestion).toContain('0.75 kg per ankle or lighter')
    expect(restart(athlete('intermediate', 93), 0.8)[0].suggestion).toContain('0.65 kg per ankle or lighter')
  })

  it('a step up still suggests repeating the current load', () => {
    expect(
      ofRule(
        series(a, [
          [0, 1.0],
          [20, 1.6]
        ]),
        'AW3'
      ).map((w) => w.suggestion)
    ).toEqual(['Repeat the current load.'])
  })

  it('an increase 13 days after the restart is a caution, 14 days after it is not', () => {
    const early = ofRule(
      series(a, [
        [0, 0.7],
        [13, 0.8]
      ]),
      'AW3'
    )
    expect(early.map((w) => [w.severity, w.values.daysSinceLastChange])).toEqual([['caution', 13]])
    expectNoRule(
      series(a, [
        [0, 0.7],
        [14, 0.8]
      ]),
      'AW3'
    )
  })

  it('without body mass the start test is skipped, but the session still counts as a restart', () => {
    const noMass = athlete('intermediate', null)
    expectNoRule(series(noMass, [[0, 1.0]]), 'AW3')
    expect(
      ofRule(
        series(noMass, [
          [0, 1.0],
          [10, 1.1]
        ]),
        'AW3'
      ).map((w) => w.values.daysSinceLastChange)
    ).toEqual([10])
  })
})

describe('AW4 time under load', () => {
  it('novice: 10 weighted minutes fine, 11 a caution; 20 a caution, 21 a stop', () => {
    const n = athlete('novice', 100)
    expectNoRule(single(n, 0.5, 10), 'AW4')
    expect(worst(single(n, 0.5, 11), 'AW4')).toBe('caution')
    expect(worst(single(n, 0.5, 20), 'AW4')).toBe('caution')
    expect(worst(single(n, 0.5, 21), 'AW4')).toBe('stop')
  })

  it('intermediate/advanced: 20 fine, 21 a caution; 30 a caution, 31 a stop', () => {
    const i = athlete('intermediate', 100)
    expectNoRule(single(i, 0.5, 20), 'AW4')
    expect(ofRule(single(i, 0.5, 21), 'AW4').map((w) => [w.severity, w.values.weightedMinutes])).toEqual([
      ['caution', 21]
    ])
    expect(worst(single(i, 0.5, 30), 'AW4')).toBe('caution')
    expect(worst(single(i, 0.5, 31), 'AW4')).toBe('stop')
  })

  it('exposure 50% above the 30-day highest is fine, 51% is a note', () => {
    const a = athlete('advanced', 100)
    expectNoRule(
      series(a, [
        [0, 1.0, 10],
        [7, 1.0, 15]
      ]),
      'AW4'
    )
    const w = ofRule(
      series(a, [
        [0, 1.0, 10],
        [7, 1.0, 15.1]
      ]),
      'AW4'
    )
    expect(w.map((x) => [x.severity, x.values.increasePercent, x.values.exposureKgMin])).toEqual([['info', 51, 15.1]])
  })

  it('exposure is compared only with the last 30 days', () => {
    const a = athlete('advanced', 100)
    expect(
      worst(
        series(a, [
          [0, 1.0, 10],
          [29, 1.0, 16]
        ]),
        'AW4'
      )
    ).toBe('info')
    expectNoRule(
      series(a, [
        [0, 1.0, 10],
        [30, 1.0, 16]
      ]),
      'AW4'
    )
  })
})
