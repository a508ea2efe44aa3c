// The demo squad: six athletes with twelve weeks of realistic training, so a new coach sees a
// full dashboard at once. Deterministic (seeded) so screenshots and tests are repeatable.
import { addDays, weekStartOf, weekday } from '../shared/calendar'
import type { Level, SessionTypeName } from '../shared/domain'
import type { CleanSession } from './db/sessions'

type DemoSession = Omit<CleanSession, 'athleteId'>

export interface DemoAthlete {
  athlete: { name: string; bodyMassKg: number | null; level: Level; ownedWeightsKg: number[]; notes: string }
  sessions: DemoSession[]
}

/** Small seeded PRNG (mulberry32) so the squad is the same every time. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

interface SlotPlan {
  /** 0 = Sunday ... 6 = Saturday */
  day: number
  type: SessionTypeName
  minutes: number
  paceMinPerKm: number | null
  rpe: number
  weighted?: { kg: number; minutes: number; fromWeek: number }
}

interface Profile {
  athlete: DemoAthlete['athlete']
  seed: number
  slots: SlotPlan[]
  /** Changes to the last sessions, applied by days-ago, to give the squad a realistic mix of warnings. */
  recent?: (today: string) => DemoSession[]
}

const session = (
  date: string,
  type: SessionTypeName,
  minutes: number,
  pace: number | null,
  rpe: number,
  extra: Partial<DemoSession> = {}
): DemoSession => ({
  date,
  startTime: null,
  type,
  durationMin: minutes,
  distanceKm: pace ? Math.round((minutes / pace) * 10) / 10 : null,
  ankleWeightKg: 0,
  weightedMin: 0,
  rpe,
  // Not logged unless a profile says so: an invented 0 would read as "settled" to the pain rules.
  pain: null,
  painNextMorning: null,
  painLocation: '',
  formBreakdown: false,
  notes: '',
  source: 'manual',
  externalId: null,
  ...extra
})

const profiles: Profile[] = [
  {
    athlete: {
      name: 'Maya Okafor',
      bodyMassKg: 62,
      level: 'intermediate',
      ownedWeightsKg: [0.5, 1],
      notes: 'Half-marathon in spring. Weighted strides once a week.'
    },
    seed: 11,
    slots: [
      { day: 1, type: 'easy', minutes: 45, paceMinPerKm: 5.8, rpe: 4, weighted: { kg: 0.5, minutes: 10, fromWeek: 4 } },
      { day: 2, type: 'hill_sprint', minutes: 35, paceMinPerKm: 6.2, rpe: 7 },
      { day: 4, type: 'tempo', minutes: 40, paceMinPerKm: 5.0, rpe: 7 },
      { day: 6, type: 'long', minutes: 85, paceMinPerKm: 5.9, rpe: 5 }
    ]
  },
  {
    athlete: {
      name: 'Tomás Rivera',
      bodyMassKg: 74,
      level: 'advanced',
      ownedWeightsKg: [1, 1.5, 2],
      notes: 'Trail runner. Keen on heavier weights; keep an eye on it.'
    },
    seed: 22,
    slots: [
      { day: 1, type: 'easy', minutes: 50, paceMinPerKm: 5.2, rpe: 4, weighted: { kg: 1, minutes: 15, fromWeek: 2 } },
      { day: 3, type: 'interval', minutes: 55, paceMinPerKm: 4.6, rpe: 8 },
      { day: 5, type: 'easy', minutes: 45, paceMinPerKm: 5.3, rpe: 4 },
      { day: 0, type: 'long', minutes: 100, paceMinPerKm: 5.4, rpe: 6 }
    ],
    // Jumped to 1.5 kg per ankle this week: above the absolute and body-mass cautions.
    recent: (today) => [
      session(addDays(today, -1), 'easy', 50, 5.2, 5, {
        ankleWeightKg: 1.5,
        weightedMin: 15,
        pain: 0,
        notes: 'Tried the 1.5 kg pair.'
      })
    ]
  },
  {
    athlete: {
      name: 'Ingrid Solberg',
      bodyMassKg: 58,
      level: 'novice',
      ownedWeightsKg: [0.5],
      notes: 'Returning after a calf strain last year.'
    },
    seed: 33,
    slots: [
      { day: 1, type: 'easy', minutes: 30, paceMinPerKm: 6.8, rpe: 4 },
      { day: 3, type: 'easy', minutes: 35, paceMinPerKm: 6.7, rpe: 4, weighted: { kg: 0.5, minutes: 8, fromWeek: 6 } },
      { day: 6, type: 'long', minutes: 55, paceMinPerKm: 6.9, rpe: 5 }
    ],
    // Achilles pain of 6 during a weighted run two days ago: a stop that is still in force.
    recent: (today) => [
      session(addDays(today, -2), 'easy', 35, 6.7, 5, {
        ankleWeightKg: 0.5,
        weightedMin: 8,
        pain: 6,
        painNextMorning: 4,
        painLocation: 'Left Achilles',
        notes: 'Sore from 20 min in.'
      })
    ]
  },
  {
    athlete: {
      name: 'Jonah Becker',
      bodyMassKg: 80,
      level: 'intermediate',
      ownedWeightsKg: [],
      notes: 'No weights: hill sprints and intervals instead.'
    },
    seed: 44,
    slots: [
      { day: 1, type: 'easy', minutes: 40, paceMinPerKm: 5.6, rpe: 3 },
      { day: 2, type: 'interval', minutes: 50, paceMinPerKm: 4.9, rpe: 8 },
      { day: 4, type: 'incline', minutes: 35, paceMinPerKm: 6.5, rpe: 6 },
      { day: 5, type: 'cross', minutes: 45, paceMinPerKm: null, rpe: 4 },
      { day: 0, type: 'long', minutes: 90, paceMinPerKm: 5.7, rpe: 5 }
    ]
  },
  {
    athlete: {
      name: 'Priya Nair',
      bodyMassKg: 52,
      level: 'novice',
      ownedWeightsKg: [0.5],
      notes: 'First year of running. Building a base before any weights.'
    },
    seed: 55,
    slots: [
      { day: 2, type: 'easy', minutes: 25, paceMinPerKm: 7.2, rpe: 4 },
      { day: 4, type: 'easy', minutes: 30, paceMinPerKm: 7.1, rpe: 4 },
      { day: 6, type: 'long', minutes: 45, paceMinPerKm: 7.3, rpe: 5 }
    ]
  },
  {
    athlete: {
      name: 'Łukasz Nowak',
      bodyMassKg: 70,
      level: 'advanced',
      ownedWeightsKg: [0.5, 1],
      notes: 'Marathoner. Wants weights on every run; we agreed on two a week.'
    },
    seed: 66,
    slots: [
      { day: 1, type: 'easy', minutes: 50, paceMinPerKm: 5.0, rpe: 4, weighted: { kg: 1, minutes: 15, fromWeek: 1 } },
      { day: 2, type: 'hill_sprint', minutes: 40, paceMinPerKm: 5.8, rpe: 8 },
      { day: 4, type: 'easy', minutes: 50, paceMinPerKm: 5.0, rpe: 4, weighted: { kg: 1, minutes: 15, fromWeek: 3 } },
      { day: 6, type: 'tempo', minutes: 50, paceMinPerKm: 4.3, rpe: 7 },
      { day: 0, type: 'long', minutes: 120, paceMinPerKm: 5.1, rpe: 6 }
    ]
  }
]

const WEEKS = 12

export const buildDemoSquad = (today: string): DemoAthlete[] =>
  profiles.map((p) => {
    const rnd = prng(p.seed)
    const recent = p.recent?.(today) ?? []
    const overridden = new Set(recent.map((s) => s.date))
    // Whole Monday weeks, so the first week of history is not a partial one that skews weekly rules.
    const first = weekStartOf(addDays(today, -(WEEKS * 7 - 1)), 1)
    const out: DemoSession[] = []
    for (let i = 0; addDays(first, i) < today; i++) {
      const date = addDays(first, i)
      if (date >= today || overridden.has(date)) continue
      const week = Math.floor(i / 7) + 1
      for (const slot of p.slots) {
        if (slot.day !== weekday(date)) continue
        if (rnd() < 0.08) continue // a missed session now and then
        const minutes = Math.round(slot.minutes * (0.9 + rnd() * 0.2))
        const weighted = slot.weighted && week >= slot.weighted.fromWeek && week % 6 !== 3 // a deload week every sixth (weeks 3 and 9)
        // The draws stay in this order (RPE, pain, start), so the squad is the same as before.
        const rpe = Math.min(10, Math.max(1, slot.rpe + (rnd() < 0.2 ? 1 : 0)))
        const sore = rnd() < 0.1
        const startTime = rnd() < 0.5 ? '07:00' : '18:30'
        out.push(
          session(date, slot.type, minutes, slot.paceMinPerKm, rpe, {
            ankleWeightKg: weighted ? slot.weighted!.kg : 0,
            weightedMin: weighted ? slot.weighted!.minutes : 0,
            // The coach asks about pain after every weighted run (0 is a real answer then); after
            // other runs only a niggle the athlete mentions is logged, the rest stays not logged.
            pain: sore ? 1 : weighted ? 0 : null,
            startTime
          })
        )
      }
    }
    return { athlete: p.athlete, sessions: [...out, ...recent] }
  })
