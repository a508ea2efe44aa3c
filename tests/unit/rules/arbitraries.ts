// fast-check generators for realistic training logs: mostly easy runs, some long and hard sessions,
// ankle weights on a minority of sessions at the weights athletes own, pain mostly low.
import fc from 'fast-check'
import { addDays } from '../../../src/shared/calendar'
import {
  ruleIds,
  type Clearance,
  type RuleAthlete,
  type RuleSession,
  type SessionType
} from '../../../src/shared/rules'

export const BASE_DAY = '2024-03-04' // a Monday
export const SPAN_DAYS = 56

const typeArb = fc.constantFrom<SessionType>(
  'easy',
  'easy',
  'easy',
  'easy',
  'long',
  'tempo',
  'interval',
  'hill_sprint',
  'incline',
  'race',
  'cross'
)
export const ownedWeightArb = fc.constantFrom(0.3, 0.5, 0.7, 1.0, 1.1, 1.4, 1.5, 1.8, 2.3, 2.5)
const kgArb = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: ownedWeightArb })
const lowPain = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: 3, max: 8 }) }
)

export const sessionSpecArb = fc.record({
  dayOffset: fc.integer({ min: 0, max: SPAN_DAYS - 1 }),
  startTime: fc.option(fc.constantFrom('06:30', '12:00', '18:15'), { nil: null }),
  type: typeArb,
  durationMin: fc.integer({ min: 15, max: 150 }),
  paceMinPerKm: fc.option(fc.constantFrom(4.5, 5, 5.5, 6, 6.5, 7.5), { nil: null, freq: 6 }),
  ankleWeightKg: kgArb,
  weightedShare: fc.constantFrom(0.1, 0.2, 0.3, 0.5, 1),
  rpe: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null, freq: 5 }),
  pain: fc.option(lowPain, { nil: null, freq: 3 }),
  painNextMorning: fc.option(lowPain, { nil: null }),
  formBreakdown: fc.constantFrom(false, false, false, false, false, true)
})
export type SessionSpec = typeof sessionSpecArb extends fc.Arbitrary<infer T> ? T : never

export function toSession(spec: SessionSpec, id: string): RuleSession {
  const weighted = spec.ankleWeightKg > 0
  return {
    id,
    date: addDays(BASE_DAY, spec.dayOffset),
    startTime: spec.startTime,
    type: spec.type,
    durationMin: spec.durationMin,
    distanceKm:
      spec.type === 'cross' || spec.paceMinPerKm === null
        ? null
        : Math.round((spec.durationMin / spec.paceMinPerKm) * 10) / 10,
    ankleWeightKg: spec.ankleWeightKg,
    weightedMin: weighted ? Math.max(1, Math.round(spec.durationMin * spec.weightedShare)) : 0,
    rpe: spec.rpe,
    pain: spec.pain,
    painNextMorning: spec.painNextMorning,
    formBreakdown: spec.formBreakdown
  }
}

export const historyArb = (maxLength = 40) =>
  fc.array(sessionSpecArb, { minLength: 1, maxLength }).map((specs) => specs.map((s, i) => toSession(s, `s${i}`)))

export const athleteArb: fc.Arbitrary<RuleAthlete> = fc.record({
  level: fc.constantFrom<RuleAthlete['level']>('novice', 'intermediate', 'advanced'),
  bodyMassKg: fc.option(fc.integer({ min: 45, max: 100 }), { nil: null, freq: 8 })
})

export const clearancesArb: fc.Arbitrary<Clearance[]> = fc.array(
  fc
    .record({ ruleId: fc.constantFrom(...ruleIds), dayOffset: fc.integer({ min: 0, max: SPAN_DAYS + 7 }) })
    .map(({ ruleId, dayOffset }) => ({ ruleId, clearedOn: addDays(BASE_DAY, dayOffset) })),
  { maxLength: 4 }
)
