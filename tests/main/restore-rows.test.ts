// Restore checks every row of a backup with the schemas the app reads with, before it replaces
// anything (issue 13 item 5); and migration 005 puts limits on every text column without touching
// the rows already stored.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { backupsDir, backupTo, restoreInto } from '../../src/main/backup'
import { openDatabase } from '../../src/main/db/open'
import { caller, value } from '../helpers/import-io'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const NOW = '2026-11-25T12:00:00.000Z'

const setup = async () => {
  const file = tempDbFile()
  const db = openTemp(file)
  const backend = createBackend(db, { dbPath: file, clock: { now: () => new Date(2026, 10, 25, 12) } })
  const call = caller(backend)
  const ada = value(
    await call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'intermediate', bodyMassKg: 61 })
  )
  value(await call('createSession', { athleteId: ada.id, date: '2026-11-20', type: 'easy', durationMin: 40 }))
  const dump = () => ({
    athletes: db.prepare('SELECT * FROM athletes ORDER BY id').all(),
    sessions: db.prepare('SELECT * FROM sessions ORDER BY id').all()
  })
  return { file, db, call, dump }
}

/**
 * A backup beside the live file holding one athlete and a session, then `spoil` run on it with the
 * limits out of the way: as a backup written by an older Ballast or edited by hand could be.
 */
const spoiledBackup = async (
  s: Awaited<ReturnType<typeof setup>>,
  name: string,
  spoil: (b: Database.Database, athleteId: number) => void
) => {
  const file = path.join(backupsDir(s.file), name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await backupTo(s.db, file)
  const b = new Database(file)
  b.exec(
    'DROP TRIGGER IF EXISTS athletes_limits_insert; DROP TRIGGER IF EXISTS athletes_limits_update; DROP TRIGGER IF EXISTS sessions_limits_insert; DROP TRIGGER IF EXISTS sessions_limits_update'
  )
  const id = Number(
    b
      .prepare("INSERT INTO athletes (name, level, created_at, updated_at) VALUES ('Old Timer', 'advanced', ?, ?)")
      .run(NOW, NOW).lastInsertRowid
  )
  spoil(b, id)
  b.close()
  return { file, name }
}

const session = (b: Database.Database, athleteId: number, over: { date?: string; painLocation?: string } = {}) =>
  b
    .prepare(
      "INSERT INTO sessions (athlete_id, date, type, duration_min, pain_location, created_at, updated_at) VALUES (?, ?, 'easy', 30, ?, ?, ?)"
    )
    .run(athleteId, over.date ?? '2026-11-21', over.painLocation ?? '', NOW, NOW)

describe('restore refuses a backup with a row the app could not read, and changes nothing', () => {
  const cases: [string, (b: Database.Database, id: number) => void, RegExp][] = [
    [
      'a session dated 2026-19-39',
      (b, id) => session(b, id, { date: '2026-19-39' }),
      /sessions row \d+: date: Not a real calendar date/
    ],
    [
      'owned weights ["a", 1e300]',
      (b, id) => b.prepare('UPDATE athletes SET owned_weights_kg = \'["a",1e300]\' WHERE id = ?').run(id),
      /athletes row \d+: ownedWeightsKg\.0: .*; ownedWeightsKg\.1: Each weight must be at most 5 kg per ankle/
    ],
    // 64 MB of "0": measured in SQL, never read into the check's memory.
    [
      'a 64 MB pain location',
      (b, id) =>
        b
          .prepare(
            "INSERT INTO sessions (athlete_id, date, type, duration_min, pain_location, created_at, updated_at) VALUES (?, '2026-11-21', 'easy', 30, hex(zeroblob(33554432)), ?, ?)"
          )
          .run(id, NOW, NOW),
      /sessions row \d+: pain_location holds 67108864 characters \(at most 120\)/
    ],
    [
      'a session started at 29:59',
      (b, id) =>
        b
          .prepare(
            "INSERT INTO sessions (athlete_id, date, type, duration_min, start_time, created_at, updated_at) VALUES (?, '2026-11-21', 'easy', 30, '29:59', ?, ?)"
          )
          .run(id, NOW, NOW),
      /sessions row \d+: startTime: Start time must be a 24-hour time/
    ]
  ]

  it.each(cases)(
    '%s: the check names the table, row and field; restore throws; the live data is as it was',
    async (_what, spoil, message) => {
      const s = await setup()
      const before = s.dump()
      const { file, name } = await spoiledBackup(s, 'ballast-backup-spoiled.sqlite', spoil)
      const check = value(await s.call<{ ok: boolean; token: string | null; problem: string }>('checkBackup', { name }))
      expect(check).toMatchObject({ ok: false, token: null })
      expect(check.problem).toMatch(/^The backup holds rows Ballast cannot read: /)
      expect(check.problem).toMatch(message)
      expect(check.problem.length).toBeLessThan(2000)
      // Even called directly (no token, no check first), restore refuses before replacing anything.
      expect(() => restoreInto(s.db, file, backupsDir(s.file))).toThrow(message)
      expect(s.dump()).toEqual(before)
      // And the lists still answer.
      expect(value(await s.call<{ name: string }[]>('listAthletes', {})).map((a) => a.name)).toEqual(['Ada Quist'])
    }
  )

  it('names at most five bad rows and counts the rest', async () => {
    const s = await setup()
    const { name } = await spoiledBackup(s, 'ballast-backup-many.sqlite', (b, id) => {
      for (let k = 0; k < 8; k++) session(b, id, { date: `2026-13-0${k + 1}` })
    })
    const check = value(await s.call<{ problem: string }>('checkBackup', { name }))
    expect(check.problem.match(/sessions row \d+: date/g)).toHaveLength(5)
    expect(check.problem).toMatch(/; and 3 more\.$/)
  })

  it('a good backup still restores', async () => {
    const s = await setup()
    const { name } = await spoiledBackup(s, 'ballast-backup-good.sqlite', (b, id) =>
      session(b, id, { painLocation: 'left shin' })
    )
    const check = value(await s.call<{ ok: boolean; token: string }>('checkBackup', { name }))
    expect(check.ok).toBe(true)
    value(await s.call('restoreBackup', { token: check.token }))
    expect(
      value(await s.call<{ name: string }[]>('listAthletes', {}))
        .map((a) => a.name)
        .sort()
    ).toEqual(['Ada Quist', 'Old Timer'])
  })
})

describe('migration 005: limits on every text column, existing rows kept', () => {
  it('a version 4 database with an overlong pain location keeps every row byte for byte; new writes over a limit are refused naming the column', () => {
    const file = tempDbFile()
    const v4 = openDatabase(file, { targetVersion: 4 })
    const id = Number(
      v4
        .prepare(
          "INSERT INTO athletes (name, level, owned_weights_kg, created_at, updated_at) VALUES ('Old Timer', 'novice', '[0.5,1]', ?, ?)"
        )
        .run(NOW, NOW).lastInsertRowid
    )
    v4.prepare(
      "INSERT INTO sessions (athlete_id, date, type, duration_min, pain_location, created_at, updated_at) VALUES (?, '2026-11-20', 'easy', 30, ?, ?, ?)"
    ).run(id, 'x'.repeat(500), NOW, NOW)
    v4.prepare('UPDATE settings SET coach_name = ?').run('C'.repeat(300))
    const rows = (db: Database.Database) => ({
      athletes: db.prepare('SELECT * FROM athletes').all(),
      sessions: db.prepare('SELECT * FROM sessions').all(),
      settings: db.prepare('SELECT * FROM settings').all()
    })
    const before = rows(v4)
    v4.close()

    // Migration 5 itself: later steps may add columns (6 adds athletes.time_zone), which is not what this checks.
    const db = openDatabase(file, { targetVersion: 5 })
    expect(db.pragma('user_version', { simple: true })).toBe(5)
    expect(rows(db)).toEqual(before)
    const insert = (painLocation: string, date = '2026-11-21') =>
      db
        .prepare(
          "INSERT INTO sessions (athlete_id, date, type, duration_min, pain_location, created_at, updated_at) VALUES (?, ?, 'easy', 30, ?, ?, ?)"
        )
        .run(id, date, painLocation, NOW, NOW)
    expect(() => insert('x'.repeat(121))).toThrow('sessions.pain_location: at most 120 characters')
    expect(() => insert('', '2026-19-39')).toThrow('sessions.date: not a real calendar date')
    expect(() => insert('', '2026-02-30')).toThrow('sessions.date: not a real calendar date')
    expect(() => db.prepare('UPDATE athletes SET owned_weights_kg = \'["a",1e300]\'').run()).toThrow(
      /owned_weights_kg: at most 20 weights/
    )
    expect(() => db.prepare('UPDATE settings SET coach_name = ?').run('C'.repeat(81))).toThrow(
      'settings.coach_name: at most 80 characters'
    )
    insert('x'.repeat(120))
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 2 })
  })

  it('through the app: a long value is refused by the schema with the field named, before the database sees it', async () => {
    const s = await setup()
    const athleteId = (s.db.prepare('SELECT id FROM athletes').get() as { id: number }).id
    const r = await s.call('createSession', {
      athleteId,
      date: '2026-11-21',
      type: 'easy',
      durationMin: 30,
      painLocation: 'x'.repeat(121),
      externalId: 'e'.repeat(201)
    })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [
          { path: 'painLocation', message: 'Pain location must be at most 120 characters' },
          { path: 'externalId', message: 'External id must be at most 200 characters' }
        ]
      }
    })
    const settings = await s.call('updateSettings', { coachName: 'C'.repeat(81) })
    expect(settings).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'coachName', message: 'Coach name must be at most 80 characters' }] }
    })
  })
})
