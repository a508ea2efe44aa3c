// Dates a coach cannot log: a session more than a day after today ("plan it instead"), and any date
// outside 1900-01-01..2100-12-31. Through the backend as IPC calls it, the importers and the restore
// check; every clock is pinned.
process.env.TZ = 'Europe/Amsterdam' // the coach's machine: imported local dates below are in CET

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { backupsDir, backupTo } from '../../src/main/backup'
import { addDays } from '../../src/shared/calendar'
import { fitFile, gpxFile, tcxFile } from '../../scripts/make-import-fixtures'
import { caller, preview, value } from '../helpers/import-io'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const FUTURE = 'A session in the future cannot be logged; plan it instead'
const RANGE = 'Date must be between 1900-01-01 and 2100-12-31'

/** A backend whose clock is pinned at `hour` o'clock local time on `today`. */
const setup = (today = '2026-11-25', hour = 12) => {
  const file = tempDbFile()
  const db = openTemp(file)
  const [y, m, d] = today.split('-').map(Number)
  const backend = createBackend(db, { dbPath: file, clock: { now: () => new Date(y, m - 1, d, hour, 0, 0) } })
  const call = caller(backend)
  const athlete = async (name = 'Ada Quist') =>
    value(await call<{ id: number }>('createAthlete', { name, level: 'intermediate', bodyMassKg: 61 }))
  const count = () => (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n
  return { file, db, backend, call, athlete, count }
}

const run = (athleteId: number, date: string) => ({ athleteId, date, type: 'easy', durationMin: 40 })

describe('a logged session in the future is refused, on the date field', () => {
  it('single save: today and today+1 are logged, today+2 and months ahead are refused, and nothing is stored', async () => {
    const { call, athlete, count } = setup('2026-11-25')
    const ada = await athlete()
    expect(await call('createSession', run(ada.id, '2026-11-25'))).toMatchObject({ ok: true })
    expect(await call('createSession', run(ada.id, '2026-11-26'))).toMatchObject({
      ok: true,
      value: { date: '2026-11-26' }
    })
    for (const date of ['2026-11-27', '2027-03-15']) {
      const r = await call('createSession', run(ada.id, date))
      expect(r).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: FUTURE, issues: [{ path: 'date', message: FUTURE }] }
      })
    }
    expect(count()).toBe(2)
  })

  it("'today' is the day of main's clock: late on 31 December, 1 January is still allowed and 2 January is not", async () => {
    const late = setup('2026-12-31', 23)
    const ada = await late.athlete()
    expect(await late.call('createSession', run(ada.id, '2027-01-01'))).toMatchObject({ ok: true })
    expect(await late.call('createSession', run(ada.id, '2027-01-02'))).toMatchObject({
      ok: false,
      error: { message: FUTURE }
    })
  })

  it('editing a session cannot move it into the future, and the stored session stays as it was', async () => {
    const { call, athlete, db } = setup('2026-11-25')
    const ada = await athlete()
    const s = value(await call<{ id: number }>('createSession', run(ada.id, '2026-11-20')))
    const r = await call('updateSession', { ...run(ada.id, '2026-11-27'), id: s.id })
    expect(r).toMatchObject({ ok: false, error: { message: FUTURE, issues: [{ path: 'date', message: FUTURE }] } })
    expect(db.prepare('SELECT date FROM sessions WHERE id = ?').get(s.id)).toEqual({ date: '2026-11-20' })
    expect(await call('updateSession', { ...run(ada.id, '2026-11-26'), id: s.id })).toMatchObject({
      ok: true,
      value: { date: '2026-11-26' }
    })
  })

  it('group save: today+1 saves for everyone, today+2 refuses the whole group with the message under the shared date', async () => {
    const { call, athlete, count } = setup('2026-11-25')
    const ada = await athlete('Ada Quist')
    const ben = await athlete('Ben Ode')
    const r = await call('createGroupSessions', { sessions: [run(ada.id, '2026-11-27'), run(ben.id, '2026-11-27')] })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: FUTURE, issues: [{ path: 'sessions.0.date', message: FUTURE }] }
    })
    expect(count()).toBe(0)
    expect(
      await call('createGroupSessions', { sessions: [run(ada.id, '2026-11-26'), run(ben.id, '2026-11-26')] })
    ).toMatchObject({ ok: true, value: { created: 2 } })
  })
})

describe('every date lies between 1900-01-01 and 2100-12-31', () => {
  it('sessions: 1900-01-01 and (with today at the end of 2100) 2100-12-31 are accepted; 1899-12-31 and 2101-01-01 are refused', async () => {
    const { call, athlete, count } = setup('2100-12-30')
    const ada = await athlete()
    expect(await call('createSession', run(ada.id, '1900-01-01'))).toMatchObject({ ok: true })
    expect(await call('createSession', run(ada.id, '2100-12-31'))).toMatchObject({ ok: true })
    for (const date of ['1899-12-31', '2101-01-01', '0100-01-01', '9999-12-31']) {
      expect(await call('createSession', run(ada.id, date))).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: 'date', message: RANGE }] }
      })
    }
    expect(count()).toBe(2)
  })

  it('plans, planned sessions and clearances: the same range, the message naming the field', async () => {
    const { call, athlete } = setup('2026-11-25')
    const ada = await athlete()
    const plan = (startDate: string) =>
      call<{ plan: { id: number } }>('createPlan', { athleteId: ada.id, name: 'Base', startDate, weeks: 4 })
    expect(await plan('1900-01-01')).toMatchObject({ ok: true })
    expect(await plan('2100-12-31')).toMatchObject({ ok: true })
    expect(await plan('1899-12-31')).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'startDate', message: 'Start date must be between 1900-01-01 and 2100-12-31' }] }
    })
    expect(await plan('2101-01-01')).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'startDate', message: 'Start date must be between 1900-01-01 and 2100-12-31' }] }
    })
    const p = value(await plan('2026-11-30'))
    const planned = (date: string) =>
      call('savePlannedSession', { planId: p.plan.id, date, type: 'easy', durationMin: 30 })
    expect(await planned('0100-01-01')).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'date', message: RANGE }] }
    })
    expect(await planned('9999-12-31')).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'date', message: RANGE }] }
    })
    const clear = await call('clearStop', {
      athleteId: ada.id,
      ruleId: 'PN1',
      clearedOn: '1899-12-31',
      clearedBy: 'Kim',
      reason: 'Physio'
    })
    expect(clear).toMatchObject({ ok: false, error: { issues: [{ path: 'clearedOn', message: RANGE }] } })
  })
})

describe('imports report each refused date on its row', () => {
  const ballastCsv = (dates: string[]) =>
    ['date,type,duration_min', ...dates.map((d) => `${d},easy,30`)].join('\n') + '\n'

  it("Ballast's CSV: out-of-range and future rows are errors with the reason; the other rows import", async () => {
    const { backend, call, athlete, count } = setup('2026-11-25')
    const ada = await athlete()
    const dates = ['1900-01-01', '1899-12-31', '0100-01-01', '9999-12-31', '2101-01-01', '2026-11-26', '2026-11-27']
    const { jobId, rows } = await preview(backend, ada.id, [
      { name: 'sessions.csv', bytes: Buffer.from(ballastCsv(dates)) }
    ])
    expect(rows.map((r) => [r.status, r.reason])).toEqual([
      ['new', ''],
      ['error', `sessions.csv row 3: date: ${RANGE}`],
      ['error', `sessions.csv row 4: date: ${RANGE}`],
      ['error', `sessions.csv row 5: date: ${RANGE}`],
      ['error', `sessions.csv row 6: date: ${RANGE}`],
      ['new', ''],
      ['error', `sessions.csv row 8: ${FUTURE}`]
    ])
    // The refused future row still shows its date in the preview.
    expect(rows[6].date).toBe('2026-11-27')
    expect(value(await call('importConfirm', { jobId, rows: rows.map((r) => ({ rowId: r.rowId })) }))).toMatchObject({
      imported: 2,
      skippedErrors: 5
    })
    expect(count()).toBe(2)
  })

  it("Strava's activities.csv: a year written as 0050 is refused for its range, not read as 1950", async () => {
    const { backend, athlete } = setup('2026-11-25')
    const ada = await athlete()
    const csv =
      'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n' +
      '1,"Jan 1, 0050, 8:00:00 AM",Old,Run,1800,5\n' +
      '2,"Dec 31, 9999, 8:00:00 AM",Far,Run,1800,5\n' +
      '3,"Nov 27, 2026, 8:00:00 AM",Day after tomorrow,Run,1800,5\n' +
      '4,"Nov 26, 2026, 8:00:00 AM",Tomorrow,Run,1800,5\n'
    const { rows } = await preview(backend, ada.id, [{ name: 'activities.csv', bytes: Buffer.from(csv) }])
    expect(rows.map((r) => [r.status, r.date, r.reason])).toEqual([
      ['error', '0050-01-01', `activities.csv row 2 (Old): ${RANGE}`],
      ['error', '9999-12-31', `activities.csv row 3 (Far): ${RANGE}`],
      ['error', '2026-11-27', `activities.csv row 4 (Day after tomorrow): ${FUTURE}`],
      ['new', '2026-11-26', '']
    ])
  })

  it('FIT, GPX and TCX files dated after tomorrow or outside the range are error rows; the rest import in one go', async () => {
    const { backend, call, athlete, count } = setup('2026-11-25')
    const ada = await athlete()
    const files = [
      {
        name: 'tomorrow.fit',
        bytes: fitFile({ serial: 1, start: '2026-11-26T07:00:00Z', seconds: 1800, metres: 5000, sport: 'running' })
      },
      {
        name: 'later.fit',
        bytes: fitFile({ serial: 1, start: '2026-11-27T07:00:00Z', seconds: 1800, metres: 5000, sport: 'running' })
      },
      // FIT counts seconds from 1989 in 32 bits: its last years lie beyond 2100.
      {
        name: 'far.fit',
        bytes: fitFile({ serial: 1, start: '2105-06-01T07:00:00Z', seconds: 1800, metres: 5000, sport: 'running' })
      },
      { name: 'old.gpx', bytes: Buffer.from(gpxFile('Old', '0100-01-01T09:00:00Z', 10)) },
      { name: 'far.gpx', bytes: Buffer.from(gpxFile('Far', '9999-12-31T09:00:00Z', 10)) },
      { name: 'ok.gpx', bytes: Buffer.from(gpxFile('Ok', '1900-01-01T12:00:00Z', 10)) },
      {
        name: 'later.tcx',
        bytes: Buffer.from(tcxFile(`${addDays('2026-11-25', 60)}T06:00:00Z`, [{ seconds: 1200, metres: 4000 }]))
      }
    ]
    const { jobId, rows } = await preview(backend, ada.id, files)
    expect(rows.map((r) => [r.file, r.status, r.reason])).toEqual([
      ['tomorrow.fit', 'new', ''],
      ['later.fit', 'error', `later.fit: ${FUTURE}`],
      ['far.fit', 'error', `far.fit: ${RANGE}`],
      ['old.gpx', 'error', `old.gpx: ${RANGE}`],
      ['far.gpx', 'error', `far.gpx: ${RANGE}`],
      ['ok.gpx', 'new', ''],
      ['later.tcx', 'error', `later.tcx: ${FUTURE}`]
    ])
    expect(value(await call('importConfirm', { jobId, rows: rows.map((r) => ({ rowId: r.rowId })) }))).toMatchObject({
      imported: 2,
      skippedErrors: 5
    })
    expect(count()).toBe(2)
  })
})

describe('the restore check refuses a backup holding dates out of range', () => {
  /** A backup in the backups folder holding one athlete and sessions (and a plan) on the given days, written past the schemas as an old or edited file could be. */
  const backupWith = async (
    s: ReturnType<typeof setup>,
    name: string,
    sessionDates: string[],
    planStart = '2026-11-30'
  ) => {
    const file = path.join(backupsDir(s.file), name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    await backupTo(s.db, file)
    const b = openTemp(file)
    const id = Number(
      b
        .prepare(
          "INSERT INTO athletes (name, level, created_at, updated_at) VALUES ('Old Timer', 'advanced', 'x', 'x')"
        )
        .run().lastInsertRowid
    )
    for (const date of sessionDates)
      b.prepare(
        "INSERT INTO sessions (athlete_id, date, type, duration_min, created_at, updated_at) VALUES (?, ?, 'easy', 30, 'x', 'x')"
      ).run(id, date)
    b.prepare(
      "INSERT INTO plans (athlete_id, name, start_date, weeks, created_at, updated_at) VALUES (?, 'Old plan', ?, 4, 'x', 'x')"
    ).run(id, planStart)
    b.close()
    return name
  }

  it('1900-01-01 and 2100-12-31 pass the check and restore', async () => {
    const s = setup()
    const name = await backupWith(s, 'ballast-backup-edge.sqlite', ['1900-01-01', '2100-12-31'], '2100-12-31')
    const check = value(await s.call<{ ok: boolean; token: string; problem: string | null }>('checkBackup', { name }))
    expect(check).toMatchObject({ ok: true, problem: null })
    value(await s.call('restoreBackup', { token: check.token }))
    expect(s.count()).toBe(2)
  })

  it.each([
    [['1899-12-31'], '2026-11-30', /1 session \(e\.g\. 1899-12-31\)/],
    [['2026-11-02', '2101-01-01', '9999-12-31'], '2026-11-30', /2 sessions \(e\.g\. 9999-12-31\)/],
    [['2026-11-02'], '0100-01-01', /1 plan start date \(e\.g\. 0100-01-01\)/]
  ])(
    'sessions %j with a plan starting %s: refused, naming what and the range; a restore changes nothing',
    async (dates, planStart, what) => {
      const s = setup()
      const ada = await s.athlete('Ada Quist')
      value(await s.call('createSession', run(ada.id, '2026-11-20')))
      const name = await backupWith(s, 'ballast-backup-bad.sqlite', dates, planStart)
      const check = value(await s.call<{ ok: boolean; token: string | null; problem: string }>('checkBackup', { name }))
      expect(check.ok).toBe(false)
      expect(check.token).toBeNull()
      expect(check.problem).toMatch(what)
      expect(check.problem).toContain(RANGE)
      // The live data is as it was.
      expect(value(await s.call<{ name: string }[]>('listAthletes', {})).map((a) => a.name)).toEqual(['Ada Quist'])
      expect(s.count()).toBe(1)
    }
  )
})
