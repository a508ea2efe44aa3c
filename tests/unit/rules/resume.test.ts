// After a change to an athlete's sessions or clearances, an evaluation resumed from the changed day
// (resumeEvaluation) must be exactly what a fresh evaluation of the whole history gives: warnings,
// stops in force, stops that ended, and the carry a later resume starts from. It is given only the
// sessions from resumeReadFrom on, so anything it would need from further back shows up as a difference.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/calendar'
import {
  advanceEvaluation,
  evaluateRulesWithStops,
  lookBackDays,
  resumeEvaluation,
  resumeReadFrom,
  type Clearance,
  type Evaluation,
  type RuleAthlete,
  type RuleSession,
  type RulesConfig
} from '../../../src/shared/rules'
import { athleteArb, BASE_DAY, sessionSpecArb, toSession } from './arbitraries'

const SPAN = 200 // days of history: long enough that most changes resume rather than reach the first session
let inserted = 0 // ids of inserted sessions, unique across rounds

const specArb = fc
  .tuple(sessionSpecArb, fc.integer({ min: 0, max: SPAN - 1 }), fc.option(fc.integer({ min: 3, max: 8 }), { freq: 4 }))
  .map(([spec, dayOffset, pain]) => ({ ...spec, dayOffset, pain: pain ?? spec.pain }))

const historyArb = fc
  .array(specArb, { minLength: 60, maxLength: 120 })
  .map((specs) => specs.map((s, i) => toSession(s, `s${i}`)))

const clearancesArb: fc.Arbitrary<Clearance[]> = fc.array(
  fc
    .record({
      ruleId: fc.constantFrom<Clearance['ruleId']>('PN1', 'PN2', 'ST1', 'AW3', 'AW1', 'FM1', 'AW5', 'LD1'),
      dayOffset: fc.integer({ min: 0, max: SPAN + 7 })
    })
    .map(({ ruleId, dayOffset }) => ({ ruleId, clearedOn: addDays(BASE_DAY, dayOffset) })),
  { maxLength: 6 }
)

const configArb = fc.constantFrom<Partial<RulesConfig> | undefined>(
  undefined,
  { weekStartsOn: 0, ld1WindowDays: 14 },
  { aw3WindowDays: 60, aw3MinDaysBetweenChanges: 21 },
  { pn2SettledSessionsToEnd: 3, ld4LinkDays: 14, ld4InfoAcwr: 1.1 },
  { dl1InfoWeeks: 2, dl1CautionWeeks: 3, weekStartsOn: 3 },
  { ex1MinDays: 90, ex1MinUnweightedRuns: 30 },
  { pn2RisingWindowDays: 14, fm1WindowDays: 40, ld4AcuteDays: 5, ld4SeedDays: 10 }
)

type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never

/** One change to the log, and the earliest day it touches (RULES.md: no rule looks at later sessions). */
type Change =
  | { kind: 'insert'; spec: Spec }
  | { kind: 'edit'; pick: number; recent: boolean; spec: Spec; keepDate: boolean }
  | { kind: 'delete'; pick: number; recent: boolean }
  | { kind: 'clear'; clearance: Clearance }
  | { kind: 'unclear'; pick: number }

// Changes land mostly near the end of the log, as a coach's do, and sometimes anywhere.
const recentSpecArb = fc
  .tuple(specArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 4 }))
  .map(([spec, back, anywhere]) => (anywhere > 0 ? { ...spec, dayOffset: Math.max(0, SPAN - 1 - back) } : spec))

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), spec: recentSpecArb }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    recent: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    spec: recentSpecArb,
    keepDate: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    pick: fc.nat(),
    recent: fc.integer({ min: 0, max: 4 }).map((n) => n > 0)
  }),
  fc.record({
    kind: fc.constant('clear' as const),
    clearance: fc
      .record({
        ruleId: fc.constantFrom<Clearance['ruleId']>('PN1', 'PN2', 'ST1', 'AW1', 'AW3', 'FM1'),
        back: fc.integer({ min: 0, max: 80 })
      })
      .map(({ ruleId, back }) => ({ ruleId, clearedOn: addDays(BASE_DAY, SPAN - 1 - back) }))
  }),
  fc.record({ kind: fc.constant('unclear' as const), pick: fc.nat() })
)

/** A session picked by position in date order: any of them, or one of the last 10 (a coach's usual edit). */
const picked = (sessions: RuleSession[], pick: number, recent: boolean): RuleSession => {
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return recent ? sorted[sorted.length - 1 - (pick % Math.min(10, sorted.length))] : sorted[pick % sorted.length]
}

function apply(
  sessions: RuleSession[],
  clearances: Clearance[],
  changes: Change[]
): { sessions: RuleSession[]; clearances: Clearance[]; from: string } {
  let s = [...sessions]
  let c = [...clearances]
  let from = '9999-12-31'
  const touch = (d: string) => {
    if (d < from) from = d
  }
  changes.forEach((change) => {
    if (change.kind === 'insert') {
      const added = toSession(change.spec, `new${++inserted}`)
      s.push(added)
      touch(added.date)
    } else if (change.kind === 'edit' && s.length > 0) {
      const old = picked(s, change.pick, change.recent)
      const edited = { ...toSession(change.spec, old.id), ...(change.keepDate ? { date: old.date } : {}) }
      s = s.map((x) => (x.id === old.id ? edited : x))
      touch(old.date)
      touch(edited.date)
    } else if (change.kind === 'delete' && s.length > 1) {
      const old = picked(s, change.pick, change.recent)
      s = s.filter((x) => x.id !== old.id)
      touch(old.date)
    } else if (change.kind === 'clear') {
      c.push(change.clearance)
      touch(change.clearance.clearedOn)
    } else if (change.kind === 'unclear' && c.length > 0) {
      const gone = c[change.pick % c.length]
      c = c.filter((x) => x !== gone)
      touch(gone.clearedOn)
    }
  })
  return { sessions: s, clearances: c, from }
}

interface Case {
  athlete: RuleAthlete
  config: Partial<RulesConfig> | undefined
  asOf: string
}

/** Resumes from prev as the backend does (reading only the window); null when it falls back to a full evaluation. */
function resume(prev: Evaluation, k: Case, sessions: RuleSession[], clearances: Clearance[], from: string) {
  const readFrom = resumeReadFrom(prev, from, k.config)
  if (readFrom === null) return null
  const window = sessions.filter((s) => s.date >= readFrom)
  return resumeEvaluation(prev, { ...k, sessions: window, clearances, from })
}

describe('resuming an evaluation from a changed day', () => {
  it('equals a fresh evaluation for any history, clearances, thresholds and edits, inserts and deletes', () => {
    let resumed = 0
    let runs = 0
    fc.assert(
      fc.property(
        athleteArb,
        historyArb,
        clearancesArb,
        configArb,
        fc.integer({ min: 0, max: 5 }),
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        (athlete, sessions, clearances, config, after, changes) => {
          runs++
          const k: Case = { athlete, config, asOf: addDays(BASE_DAY, SPAN - 1 + after) }
          const prev = evaluateRulesWithStops({ ...k, sessions, clearances })
          const next = apply(sessions, clearances, changes)
          const fresh = evaluateRulesWithStops({ ...k, sessions: next.sessions, clearances: next.clearances })
          const got = resume(prev, k, next.sessions, next.clearances, next.from)
          if (got === null) return // a change older than the checkpoints kept, or among the first days
          resumed++
          expect(got).toEqual(fresh)
        }
      ),
      { numRuns: 400 }
    )
    // Most changes must actually resume, or the property says little.
    expect(resumed).toBeGreaterThan(runs * 0.5)
  })

  it('chains: a resumed evaluation is a good start for the next change', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb,
        clearancesArb,
        configArb,
        fc.array(fc.array(changeArb, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 4 }),
        (athlete, sessions, clearances, config, rounds) => {
          const k: Case = { athlete, config, asOf: addDays(BASE_DAY, SPAN - 1) }
          let prev = evaluateRulesWithStops({ ...k, sessions, clearances })
          let state = { sessions, clearances }
          for (const changes of rounds) {
            const next = apply(state.sessions, state.clearances, changes)
            const fresh = evaluateRulesWithStops({ ...k, sessions: next.sessions, clearances: next.clearances })
            const got = resume(prev, k, next.sessions, next.clearances, next.from) ?? fresh
            expect(got).toEqual(fresh)
            prev = got
            state = next
          }
        }
      ),
      { numRuns: 150 }
    )
  })

  it('resumes an evaluation carried to a later day (a new day, then a session logged)', () => {
    fc.assert(
      fc.property(
        athleteArb,
        historyArb,
        clearancesArb,
        configArb,
        fc.integer({ min: 1, max: 20 }),
        fc.array(changeArb, { minLength: 1, maxLength: 2 }),
        (athlete, sessions, clearances, config, gap, changes) => {
          const day = addDays(BASE_DAY, SPAN - 1)
          const later = addDays(day, gap)
          // Nothing dated after the first day, so that it can be carried to the later one.
          const before = clearances.filter((c) => c.clearedOn <= day)
          const yesterday = evaluateRulesWithStops({ athlete, sessions, clearances: before, asOf: day, config })
          const carried = advanceEvaluation(yesterday, { athlete, asOf: later, config })
          const k: Case = { athlete, config, asOf: later }
          const next = apply(sessions, before, changes)
          const fresh = evaluateRulesWithStops({ ...k, sessions: next.sessions, clearances: next.clearances })
          const got = resume(carried, k, next.sessions, next.clearances, next.from)
          if (got !== null) expect(got).toEqual(fresh)
        }
      ),
      { numRuns: 150 }
    )
  })

  it('reads back only the longest look-back of the thresholds in force for a session logged today', () => {
    // Half a year of runs every other day; a session logged today needs the 42 days of AW3 (its 28-day
    // window plus the 14 days to the previous increase), started on the week's first day.
    const athlete = { level: 'intermediate' as const, bodyMassKg: 70 }
    const sessions: RuleSession[] = []
    for (let d = 0; d < 180; d += 2) sessions.push(run(`r${d}`, addDays(BASE_DAY, d), d % 10 === 0 ? 0.5 : 0))
    const asOf = addDays(BASE_DAY, 181)
    const prev = evaluateRulesWithStops({ athlete, sessions, asOf })
    expect(lookBackDays()).toBe(42)
    expect(lookBackDays({ aw3WindowDays: 60 })).toBe(74)
    const readFrom = resumeReadFrom(prev, asOf, undefined)
    expect(readFrom).not.toBeNull()
    expect(readFrom! <= addDays(asOf, -42)).toBe(true)
    expect(readFrom! > addDays(asOf, -49)).toBe(true)
    const today = run('today', asOf, 1.1)
    const window = [...sessions, today].filter((s) => s.date >= readFrom!)
    expect(window.length).toBeLessThan(30)
    const got = resumeEvaluation(prev, { athlete, sessions: window, asOf, from: asOf })
    expect(got).toEqual(evaluateRulesWithStops({ athlete, sessions: [...sessions, today], asOf }))
    // The heavier weight today is an AW3 increase, judged against the 28 days before it.
    expect(got?.warnings.some((w) => w.sessionId === 'today' && w.ruleId === 'AW3')).toBe(true)
  })

  it('carries a pain stop in force from months back without the sessions that started it', () => {
    const athlete = { level: 'intermediate' as const, bodyMassKg: 60 }
    const sessions: RuleSession[] = [{ ...run('hurt', BASE_DAY, 0), pain: 7 }]
    // Months of sessions without pain logged: the PN1 stop stays in force (nothing settles it).
    for (let d = 3; d < 150; d += 3) sessions.push(run(`r${d}`, addDays(BASE_DAY, d), 0))
    const asOf = addDays(BASE_DAY, 150)
    const prev = evaluateRulesWithStops({ athlete, sessions, asOf })
    expect(prev.stops.map((s) => s.sessionId)).toEqual(['hurt'])
    // Two settled sessions today end it.
    const settled = [0, 1].map((n) => ({ ...run(`ok${n}`, asOf, 0), pain: 1, startTime: `0${7 + n}:00` }))
    const next = [...sessions, ...settled]
    const got = resume(prev, { athlete, config: undefined, asOf }, next, [], asOf)
    expect(got).toEqual(evaluateRulesWithStops({ athlete, sessions: next, asOf }))
    expect(got?.stops).toEqual([])
    expect(got?.ended).toEqual([
      { ruleId: 'PN1', sessionId: 'hurt', date: BASE_DAY, endedOn: asOf, reason: 'settled', settledBy: ['ok0', 'ok1'] }
    ])
  })

  it('returns the previous evaluation for a change after asOf, and falls back when a change reaches the first session', () => {
    const athlete = { level: 'novice' as const, bodyMassKg: 55 }
    const sessions = [run('a', addDays(BASE_DAY, 10), 0), run('b', addDays(BASE_DAY, 100), 0)]
    const asOf = addDays(BASE_DAY, 100)
    const prev = evaluateRulesWithStops({ athlete, sessions, asOf })
    expect(resumeEvaluation(prev, { athlete, sessions: [], asOf, from: addDays(asOf, 1) })).toBe(prev)
    expect(resumeReadFrom(prev, addDays(BASE_DAY, 10), undefined)).toBeNull()
    expect(resumeReadFrom(prev, BASE_DAY, undefined)).toBeNull()
  })
})

function run(id: string, date: string, kg: number): RuleSession {
  return {
    id,
    date,
    startTime: null,
    type: 'easy',
    durationMin: 40,
    distanceKm: 7,
    ankleWeightKg: kg,
    weightedMin: kg > 0 ? 10 : 0,
    rpe: 4,
    pain: null,
    painNextMorning: null,
    formBreakdown: false
  }
}
