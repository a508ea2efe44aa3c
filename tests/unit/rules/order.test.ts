// Session order (RULES.md): date; on one day, timed sessions first in time order; ties by id as plain strings.
import { describe, expect, it } from 'vitest'
import { evaluateRules, sortSessions } from '../../../src/shared/rules'
import { athlete, day, makeSessions, onSession, weights } from './helpers'

describe('session order', () => {
  it('timed sessions first in time order, then the rest; ties by id as plain strings', () => {
    const s = (id: string, date: string, startTime: string | null = null) => ({ id, date, startTime })
    const sorted = sortSessions([
      s('b', day(1)),
      s('a', day(1)),
      s('Z', day(1)),
      s('x', day(1), '18:00'),
      s('y', day(1), '07:30'),
      s('w', day(0), '23:00')
    ])
    expect(sorted.map((x) => x.id)).toEqual(['w', 'y', 'x', 'Z', 'a', 'b'])
  })

  it('decides which of two same-day weighted sessions gets the 1-day-gap warning', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(0.5, 10))
    const evening = add(day(2), { ...weights(0.5, 10), startTime: '19:00' })
    const untimed = add(day(2), weights(0.5, 10))
    const morning = add(day(2), { ...weights(0.5, 10), startTime: '06:00' })
    const all = evaluateRules({ athlete: athlete('advanced', 100), sessions: list })
    const gap = (id: string) =>
      onSession(all, id).find((w) => w.ruleId === 'AW5' && 'gapDays' in w.values)?.values.gapDays
    expect([gap(morning.id), gap(evening.id), gap(untimed.id)]).toEqual([undefined, 0, 0])
  })
})
