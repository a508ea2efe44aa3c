// LD3 monotony and LD4 ACWR.
import { describe, expect, it } from 'vitest'
import { ewmaAcwr } from '../../../src/shared/load'
import { evaluateRules, type RuleSession } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, onSession } from './helpers'

const a = athlete('intermediate', 70)

describe('LD3 monotony', () => {
  /** A rest day, five days of 1000 AU, then a day of `lastMin` x RPE 5. */
  function week(lastMin: number) {
    const { list, add } = makeSessions()
    for (let d = 1; d <= 5; d++) add(day(d), { type: 'cross', durationMin: 200, rpe: 5 })
    const s = add(day(6), { type: 'cross', durationMin: lastMin, rpe: 5 })
    return onSession(evaluateRules({ athlete: a, sessions: list }), s.id)
  }

  it('monotony 2.00 is fine, 2.01 a caution', () => {
    expectNoRule(week(72), 'LD3') // 0/1000 x 5/360: monotony 2.00
    const w = ofRule(week(73), 'LD3') // 0/1000 x 5/365: monotony 2.01
    expect(w.map((x) => [x.severity, x.values.monotony])).toEqual([['caution', 2.01]])
    expect(w[0].values.strain).toBeGreaterThan(0)
  })

  it('a session without RPE logged counts RPE 5 (its load is 5 x minutes), at the threshold as above it', () => {
    const notLogged = (lastMin: number) => {
      const { list, add } = makeSessions()
      for (let d = 1; d <= 5; d++) add(day(d), { type: 'cross', durationMin: 200, rpe: null })
      const s = add(day(6), { type: 'cross', durationMin: lastMin, rpe: null })
      return onSession(evaluateRules({ athlete: a, sessions: list }), s.id)
    }
    expectNoRule(notLogged(72), 'LD3')
    expect(ofRule(notLogged(73), 'LD3').map((x) => x.values.monotony)).toEqual([2.01])
  })

  it('the same load every day (SD 0) counts as above any cut-off', () => {
    const { list, add } = makeSessions()
    for (let d = 0; d < 7; d++) add(day(d), { durationMin: 45, rpe: 5, distanceKm: 7.5 })
    const ws = evaluateRules({ athlete: a, sessions: list, config: { ld3MonotonyCaution: 3 } })
    expect(ofRule(ws, 'LD3').map((w) => [w.date, w.severity])).toEqual([[day(6), 'caution']])
  })

  it('a rest day among six equal days is above 2.0; two rest days are not', () => {
    const build = (rest: number[]) => {
      const { list, add } = makeSessions()
      for (let d = 0; d < 7; d++) if (!rest.includes(d)) add(day(d), { durationMin: 45, rpe: 5, distanceKm: 7.5 })
      return evaluateRules({ athlete: a, sessions: list, asOf: day(6) })
    }
    expectNoRule(build([0, 3]), 'LD3')
    expect(ofRule(build([0]), 'LD3').map((w) => w.values.monotony)).toEqual([2.45])
  })
})

describe('LD4 ACWR', () => {
  /** Quiet cross-training (75 AU a day), then hard cross-training (480 AU) from day `hardFrom`, through `last`. */
  function history(last: number, hardFrom = 21) {
    const { list, add } = makeSessions()
    for (let d = 0; d <= last; d++) {
      add(
        day(d),
        d < hardFrom
          ? { type: 'cross', durationMin: 25, rpe: 3, distanceKm: null }
          : { type: 'cross', durationMin: 60, rpe: 8, distanceKm: null }
      )
    }
    return list
  }
  const ld4 = (sessions: RuleSession[], config = {}) => ofRule(evaluateRules({ athlete: a, sessions, config }), 'LD4')

  it('is not shown when asOf is 26 days after the first session, and shown from 27', () => {
    const early = history(26)
    expect(ewmaAcwr(early).points.at(-1)?.acwr).toBeGreaterThan(1.5)
    expect(ld4(early)).toEqual([])
    const shown = ld4(history(27))
    expect(shown.map((w) => [w.severity, w.sessionId, w.date])).toEqual([['info', null, day(27)]])
    expect(Object.keys(shown[0].values).sort()).toEqual(['acute', 'acwr', 'chronic'])
    expect(shown[0].values.acwr).toBeGreaterThan(1.5)
  })

  it('the 1.5 threshold is strict', () => {
    const sessions = history(27)
    const acwr = ld4(sessions)[0].values.acwr
    expect(ld4(sessions, { ld4InfoAcwr: acwr })).toEqual([])
    expect(ld4(sessions, { ld4InfoAcwr: acwr - 0.01 })).toHaveLength(1)
  })

  it('is a caution when a session in the 7 days ending on asOf has a PN1 warning, info when it is 7 days back', () => {
    const withPain = (painDay: number) => history(27).map((s) => (s.date === day(painDay) ? { ...s, pain: 3 } : s))
    expect(ld4(withPain(21)).map((w) => w.severity)).toEqual(['caution'])
    expect(ld4(withPain(20)).map((w) => w.severity)).toEqual(['info'])
  })

  it('is a caution with an LD1 spike in the last 7 days, and never a stop', () => {
    const { list, add } = makeSessions()
    for (let d = 0; d < 21; d++) add(day(d), { durationMin: 30, rpe: 3, distanceKm: 5 })
    for (let d = 21; d <= 27; d++) add(day(d), { durationMin: 90, rpe: 8, distanceKm: 15 }) // +200% on day 21
    const w = ld4(list)
    expect(w.map((x) => x.severity)).toEqual(['caution'])
  })

  it('mentions that the ratio is contested', () => {
    expect(ld4(history(27))[0].why).toMatch(/contested/)
  })
})
