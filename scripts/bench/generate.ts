// Builds the bench database through the project's own tables (the schema of src/main/db/migrations):
// athletes, sessions, a few threshold overrides and stop clearances. One transaction, prepared
// statements: the fast path a bulk load can take. Seeded, so every run builds the same squad.
import { addDays } from '../../src/shared/calendar'
import type { Db } from '../../src/main/db/open'
import { mulberry32, pick, type Rand } from './rng'

export interface SquadSize {
  athletes: number
  days: number
}

export const FULL: SquadSize = { athletes: 200, days: 3 * 365 + 1 }
export const TINY: SquadSize = { athletes: 6, days: 70 }

const FIRST = [
  'Ada',
  'Bo',
  'Cleo',
  'Dan',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lea',
  'Mo',
  'Nia',
  'Oto',
  'Pia',
  'Quin',
  'Rosa',
  'Sam',
  'Tea'
]
const LAST = ['Quist', 'Berg', 'Novak', 'Ruiz', 'Okafor', 'Lind', 'Sato', 'Moreau', 'Kowal', 'Haas']
const LEVELS = ['novice', 'intermediate', 'advanced'] as const
const WEIGHTS = [0.25, 0.5, 0.75, 1.0, 1.1, 1.5]

interface Row {
  athleteId: number
  date: string
  startTime: string | null
  type: string
  durationMin: number
  distanceKm: number | null
  ankleWeightKg: number
  weightedMin: number
  rpe: number | null
  pain: number | null
  painNextMorning: number | null
  formBreakdown: number
}

/** One athlete's log: mostly daily running with rest days, weighted easy runs, hard days, pain episodes. */
function athleteLog(rand: Rand, athleteId: number, start: string, days: number, emit: (r: Row) => void): void {
  const restChance = 0.15 + rand() * 0.15
  const weightedChance = 0.2 + rand() * 0.4
  const baseKg = pick(rand, WEIGHTS)
  let painDays = 0
  for (let d = 0; d < days; d++) {
    if (rand() < restChance) continue
    const dow = d % 7
    const type =
      dow === 1
        ? 'interval'
        : dow === 3
          ? rand() < 0.5
            ? 'hill_sprint'
            : 'tempo'
          : dow === 5
            ? 'long'
            : dow === 6 && rand() < 0.3
              ? 'cross'
              : rand() < 0.05
                ? 'incline'
                : 'easy'
    const durationMin = type === 'long' ? 70 + Math.round(rand() * 50) : 25 + Math.round(rand() * 35)
    const weighted = type !== 'cross' && rand() < weightedChance
    if (painDays === 0 && rand() < 0.01) painDays = 2 + Math.floor(rand() * 4)
    const painy = painDays > 0
    if (painDays > 0) painDays--
    const kg = weighted ? Math.max(0.25, baseKg + pick(rand, [-0.25, 0, 0, 0, 0.25])) : 0
    emit({
      athleteId,
      date: addDays(start, d),
      startTime: rand() < 0.5 ? pick(rand, ['06:30', '07:00', '12:15', '18:00']) : null,
      type,
      durationMin,
      distanceKm: type === 'cross' ? null : Math.round((durationMin / (5 + rand() * 1.5)) * 10) / 10,
      ankleWeightKg: kg,
      weightedMin: weighted ? Math.min(durationMin, 5 + Math.round(rand() * 20)) : 0,
      rpe:
        rand() < 0.9
          ? Math.max(1, Math.min(10, Math.round(type === 'easy' || type === 'long' ? 3 + rand() * 3 : 6 + rand() * 3)))
          : null,
      pain: rand() < 0.7 ? (painy ? 3 + Math.floor(rand() * 5) : Math.floor(rand() * 3)) : null,
      painNextMorning: rand() < 0.3 ? Math.floor(rand() * (painy ? 6 : 3)) : null,
      formBreakdown: weighted && rand() < 0.02 ? 1 : 0
    })
    // Some days have a second, short session.
    if (rand() < 0.04) {
      emit({
        athleteId,
        date: addDays(start, d),
        startTime: '19:00',
        type: 'easy',
        durationMin: 20,
        distanceKm: 3.5,
        ankleWeightKg: 0,
        weightedMin: 0,
        rpe: 3,
        pain: 0,
        painNextMorning: null,
        formBreakdown: 0
      })
    }
  }
}

/** Fills an empty, migrated database; returns how many athletes and sessions it wrote. */
export function generateSquad(
  db: Db,
  size: SquadSize,
  today: string,
  seed = 20261125
): { athletes: number; sessions: number } {
  const rand = mulberry32(seed)
  const now = `${today}T06:00:00.000Z`
  const start = addDays(today, -(size.days - 1))
  const insertAthlete = db.prepare(
    `INSERT INTO athletes (name, body_mass_kg, level, owned_weights_kg, notes, created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, '', ?, ?, ?)`
  )
  const insertSession = db.prepare(
    `INSERT INTO sessions (athlete_id, date, start_time, type, duration_min, distance_km, ankle_weight_kg, weighted_min,
        rpe, pain, pain_next_morning, pain_location, form_breakdown, notes, source, external_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', 'manual', NULL, ?, ?)`
  )
  const insertOverride = db.prepare('INSERT INTO rules_config (athlete_id, key, value, updated_at) VALUES (?, ?, ?, ?)')
  const insertClearance = db.prepare(
    `INSERT INTO stop_clearances (athlete_id, rule_id, cleared_on, cleared_by, reason, created_at) VALUES (?, ?, ?, 'Coach', 'Reviewed in person', ?)`
  )
  let sessions = 0
  db.transaction(() => {
    for (let a = 0; a < size.athletes; a++) {
      const name = `${FIRST[a % FIRST.length]} ${LAST[Math.floor(a / FIRST.length) % LAST.length]}${a >= FIRST.length * LAST.length ? ` ${a}` : ''}`
      const mass = rand() < 0.05 ? null : Math.round(50 + rand() * 40)
      const archived = rand() < 0.05 ? now : null
      const id = Number(
        insertAthlete.run(name, mass, pick(rand, LEVELS), JSON.stringify(WEIGHTS.slice(0, 3)), now, now, archived)
          .lastInsertRowid
      )
      athleteLog(rand, id, start, size.days, (r) => {
        insertSession.run(
          r.athleteId,
          r.date,
          r.startTime,
          r.type,
          r.durationMin,
          r.distanceKm,
          r.ankleWeightKg,
          r.weightedMin,
          r.rpe,
          r.pain,
          r.painNextMorning,
          r.formBreakdown,
          now,
          now
        )
        sessions++
      })
      if (rand() < 0.1) insertOverride.run(id, 'aw5CautionCount', 4, now)
      for (const ruleId of ['PN1', 'AW5', 'ST1'])
        if (rand() < 0.3) insertClearance.run(id, ruleId, addDays(start, Math.floor(rand() * size.days)), now)
    }
  })()
  return { athletes: size.athletes, sessions }
}
