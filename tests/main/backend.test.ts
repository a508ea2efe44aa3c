import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import type { Handlers } from '../../src/main/backend'
import { tempBackend } from '../helpers/tempdb'
import { caller } from '../helpers/call'

// Every call goes through dispatch, exactly as IPC and the browser host send it.

const setup = () => {
  const { db, backend } = tempBackend('2026-11-25')
  const call = caller(backend)
  const athlete = async (over: Record<string, unknown> = {}) => {
    const r = await call<{ id: number }>('createAthlete', {
      name: 'Ada Quist',
      bodyMassKg: 61,
      level: 'intermediate',
      ownedWeightsKg: [1, 0.5],
      ...over
    })
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  const session = async (athleteId: number, over: Record<string, unknown> = {}) =>
    await call<{ id: number; date: string }>('createSession', {
      athleteId,
      date: '2026-11-20',
      type: 'easy',
      durationMin: 45,
      ...over
    })
  return { db, call, athlete, session }
}

describe('athletes', () => {
  it('creates an athlete with owned weights sorted and de-duplicated', async () => {
    const { call } = setup()
    const r = await call<{ name: string; ownedWeightsKg: number[]; bodyMassKg: number | null; archivedAt: null }>(
      'createAthlete',
      {
        name: '  Ada Quist ',
        bodyMassKg: 61,
        level: 'novice',
        ownedWeightsKg: [1, 0.5, 1]
      }
    )
    expect(r.ok && r.value).toMatchObject({
      name: 'Ada Quist',
      ownedWeightsKg: [0.5, 1],
      bodyMassKg: 61,
      archivedAt: null
    })
  })

  it('names the field and the problem for bad athlete input, and stores nothing', async () => {
    const { call, db } = setup()
    const r = await call('createAthlete', { name: '', bodyMassKg: 900, level: 'elite' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('invalid_input')
    const byPath = Object.fromEntries(r.error.issues!.map((i) => [i.path, i.message]))
    expect(byPath.name).toBe('Enter a name')
    expect(byPath.bodyMassKg).toBe('Body mass must be at most 250 kg')
    expect(byPath.level).toBeDefined()
    expect(db.prepare('SELECT count(*) AS n FROM athletes').get()).toEqual({ n: 0 })
  })

  it('gets, updates, archives and restores an athlete', async () => {
    const { call, athlete } = setup()
    const a = await athlete()
    expect(await call('getAthlete', { id: a.id })).toMatchObject({ ok: true, value: { name: 'Ada Quist' } })
    expect(
      await call('updateAthlete', { id: a.id, name: 'Ada Q.', bodyMassKg: null, level: 'advanced' })
    ).toMatchObject({
      ok: true,
      value: { name: 'Ada Q.', bodyMassKg: null, level: 'advanced' }
    })
    const archived = await call<{ archivedAt: string | null }>('archiveAthlete', { id: a.id })
    expect(archived.ok && archived.value.archivedAt).toBeTruthy()
    expect(await call<unknown[]>('listAthletes', {})).toMatchObject({ ok: true, value: [] })
    expect(await call<unknown[]>('listAthletes', { includeArchived: true })).toMatchObject({
      ok: true,
      value: [{ name: 'Ada Q.' }]
    })
    expect(await call('restoreAthlete', { id: a.id })).toMatchObject({ ok: true, value: { archivedAt: null } })
    expect(await call<unknown[]>('listAthletes', {})).toMatchObject({ ok: true, value: [{ name: 'Ada Q.' }] })
  })

  it('an unknown athlete is a not_found error, not a crash', async () => {
    const { call } = setup()
    expect(await call('getAthlete', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Athlete 999 was not found' }
    })
    expect(await call('archiveAthlete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('deleting permanently needs the exact name and takes the sessions with it', async () => {
    const { call, athlete, session, db } = setup()
    const a = await athlete()
    await session(a.id)
    await session(a.id, { date: '2026-11-21' })
    const wrong = await call('deleteAthlete', { id: a.id, confirmName: 'ada' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'confirmName' }] } })
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 2 })
    expect(await call('deleteAthlete', { id: a.id, confirmName: 'Ada Quist' })).toMatchObject({
      ok: true,
      value: { deletedSessions: 2 }
    })
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 })
    expect(await call('getAthlete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('the roster shows the last session date and weighted runs in the last 7 days only', async () => {
    const { call, athlete, session } = setup()
    const a = await athlete()
    await session(a.id, { date: '2026-11-18', ankleWeightKg: 0.5, weightedMin: 10 }) // 8 days before: outside
    await session(a.id, { date: '2026-11-19', ankleWeightKg: 0.5, weightedMin: 10 }) // first day of the 7
    await session(a.id, { date: '2026-11-24', ankleWeightKg: 1, weightedMin: 10 })
    await session(a.id, { date: '2026-11-24', type: 'cross', ankleWeightKg: 1, weightedMin: 10 }) // not a run
    await session(a.id, { date: '2026-11-25' })
    const r = await call<{ lastSessionDate: string; weightedRuns7d: number; sessionCount: number }[]>(
      'listAthletes',
      {}
    )
    expect(r.ok && r.value[0]).toMatchObject({ lastSessionDate: '2026-11-25', weightedRuns7d: 2, sessionCount: 5 })
  })
})

describe('sessions', () => {
  it('creates, lists newest first within a date range, updates and deletes a session', async () => {
    const { call, athlete, session } = setup()
    const a = await athlete()
    await session(a.id, { date: '2026-11-10' })
    await session(a.id, { date: '2026-11-12', startTime: '07:00' })
    await session(a.id, { date: '2026-11-12', startTime: '18:30' })
    const s = await session(a.id, {
      date: '2026-11-15',
      ankleWeightKg: 0.5,
      weightedMin: 10,
      rpe: 4,
      pain: 1,
      formBreakdown: true
    })
    expect(s).toMatchObject({ ok: true, value: { ankleWeightKg: 0.5, weightedMin: 10, formBreakdown: true, pain: 1 } })
    const all = await call<{ date: string; startTime: string | null }[]>('listSessions', { athleteId: a.id })
    expect(all.ok && all.value.map((x) => `${x.date} ${x.startTime ?? ''}`.trim())).toEqual([
      '2026-11-15',
      '2026-11-12 18:30',
      '2026-11-12 07:00',
      '2026-11-10'
    ])
    const ranged = await call<unknown[]>('listSessions', { athleteId: a.id, from: '2026-11-11', to: '2026-11-12' })
    expect(ranged.ok && ranged.value).toHaveLength(2)
    if (!s.ok) return
    const updated = await call('updateSession', {
      id: s.value.id,
      athleteId: a.id,
      date: '2026-11-16',
      type: 'hill_sprint',
      durationMin: 30
    })
    expect(updated).toMatchObject({
      ok: true,
      value: { date: '2026-11-16', type: 'hill_sprint', ankleWeightKg: 0, formBreakdown: false }
    })
    expect(await call('deleteSession', { id: s.value.id })).toMatchObject({ ok: true, value: { deleted: true } })
    expect(await call('deleteSession', { id: s.value.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('weighted minutes above the duration are refused with the message on weightedMin, and nothing is saved', async () => {
    const { call, athlete, session, db } = setup()
    const a = await athlete()
    const r = await session(a.id, { durationMin: 30, ankleWeightKg: 1, weightedMin: 40 })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'weightedMin', message: 'Minutes with weights on (40) cannot exceed the duration (30 min)' }]
      }
    })
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 })
    void call
  })

  it('names each bad session field: date, ranges, weight without minutes', async () => {
    const { athlete, session } = setup()
    const a = await athlete()
    const r = await session(a.id, {
      date: '2026-02-30',
      durationMin: 0,
      rpe: 11,
      pain: -1,
      ankleWeightKg: 1,
      weightedMin: 0,
      startTime: '25:00'
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const byPath = Object.fromEntries(r.error.issues!.map((i) => [i.path, i.message]))
    expect(byPath).toMatchObject({
      date: 'Not a real calendar date',
      durationMin: 'Duration must be above 0 minutes',
      rpe: 'RPE runs from 1 to 10',
      pain: 'Pain runs from 0 to 10',
      startTime: 'Start time must be a 24-hour time such as 07:30'
    })
  })

  it('a session for an archived athlete is refused until the athlete is restored', async () => {
    const { call, athlete, session } = setup()
    const a = await athlete()
    await call('archiveAthlete', { id: a.id })
    expect(await session(a.id)).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await call('restoreAthlete', { id: a.id })
    expect(await session(a.id)).toMatchObject({ ok: true })
  })

  it('a session for an unknown athlete is not_found', async () => {
    const { session } = setup()
    expect(await session(4242)).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Athlete 4242 was not found' }
    })
  })
})

describe('undo', () => {
  it('a deleted session comes back with the same id and fields; a token works once', async () => {
    const { call, athlete, session } = await setup()
    const a = await athlete()
    const s = await session(a.id, { ankleWeightKg: 0.5, weightedMin: 10, notes: 'strides', pain: 2 })
    if (!s.ok) throw new Error('session')
    const del = await call<{ undoToken: string }>('deleteSession', { id: s.value.id })
    if (!del.ok) throw new Error('delete')
    expect(await call<unknown[]>('listSessions', { athleteId: a.id })).toMatchObject({ ok: true, value: [] })
    expect(await call('undoDelete', { token: del.value.undoToken })).toEqual({
      ok: true,
      value: { restored: 'the session of Fri 20 Nov 2026' }
    })
    const back = await call<any[]>('listSessions', { athleteId: a.id })
    expect(back.ok && back.value).toEqual([s.value])
    expect(await call('undoDelete', { token: del.value.undoToken })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('a permanently deleted athlete comes back with sessions, clearances and thresholds', async () => {
    const { call, athlete, session, db } = await setup()
    const a = await athlete()
    await session(a.id, { date: '2026-11-20', pain: 7 })
    await session(a.id, { date: '2026-11-21' })
    await call('clearStop', {
      athleteId: a.id,
      ruleId: 'PN1',
      clearedOn: '2026-11-22',
      clearedBy: 'Kim',
      reason: 'Physio'
    })
    await call('updateRulesConfig', { athleteId: a.id, values: { aw2CautionKg: 1.2 } })
    const before = JSON.stringify([
      db.prepare('SELECT * FROM athletes').all(),
      db.prepare('SELECT * FROM sessions ORDER BY id').all(),
      db.prepare('SELECT * FROM stop_clearances').all(),
      db.prepare('SELECT * FROM rules_config').all()
    ])
    const del = await call<{ undoToken: string }>('deleteAthlete', { id: a.id, confirmName: 'Ada Quist' })
    if (!del.ok) throw new Error('delete')
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 })
    expect(await call('undoDelete', { token: del.value.undoToken })).toEqual({
      ok: true,
      value: { restored: 'Ada Quist' }
    })
    const after = JSON.stringify([
      db.prepare('SELECT * FROM athletes').all(),
      db.prepare('SELECT * FROM sessions ORDER BY id').all(),
      db.prepare('SELECT * FROM stop_clearances').all(),
      db.prepare('SELECT * FROM rules_config').all()
    ])
    expect(after).toBe(before)
  })

  it('an undo expires after the undo window', async () => {
    const { db } = tempBackend('2026-11-25')
    let now = new Date(2026, 10, 25, 12).getTime()
    const { createBackend } = await import('../../src/main/backend')
    const backend = createBackend(db, { clock: { now: () => new Date(now) } })
    const a = await dispatch(backend, 'createAthlete', { name: 'Ida', level: 'novice' }, () => undefined)
    const s = await dispatch(
      backend,
      'createSession',
      { athleteId: (a as any).value.id, date: '2026-11-20', type: 'easy', durationMin: 30 },
      () => undefined
    )
    const del = (await dispatch(backend, 'deleteSession', { id: (s as any).value.id }, () => undefined)) as any
    now += 11 * 60 * 1000
    expect(await dispatch(backend, 'undoDelete', { token: del.value.undoToken }, () => undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})

describe('the list of recent deletes', () => {
  it('names each delete that can still be undone, newest first, until it is undone or ten minutes pass', async () => {
    const { db } = tempBackend('2026-11-25')
    let now = new Date(2026, 10, 25, 12).getTime()
    const { createBackend } = await import('../../src/main/backend')
    const backend = createBackend(db, { clock: { now: () => new Date(now) } })
    const call = (channel: string, input: unknown) =>
      dispatch(backend, channel as any, input, () => undefined) as Promise<any>
    const ida = (await call('createAthlete', { name: 'Ida Berg', level: 'novice' })).value
    const bo = (await call('createAthlete', { name: 'Bo Lind', level: 'novice' })).value
    const run = (await call('createSession', { athleteId: ida.id, date: '2026-11-20', type: 'tempo', durationMin: 30 }))
      .value
    const delRun = (await call('deleteSession', { id: run.id })).value
    now += 2 * 60 * 1000
    const delBo = (await call('deleteAthlete', { id: bo.id, confirmName: 'Bo Lind' })).value
    const listed = await call('listUndo', {})
    expect(listed.value.map((e: any) => [e.token, e.kind, e.name, e.athleteName, e.date])).toEqual([
      [delBo.undoToken, 'athlete', 'Bo Lind', null, null],
      [delRun.undoToken, 'session', 'tempo', 'Ida Berg', '2026-11-20']
    ])
    expect(listed.value[1].expiresAt).toBe(
      new Date(new Date(2026, 10, 25, 12).getTime() + 10 * 60 * 1000).toISOString()
    )
    // Undone: gone from the list. Expired: gone too.
    await call('undoDelete', { token: delBo.undoToken })
    expect((await call('listUndo', {})).value.map((e: any) => e.kind)).toEqual(['session'])
    now += 9 * 60 * 1000
    expect((await call('listUndo', {})).value).toEqual([])
  })
})

describe('settings and the demo squad', () => {
  it('settings default to kg, km and Monday, and updates persist', async () => {
    const { call } = setup()
    expect(await call('getSettings', {})).toEqual({
      ok: true,
      value: { massUnit: 'kg', distanceUnit: 'km', weekStartsOn: 1, coachName: '', coachContact: '', paperSize: 'A4' }
    })
    expect(await call('updateSettings', { massUnit: 'lb', coachName: 'Coach Kim' })).toMatchObject({
      ok: true,
      value: { massUnit: 'lb', distanceUnit: 'km', coachName: 'Coach Kim' }
    })
    expect(await call('getSettings', {})).toMatchObject({ ok: true, value: { massUnit: 'lb', coachName: 'Coach Kim' } })
    expect(await call('updateSettings', { weekStartsOn: 9 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'weekStartsOn' }] }
    })
  })

  it('the demo squad loads six athletes with twelve weeks of weighted, hill-sprint and interval sessions, once', async () => {
    const { call, db } = setup()
    const r = await call<{ athletes: number; sessions: number }>('loadDemoSquad', {})
    expect(r.ok && r.value.athletes).toBe(6)
    const stats = db
      .prepare(
        `SELECT min(date) AS first, max(date) AS last, sum(ankle_weight_kg > 0) AS weighted,
                sum(type = 'hill_sprint') AS hills, sum(type = 'interval') AS intervals, count(*) AS n FROM sessions`
      )
      .get() as Record<string, number | string>
    expect(stats.first >= '2026-08-31').toBe(true) // the Monday of the week twelve weeks back
    expect(stats.last <= '2026-11-25').toBe(true)
    expect(stats.weighted).toBeGreaterThan(20)
    expect(stats.hills).toBeGreaterThan(10)
    expect(stats.intervals).toBeGreaterThan(10)
    expect(await call('loadDemoSquad', {})).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })
})

describe('dispatch', () => {
  it('an unexpected output is reported as an internal error, not passed on', async () => {
    const { backend } = tempBackend()
    const broken = { ...backend, getSettings: () => ({ massUnit: 'stone' }) } as unknown as Handlers
    expect(await dispatch(broken, 'getSettings', {}, () => undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
  })
})
