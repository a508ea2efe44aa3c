// FM1 form breakdown under load.
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '../../../src/shared/rules'
import { athlete, day, expectNoRule, makeSessions, ofRule, weights } from './helpers'

const a = athlete('intermediate', 70)

function flagged(days: number[], weighted = true) {
  const { list, add } = makeSessions()
  for (const d of days) add(day(d), { formBreakdown: true, ...(weighted ? weights(0.5, 10) : {}) })
  return ofRule(evaluateRules({ athlete: a, sessions: list }), 'FM1').filter((w) => w.sessionId !== null)
}

describe('FM1 form breakdown', () => {
  it('a flagged weighted session is a caution', () => {
    expect(flagged([0]).map((w) => w.severity)).toEqual(['caution'])
  })
  it('another flag 13 days later is a stop; 14 days later a caution again', () => {
    expect(flagged([0, 13]).map((w) => [w.severity, w.values.daysSincePreviousFlag])).toEqual([
      ['caution', undefined],
      ['stop', 13]
    ])
    expect(flagged([0, 14]).map((w) => w.severity)).toEqual(['caution', 'caution'])
  })
  it('a flag on an unweighted run is not FM1', () => {
    expectNoRule(flagged([0, 3], false), 'FM1')
  })
})
