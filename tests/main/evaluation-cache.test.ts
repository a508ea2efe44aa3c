// The squad and athlete views keep each athlete's evaluated warnings and squad row for the day
// (src/main/warnings.ts). A coach must never see a stale row: after every kind of write, and on a new
// day, the cached answers must equal a fresh full evaluation of the same file on a new connection.
import { describe, expect, it } from 'vitest'
import { createBackend, type Handlers } from '../../src/main/backend'
import { openDatabase } from '../../src/main/db/open'
import { addDays } from '../../src/shared/calendar'
import { seededRandom, valueOf } from '../helpers/call'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const TODAY = '2026-11-25' // a Wednesday

/** A clock at local noon, moved on by whole days when the test says so. */
const movableClock = () => {
  let offset = 0
  const [y, m, d] = TODAY.split('-').map(Number)
  return { clock: { now: () => new Date(y, m - 1, d + offset, 12, 0, 0) }, nextDay: () => void offset++ }
}

const rng = seededRandom

/** Everything the squad and athlete pages show, as one backend answers it. */
const views = async (backend: Handlers) => {
  const v = valueOf(backend)
  const all = await v<{ athletes: { id: number }[] }>('getSquad', { includeArchived: true })
  const active = await v('getSquad', { includeArchived: false })
  const athletes: Record<number, unknown> = {}
  for (const { id } of all.athletes) {
    athletes[id] = {
      warnings: await v('listWarnings', { athleteId: id }),
      dashboard: await v('getAthleteDashboard', { athleteId: id, range: 'all' }),
      recent: await v('getAthleteDashboard', { athleteId: id, range: '4' })
    }
  }
  return { all, active, athletes }
}

const setup = async () => {
  const file = tempDbFile()
  const db = openTemp(file)
  const { clock, nextDay } = movableClock()
  const backend = createBackend(db, { clock })
  const v = valueOf(backend)
  const rand = rng(42)
  const ids: number[] = []
  const levels = ['novice', 'intermediate', 'advanced'] as const
  for (const [i, name] of ['Ada Quist', 'Bo Berg', 'Cleo Novak', 'Dan Ruiz', 'Eli Okafor'].entries()) {
    ids.push(
      (
        await v<{ id: number }>('createAthlete', {
          name,
          bodyMassKg: i === 4 ? null : 55 + 6 * i,
          level: levels[i % 3]
        })
      ).id
    )
  }
  const types = ['easy', 'easy', 'long', 'tempo', 'interval', 'hill_sprint', 'cross', 'incline'] as const
  const sessionIds: number[] = []
  for (const id of ids) {
    // Eli runs easy and unweighted every other day: a quiet row beside the others.
    if (id === ids[4]) {
      for (let d = -90; d <= 0; d += 2) {
        sessionIds.push(
          (
            await v<{ id: number }>('createSession', {
              athleteId: id,
              date: addDays(TODAY, d),
              type: 'easy',
              durationMin: 40,
              distanceKm: 7,
              rpe: 3,
              pain: 0
            })
          ).id
        )
      }
      continue
    }
    for (let d = -90; d <= 0; d++) {
      if (rand() < 0.35) continue
      const type = types[Math.floor(rand() * types.length)]
      const weighted = type !== 'cross' && rand() < 0.4
      const durationMin = 25 + Math.floor(rand() * 50)
      const s = await v<{ id: number }>('createSession', {
        athleteId: id,
        date: addDays(TODAY, d),
        startTime: rand() < 0.5 ? '07:00' : null,
        type,
        durationMin,
        distanceKm: type === 'cross' ? null : Math.round(durationMin / 6) + (rand() < 0.05 ? 12 : 0),
        ankleWeightKg: weighted ? [0.5, 0.75, 1, 1.5][Math.floor(rand() * 4)] : 0,
        weightedMin: weighted ? 5 + Math.floor(rand() * 15) : 0,
        rpe: rand() < 0.9 ? 2 + Math.floor(rand() * 8) : null,
        pain: rand() < 0.8 ? (rand() < 0.06 ? 6 : Math.floor(rand() * 3)) : null,
        painNextMorning: rand() < 0.3 ? Math.floor(rand() * 4) : null,
        formBreakdown: weighted && rand() < 0.05
      })
      sessionIds.push(s.id)
    }
  }
  /** The same views from a new connection to the file: nothing cached, every athlete evaluated afresh. */
  const fresh = async () => {
    const other = openDatabase(file)
    try {
      return await views(createBackend(other, { clock }))
    } finally {
      other.close()
    }
  }
  const expectSameAsFresh = async (step: string) => {
    const cached = await views(backend)
    expect(cached, step).toEqual(await fresh())
    return cached
  }
  return { file, db, v, ids, sessionIds, nextDay, expectSameAsFresh }
}

describe('squad and athlete views kept per athlete', () => {
  it(
    'answer exactly what a fresh full evaluation answers after every kind of write and on a new day',
    { timeout: 60_000 },
    async () => {
      const { file, v, ids, sessionIds, nextDay, expectSameAsFresh } = await setup()
      const [ada, bo, cleo, dan, eli] = ids
      const first = await expectSameAsFresh('first call')
      // The fixture is varied enough to matter: stops, cautions and quiet athletes on the roster.
      expect(
        new Set(
          (first.all as unknown as { athletes: { worstSeverity: string | null }[] }).athletes.map(
            (a) => a.worstSeverity
          )
        ).size
      ).toBeGreaterThan(1)

      // A painful run today: a pain stop for Ada, from the cached roster of a moment ago.
      await v('createSession', {
        athleteId: ada,
        date: TODAY,
        type: 'easy',
        durationMin: 30,
        distanceKm: 5,
        pain: 7,
        rpe: 4
      })
      const afterPain = await expectSameAsFresh('session added')
      const pn1Today = (views: { athletes: Record<number, unknown> }) =>
        (views.athletes[ada] as { warnings: { stops: { ruleId: string; date: string }[] } }).warnings.stops.filter(
          (s) => s.ruleId === 'PN1' && s.date === TODAY
        )
      expect(pn1Today(afterPain)).toHaveLength(1)
      expect(
        (afterPain.all as { athletes: { id: number; worstSeverity: string | null }[] }).athletes.find(
          (a) => a.id === ada
        )!.worstSeverity
      ).toBe('stop')

      // An old session edited into a heavy weighted run, and another moved to a different day.
      const boSession = await v<{ id: number; date: string }[]>('listSessions', { athleteId: bo })
      const old = boSession[5]
      await v('updateSession', { ...old, ankleWeightKg: 2.5, weightedMin: 20, type: 'easy' })
      await expectSameAsFresh('session edited')
      await v('updateSession', { ...boSession[8], athleteId: cleo, date: addDays(TODAY, -2) })
      await expectSameAsFresh('session moved to another athlete')

      // Deleted, then brought back with Undo.
      const { undoToken } = await v<{ undoToken: string }>('deleteSession', { id: sessionIds[sessionIds.length - 1] })
      await expectSameAsFresh('session deleted')
      await v('undoDelete', { token: undoToken })
      await expectSameAsFresh('delete undone')

      // The coach clears Ada's pain stop after a review.
      await v('clearStop', {
        athleteId: ada,
        ruleId: 'PN1',
        clearedOn: TODAY,
        clearedBy: 'Coach',
        reason: 'Physio review'
      })
      const cleared = await expectSameAsFresh('stop cleared')
      expect(pn1Today(cleared)).toHaveLength(0)

      // Thresholds: coach-wide, then one athlete's own.
      await v('updateRulesConfig', { athleteId: null, values: { aw5CautionCount: 2 } })
      await expectSameAsFresh('coach-wide threshold changed')
      await v('updateRulesConfig', { athleteId: dan, values: { aw2CautionKg: 0.6 } })
      await expectSameAsFresh('athlete threshold changed')
      await v('resetRulesConfig', { athleteId: dan })
      await expectSameAsFresh('athlete thresholds reset')

      // Settings: the week starts on Sunday, masses in pounds.
      await v('updateSettings', { weekStartsOn: 0, massUnit: 'lb' })
      await expectSameAsFresh('settings changed')

      // The athlete's own profile: body mass and level feed the rules.
      await v('updateAthlete', { id: eli, name: 'Eli Okafor', bodyMassKg: 48, level: 'novice' })
      await expectSameAsFresh('athlete profile changed')
      await v('archiveAthlete', { id: cleo })
      await expectSameAsFresh('athlete archived')

      // A group session for several athletes in one transaction.
      await v('createGroupSessions', {
        sessions: [ada, bo, dan].map((athleteId) => ({
          athleteId,
          date: TODAY,
          type: 'hill_sprint',
          durationMin: 30,
          distanceKm: 5,
          ankleWeightKg: 1,
          weightedMin: 10,
          rpe: 8,
          pain: 0
        }))
      })
      await expectSameAsFresh('group session')

      // The day boundary: the same data, read a day and then a week later (stops age, weeks move).
      nextDay()
      await expectSameAsFresh('next day')
      for (let i = 0; i < 6; i++) nextDay()
      await expectSameAsFresh('a week later')

      // A write by another connection to the same file (another process holding the database).
      const other = openDatabase(file)
      try {
        other.prepare('UPDATE sessions SET pain = 8 WHERE id = ?').run(sessionIds[10])
        other
          .prepare(
            "INSERT INTO stop_clearances (athlete_id, rule_id, cleared_on, cleared_by, reason, created_at) VALUES (?, 'AW2', ?, 'Coach', 'Checked', 'x')"
          )
          .run(bo, addDays(TODAY, 7))
      } finally {
        other.close()
      }
      await expectSameAsFresh('written by another connection')

      // A deleted athlete leaves the roster.
      await v('deleteAthlete', { id: dan, confirmName: 'Dan Ruiz' })
      const last = await expectSameAsFresh('athlete deleted')
      expect((last.all as { athletes: { id: number }[] }).athletes.map((a) => a.id)).not.toContain(dan)
    }
  )
})
