// After a change to an athlete's sessions or clearances, the kept evaluation is not thrown away: the
// next read resumes it from the earliest changed day and reads only that window's sessions
// (src/main/warnings.ts resumedEvaluation, shared/rules/resume.ts). What the coach sees must be
// exactly what a fresh full evaluation shows, for every kind of write: edits of old sessions, a session
// moved earlier or later, deletes, clearances, transactions that roll back, imports and undo. The
// squad row and the charts built from the evaluation must follow it.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Handlers } from '../../src/main/backend'
import { createContext } from '../../src/main/context'
import { openDatabase } from '../../src/main/db/open'
import { athleteWarnings, evaluateAthlete, evaluationCache } from '../../src/main/warnings'
import { addDays } from '../../src/shared/calendar'
import { seededRandom, valueOf } from '../helpers/call'
import { filesIn, fixtures, preview } from '../helpers/import-io'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const TODAY = '2026-11-25' // a Wednesday
const [Y, M, D] = TODAY.split('-').map(Number)
const clock = { now: () => new Date(Y, M - 1, D, 12, 0, 0) }

const rng = seededRandom

/** What the squad and athlete pages show for these athletes. */
const views = async (backend: Handlers, ids: number[]) => {
  const v = valueOf(backend)
  const squad = await v('getSquad', { includeArchived: true })
  const athletes: Record<number, unknown> = {}
  for (const id of ids)
    athletes[id] = {
      warnings: await v('listWarnings', { athleteId: id }),
      dashboard: await v('getAthleteDashboard', { athleteId: id, range: 'all' })
    }
  return { squad, athletes }
}

const setup = async () => {
  const file = tempDbFile()
  const db = openTemp(file)
  const backend = createBackend(db, { clock })
  const v = valueOf(backend)
  // The rules as the handlers run them, on the same connection (so the same kept evaluations), with
  // the session reads it makes written down.
  const ctx = createContext(db, { clock })
  const reads: string[] = []
  const listByAthlete = ctx.sessions.listByAthlete
  ctx.sessions.listByAthlete = (athleteId, from, to) => {
    reads.push(from ?? '0000-01-01')
    return listByAthlete(athleteId, from, to)
  }
  const ruleSessions = ctx.sessions.ruleSessions
  ctx.sessions.ruleSessions = (athleteId, from, to) => {
    reads.push(from ?? '0000-01-01')
    return ruleSessions(athleteId, from, to)
  }
  const rand = rng(7)
  const ids: number[] = []
  for (const [i, name] of ['Ada Quist', 'Bo Berg'].entries())
    ids.push((await v<{ id: number }>('createAthlete', { name, bodyMassKg: 58 + 9 * i, level: 'intermediate' })).id)
  const types = ['easy', 'easy', 'easy', 'long', 'tempo', 'interval', 'cross'] as const
  for (const id of ids) {
    // Five months of training: weights in some easy runs, a painful run now and then.
    for (let d = -150; d <= 0; d++) {
      if (rand() < 0.4) continue
      const type = types[Math.floor(rand() * types.length)]
      const weighted = type === 'easy' && rand() < 0.4
      const durationMin = 25 + Math.floor(rand() * 50)
      await v('createSession', {
        athleteId: id,
        date: addDays(TODAY, d),
        startTime: rand() < 0.5 ? '07:00' : null,
        type,
        durationMin,
        distanceKm: type === 'cross' ? null : Math.round(durationMin / 6),
        ankleWeightKg: weighted ? [0.5, 0.75, 1][Math.floor(rand() * 3)] : 0,
        weightedMin: weighted ? 5 + Math.floor(rand() * 15) : 0,
        rpe: 2 + Math.floor(rand() * 8),
        pain: rand() < 0.08 ? 6 : Math.floor(rand() * 3),
        painNextMorning: rand() < 0.3 ? Math.floor(rand() * 4) : null,
        formBreakdown: weighted && rand() < 0.05
      })
    }
  }
  const cache = evaluationCache(db)!
  const athlete = (id: number) => ctx.athletes.get(id)!
  /** The same pages from a new connection to the file: nothing kept, everyone evaluated afresh. */
  const fresh = async () => {
    const other = openDatabase(file)
    try {
      return await views(createBackend(other, { clock }), ids)
    } finally {
      other.close()
    }
  }
  /** Reads the athlete's page so that their whole evaluation of today is kept. */
  const keep = async (id: number) => {
    await v('getAthleteDashboard', { athleteId: id, range: 'all' })
    expect(cache.peek(id, TODAY, 'evaluation')).toBeDefined()
  }
  /**
   * After a write: the kept evaluation waits with the earliest day the write touched, the next read
   * resumes from it reading only a window of sessions, and every page equals a fresh evaluation.
   */
  const expectResumed = async (step: string, id: number, from: string) => {
    expect(cache.base(id, TODAY)?.from, step).toBe(from)
    reads.length = 0
    const resumed = athleteWarnings(ctx, athlete(id))
    expect(reads, step).toHaveLength(1)
    expect(reads[0] >= addDays(from, -49) && reads[0] <= addDays(from, -42), `${step}: read from ${reads[0]}`).toBe(
      true
    )
    expect(resumed, step).toEqual(evaluateAthlete(ctx, athlete(id)))
    expect(cache.peek(id, TODAY, 'evaluation'), step).toBe(resumed)
    expect(await views(backend, ids), step).toEqual(await fresh())
  }
  return { db, backend, v, ids, cache, ctx, reads, athlete, keep, fresh, expectResumed }
}

describe('an evaluation kept per athlete, resumed after a change', () => {
  it(
    'equals a fresh evaluation after edits, moves, deletes, clearances, rollbacks, imports and undo, reading only the window',
    { timeout: 120_000 },
    async () => {
      const { db, backend, v, ids, cache, ctx, reads, athlete, keep, fresh, expectResumed } = await setup()
      const [ada, bo] = ids
      const log = async (id: number) =>
        (await v<{ id: number; date: string }[]>('listSessions', { athleteId: id })).map((s) => s as any)

      // A session logged today: the common case.
      await keep(ada)
      await v('createSession', { athleteId: ada, date: TODAY, type: 'easy', durationMin: 30, distanceKm: 5, pain: 7 })
      await expectResumed('session logged today', ada, TODAY)

      // An old session edited in place (three weeks back), then the same page read again.
      const sessions = await log(ada)
      const threeWeeks = sessions.find((s) => s.date === addDays(TODAY, -21)) ?? sessions[15]
      await v('updateSession', { ...threeWeeks, ankleWeightKg: 1.5, weightedMin: 25, pain: 4 })
      await expectResumed('old session edited', ada, threeWeeks.date)

      // A session moved to an earlier day, then one moved to a later day: the earlier of its two days counts.
      const moving = sessions[5]
      const earlier = addDays(moving.date, -20)
      await v('updateSession', { ...moving, date: earlier })
      await expectResumed('session moved earlier', ada, earlier)
      const later = sessions.find((s) => s.date <= addDays(TODAY, -30)) ?? sessions[30]
      await v('updateSession', { ...later, date: addDays(TODAY, -2) })
      await expectResumed('session moved later', ada, later.date)

      // Two writes before the next read: the earliest day of both.
      const a = sessions[3]
      const b = sessions[12]
      await v('updateSession', { ...a, rpe: 9 })
      await v('deleteSession', { id: b.id })
      await expectResumed('two writes', ada, a.date < b.date ? a.date : b.date)

      // Deleted, then brought back with Undo.
      const gone = sessions[8]
      const { undoToken } = await v<{ undoToken: string }>('deleteSession', { id: gone.id })
      await expectResumed('session deleted', ada, gone.date)
      await v('undoDelete', { token: undoToken })
      await expectResumed('delete undone', ada, gone.date)

      // Clearances: today, and one of a week ago that ends the stops from that day on.
      const stop = athleteWarnings(ctx, athlete(ada)).stops[0]
      expect(stop, 'the log has a stop to clear').toBeDefined()
      await v('clearStop', {
        athleteId: ada,
        ruleId: stop.ruleId,
        clearedOn: TODAY,
        clearedBy: 'Coach',
        reason: 'Review'
      })
      await expectResumed('stop cleared today', ada, TODAY)
      await v('clearStop', {
        athleteId: ada,
        ruleId: 'PN1',
        clearedOn: addDays(TODAY, -7),
        clearedBy: 'Coach',
        reason: 'Physio review'
      })
      await expectResumed('stop cleared a week ago', ada, addDays(TODAY, -7))

      // A write inside a transaction that rolls back: read inside it, the page shows the uncommitted
      // log (and keeps nothing); after the rollback the kept evaluation waits from that day and
      // resuming gives what it had.
      const before = athleteWarnings(ctx, athlete(ada))
      const painful = sessions[4]
      const rollback = db.transaction(() => {
        db.prepare('UPDATE sessions SET pain = 9, date = ? WHERE id = ?').run(addDays(TODAY, -1), painful.id)
        expect(athleteWarnings(ctx, athlete(ada))).toEqual(evaluateAthlete(ctx, athlete(ada)))
        expect(athleteWarnings(ctx, athlete(ada))).not.toEqual(before)
        throw new Error('rolled back')
      })
      expect(() => rollback()).toThrow('rolled back')
      await expectResumed('rolled back', ada, painful.date < addDays(TODAY, -1) ? painful.date : addDays(TODAY, -1))
      expect(athleteWarnings(ctx, athlete(ada))).toEqual(before)

      // An import of this month's runs (the fixture's files are dated early in November 2026).
      await keep(bo)
      const { jobId, rows } = await preview(backend, bo, filesIn(path.join(fixtures, 'good')))
      const chosen = rows.filter((r) => r.status === 'new' && r.date !== null && r.date >= addDays(TODAY, -60))
      expect(chosen.length).toBeGreaterThan(2)
      await v('importConfirm', { jobId, rows: chosen.map((r) => ({ rowId: r.rowId })) })
      const firstImported = chosen.map((r) => r.date as string).sort()[0]
      await expectResumed('import', bo, firstImported)

      // A change older than the checkpoints kept (about three months) is evaluated in full.
      const oldest = (await log(bo)).at(-1)
      await v('updateSession', { ...oldest, pain: 8 })
      expect(cache.base(bo, TODAY)?.from).toBe(oldest.date)
      reads.length = 0
      const full = athleteWarnings(ctx, athlete(bo))
      expect(reads).toEqual(['0000-01-01'])
      expect(full).toEqual(evaluateAthlete(ctx, athlete(bo)))

      // The athlete's profile or thresholds change every rule's input: nothing is kept to resume from.
      await keep(ada)
      await v('updateAthlete', { id: ada, name: 'Ada Quist', bodyMassKg: 52, level: 'novice' })
      expect(cache.base(ada, TODAY)).toBeNull()
      expect(cache.peek(ada, TODAY, 'evaluation')).toBeUndefined()
      await keep(ada)
      await v('updateRulesConfig', { athleteId: ada, values: { aw3WindowDays: 60 } })
      expect(cache.base(ada, TODAY)).toBeNull()
      expect(await views(backend, ids)).toEqual(await fresh())

      // With wider windows from the coach's thresholds, the window read is wider too.
      await keep(ada)
      await v('createSession', { athleteId: ada, date: TODAY, type: 'easy', durationMin: 20, distanceKm: 3 })
      reads.length = 0
      const wide = athleteWarnings(ctx, athlete(ada))
      expect(reads).toHaveLength(1)
      expect(reads[0] <= addDays(TODAY, -74) && reads[0] > addDays(TODAY, -81)).toBe(true)
      expect(wide).toEqual(evaluateAthlete(ctx, athlete(ada)))
      expect(await views(backend, ids)).toEqual(await fresh())
      db.close()
    }
  )
})
