// Properties of the rules engine over realistic random training logs.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayNumber } from '../../../src/shared/calendar'
import { evaluateRules, severityRank, type RuleId, type RuleSession, type Warning } from '../../../src/shared/rules'
import { BASE_DAY, SPAN_DAYS, athleteArb, clearancesArb, historyArb, sessionSpecArb, toSession } from './arbitraries'

const numRuns = 100
const lastDate = (sessions: RuleSession[]) => sessions.reduce((m, s) => (s.date > m ? s.date : m), sessions[0].date)

/** Worst severity rank per "sessionId|ruleId" for the given rules. */
function worstBySessionRule(ws: Warning[], rules: ReadonlySet<RuleId>): Map<string, number> {
  const m = new Map<string, number>()
  for (const w of ws) {
    if (w.sessionId === null || !rules.has(w.ruleId)) continue
    const key = `${w.sessionId}|${w.ruleId}`
    m.set(key, Math.max(m.get(key) ?? 0, severityRank[w.severity]))
  }
  return m
}

function expectNoRise(before: Map<string, number>, after: Map<string, number>): void {
  for (const [key, rank] of after) expect(rank, key).toBeLessThanOrEqual(before.get(key) ?? 0)
}

const WEIGHTED_RULES = new Set<RuleId>(['AW1', 'AW2', 'AW3', 'AW4', 'AW5', 'AW6', 'EX1', 'FM1', 'DL1'])

describe('rules engine properties', () => {
  it('input order never changes the result', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb().chain((h) =>
          fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length, maxLength: h.length }))
        ),
        clearancesArb,
        (athlete, [sessions, shuffled], clearances) => {
          const a = evaluateRules({ athlete, sessions, clearances })
          const b = evaluateRules({ athlete, sessions: shuffled, clearances: [...clearances].reverse() })
          expect(b).toEqual(a)
        }
      ),
      { numRuns }
    )
  })

  it('sessions after asOf never change the result', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb(),
        fc.array(sessionSpecArb, { minLength: 1, maxLength: 8 }),
        clearancesArb,
        (athlete, sessions, laterSpecs, clearances) => {
          const asOf = lastDate(sessions)
          const later = laterSpecs.map((spec, i) =>
            toSession(
              { ...spec, dayOffset: dayNumber(asOf) - dayNumber(BASE_DAY) + 1 + (spec.dayOffset % 10) },
              `later${i}`
            )
          )
          const a = evaluateRules({ athlete, sessions, clearances, asOf })
          const b = evaluateRules({ athlete, sessions: [...sessions, ...later], clearances, asOf })
          expect(b).toEqual(a)
        }
      ),
      { numRuns }
    )
  })

  it("logging a later session never changes an earlier session's warnings", () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb(),
        fc.array(sessionSpecArb, { minLength: 1, maxLength: 5 }),
        clearancesArb,
        (athlete, sessions, laterSpecs, clearances) => {
          const last = dayNumber(lastDate(sessions)) - dayNumber(BASE_DAY)
          const later = laterSpecs.map((spec, i) =>
            toSession({ ...spec, dayOffset: last + 1 + (spec.dayOffset % 5) }, `later${i}`)
          )
          const attached = (ws: Warning[]) => ws.filter((w) => w.sessionId !== null && !w.sessionId.startsWith('later'))
          const before = attached(evaluateRules({ athlete, sessions, clearances }))
          const after = attached(evaluateRules({ athlete, sessions: [...sessions, ...later], clearances }))
          expect(after).toEqual(before)
        }
      ),
      { numRuns }
    )
  })

  it('lowering every ankle weight never raises an AW1, AW2 or AW3 severity', () => {
    const rules = new Set<RuleId>(['AW1', 'AW2', 'AW3'])
    fc.assert(
      fc.property(athleteArb, historyArb(), fc.constantFrom(0.25, 0.5, 0.75, 0.9), (athlete, sessions, factor) => {
        const lighter = sessions.map((s) => ({ ...s, ankleWeightKg: s.ankleWeightKg * factor }))
        expectNoRise(
          worstBySessionRule(evaluateRules({ athlete, sessions }), rules),
          worstBySessionRule(evaluateRules({ athlete, sessions: lighter }), rules)
        )
      }),
      { numRuns }
    )
  })

  it('adding an unweighted session on a rest day never adds a weighted rule (AW1-AW6, EX1, FM1, DL1)', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb(),
        sessionSpecArb,
        fc.constantFrom('easy', 'cross') as fc.Arbitrary<'easy' | 'cross'>,
        (athlete, sessions, spec, type) => {
          const used = new Set(sessions.map((s) => s.date))
          const restDays = Array.from({ length: SPAN_DAYS }, (_, k) => k).filter((k) => !used.has(addDays(BASE_DAY, k)))
          fc.pre(restDays.length > 0)
          const restDay = restDays[spec.dayOffset % restDays.length]
          const extra = toSession({ ...spec, type, dayOffset: restDay, ankleWeightKg: 0 }, 'extra')
          expectNoRise(
            worstBySessionRule(evaluateRules({ athlete, sessions }), WEIGHTED_RULES),
            worstBySessionRule(evaluateRules({ athlete, sessions: [...sessions, extra] }), WEIGHTED_RULES)
          )
        }
      ),
      { numRuns }
    )
  })

  it('adding an unweighted easy or cross session on any day, at any time, never adds a weighted rule', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb(),
        sessionSpecArb,
        fc.constantFrom('easy', 'cross') as fc.Arbitrary<'easy' | 'cross'>,
        (athlete, sessions, spec, type) => {
          const extra = toSession({ ...spec, type, ankleWeightKg: 0 }, 'extra')
          expectNoRise(
            worstBySessionRule(evaluateRules({ athlete, sessions }), WEIGHTED_RULES),
            worstBySessionRule(evaluateRules({ athlete, sessions: [...sessions, extra] }), WEIGHTED_RULES)
          )
        }
      ),
      { numRuns }
    )
  })

  it('unweighted sessions never get a weighted rule, and session warnings carry their session date', () => {
    fc.assert(
      fc.property(athleteArb, historyArb(), clearancesArb, (athlete, sessions, clearances) => {
        const byId = new Map(sessions.map((s) => [s.id, s]))
        const all = evaluateRules({ athlete, sessions, clearances })
        const asOf = lastDate(sessions)
        for (const w of all) {
          if (w.sessionId === null) {
            expect(w.date).toBe(asOf)
            continue
          }
          const s = byId.get(w.sessionId) as RuleSession
          expect(w.date).toBe(s.date)
          if (s.ankleWeightKg === 0)
            expect(WEIGHTED_RULES.has(w.ruleId), `${w.ruleId} on an unweighted session`).toBe(false)
        }
      }),
      { numRuns }
    )
  })
})
