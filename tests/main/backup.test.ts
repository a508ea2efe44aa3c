// Backups and restore on real database files: a coach's years of work must never be lost.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { backupsDir, backupTo, listBackups, rollingBackup, ROLLING_KEEP } from '../../src/main/backup'
import { latestVersion } from '../../src/main/db/migrations'
import { openDatabase } from '../../src/main/db/open'
import { caller, value } from '../helpers/import-io'
import { openTemp, tempDbFile, tempDir } from '../helpers/tempdb'

const setup = () => {
  const file = tempDbFile()
  const db = openTemp(file)
  let t = new Date('2026-11-25T12:00:00Z').getTime()
  // Each call a second later, as a coach clicking through would be.
  const backend = createBackend(db, { dbPath: file, clock: { now: () => new Date((t += 1000)) } })
  const call = caller(backend)
  const athlete = async (name: string) => value(await call<{ id: number }>('createAthlete', { name, level: 'novice' }))
  const names = () =>
    (db.prepare('SELECT name FROM athletes ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  const sessionCount = () => (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n
  return { file, db, backend, call, athlete, names, sessionCount }
}

/** Every row of every table, in rowid order: two databases with equal dumps hold the same data. */
const dump = (db: Database.Database) => {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((t) => t.name)
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]))
}

const integrity = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('integrity_check', { simple: true })
  } finally {
    db.close()
  }
}

describe('backups', () => {
  it('keeps the last 7 automatic backups beside the database, and never prunes manual ones', async () => {
    const { file, db, call } = setup()
    value(await call('backupNow', {}))
    for (let day = 1; day <= 10; day++) await rollingBackup(file, db, new Date(Date.UTC(2026, 10, day, 8)))
    const all = listBackups(file)
    const autos = all.filter((b) => b.kind === 'auto').map((b) => b.name)
    expect(autos).toHaveLength(ROLLING_KEEP)
    expect(autos[0]).toBe('ballast-auto-2026-11-10T08-00-00.sqlite')
    expect(autos[autos.length - 1]).toBe('ballast-auto-2026-11-04T08-00-00.sqlite')
    expect(all.filter((b) => b.kind === 'manual')).toHaveLength(1)
    expect(path.dirname(path.join(backupsDir(file), autos[0]))).toBe(path.join(path.dirname(file), 'backups'))
    expect(integrity(path.join(backupsDir(file), autos[0]))).toBe('ok')
  })

  it('a backup taken while sessions are being written opens and passes integrity_check', async () => {
    const { db, call, athlete } = setup()
    const ada = await athlete('Ada Quist')
    for (let k = 0; k < 3000; k++)
      db.prepare(
        "INSERT INTO sessions (athlete_id, date, type, duration_min, notes, created_at, updated_at) VALUES (?, '2026-11-01', 'easy', 30, ?, 'x', 'x')"
      ).run(ada.id, 'x'.repeat(200))
    // A writer that keeps adding sessions between the backup's steps.
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        value(
          await call('createSession', {
            athleteId: ada.id,
            date: '2026-11-02',
            type: 'easy',
            durationMin: 20 + (written % 50)
          })
        )
        written++
        await new Promise((r) => setImmediate(r))
      }
    })()
    const target = path.join(tempDir(), 'during-writes.sqlite')
    // Small steps so the copy really interleaves with the writes.
    const copy = await db.backup(target, { progress: () => 20 })
    writing = false
    await writer
    expect(written).toBeGreaterThan(0)
    expect(copy.totalPages).toBeGreaterThan(20)
    expect(integrity(target)).toBe('ok')
    const opened = new Database(target, { readonly: true })
    const n = (opened.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n
    opened.close()
    expect(n).toBeGreaterThanOrEqual(3000)
    // And through the channel, into the backups folder, while in use.
    const made = value(await call<{ path: string; bytes: number }>('backupNow', {}))
    // The test clock moves a second per call, so the exact time depends on how many writes got in.
    expect(path.basename(made.path)).toMatch(/^ballast-backup-2026-11-25T1\d-\d\d-\d\d\.sqlite$/)
    expect(integrity(made.path)).toBe('ok')
  })

  it('Backup now in the desktop app writes to the path the coach chose, or nothing when cancelled', async () => {
    const file = tempDbFile()
    const db = openTemp(file)
    const chosen = path.join(tempDir(), 'my copy.sqlite')
    let answer: string | null = chosen
    const call = caller(createBackend(db, { dbPath: file, host: { chooseSavePath: async () => answer } }))
    expect(value(await call<{ path: string }>('backupNow', {})).path).toBe(chosen)
    expect(integrity(chosen)).toBe('ok')
    answer = null
    expect(value(await call('backupNow', {}))).toEqual({ path: null, bytes: 0 })
  })
})

describe('restore', () => {
  it('a restore brings back every table of the backup exactly, and undo restore every table of before', async () => {
    const { db, call } = setup()
    value(await call('loadDemoSquad', {}))
    value(await call('updateSettings', { massUnit: 'lb', coachName: 'Coach Kim' }))
    const backup = value(await call<{ path: string }>('backupNow', {}))
    const atBackup = dump(db)
    expect(atBackup.sessions.length).toBeGreaterThan(100)

    const first = value(await call<{ id: number }[]>('listAthletes', {}))[0]
    value(await call('deleteAthlete', { id: first.id, confirmName: (first as unknown as { name: string }).name }))
    value(await call('updateSettings', { massUnit: 'kg', coachName: '' }))
    const beforeRestore = dump(db)
    expect(beforeRestore).not.toEqual(atBackup)

    const check = value(await call<{ token: string }>('checkBackup', { name: path.basename(backup.path) }))
    value(await call('restoreBackup', { token: check.token }))
    expect(dump(db)).toEqual(atBackup)
    expect(value(await call('getSettings', {}))).toMatchObject({ massUnit: 'lb', coachName: 'Coach Kim' })
    value(await call('undoRestore', {}))
    expect(dump(db)).toEqual(beforeRestore)
  })

  it('checks a backup, restores it, and undo restore gets the original back; the app keeps working', async () => {
    const { call, athlete, names, sessionCount } = setup()
    const ada = await athlete('Ada Quist')
    value(await call('createSession', { athleteId: ada.id, date: '2026-11-02', type: 'easy', durationMin: 40 }))
    const backup = value(await call<{ path: string }>('backupNow', {}))

    // Work goes on after the backup...
    const ben = await athlete('Ben Ode')
    value(await call('createSession', { athleteId: ben.id, date: '2026-11-03', type: 'long', durationMin: 95 }))
    value(await call('createSession', { athleteId: ada.id, date: '2026-11-04', type: 'tempo', durationMin: 35 }))
    expect(names()).toEqual(['Ada Quist', 'Ben Ode'])
    expect(sessionCount()).toBe(3)

    const listed = value(await call<{ backups: { name: string }[] }>('listBackups', {}))
    expect(listed.backups.map((b) => b.name)).toContain(path.basename(backup.path))
    const check = value(
      await call<{
        ok: boolean
        token: string
        integrity: string
        schemaVersion: number
        counts: object
        problem: null
      }>('checkBackup', { name: path.basename(backup.path) })
    )
    expect(check).toMatchObject({
      ok: true,
      integrity: 'ok',
      schemaVersion: latestVersion,
      counts: { athletes: 1, sessions: 1 },
      problem: null
    })

    const restored = value(await call<{ setAside: string; counts: object }>('restoreBackup', { token: check.token }))
    expect(restored.counts).toEqual({ athletes: 1, sessions: 1 })
    expect(restored.setAside).toMatch(/^ballast-before-restore-/)
    expect(names()).toEqual(['Ada Quist'])
    expect(sessionCount()).toBe(1)
    // The token was used up: a second restore needs a fresh check.
    expect(await call('restoreBackup', { token: check.token })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    // Prepared statements of the running app still work on the restored data.
    value(await call('createSession', { athleteId: ada.id, date: '2026-11-05', type: 'easy', durationMin: 25 }))
    expect(value(await call<unknown[]>('listSessions', { athleteId: ada.id }))).toHaveLength(2)

    const listedAfter = value(await call<{ undoAvailable: { name: string } | null }>('listBackups', {}))
    expect(listedAfter.undoAvailable?.name).toBe(restored.setAside)
    const undone = value(await call<{ counts: object }>('undoRestore', {}))
    expect(undone.counts).toEqual({ athletes: 2, sessions: 3 })
    expect(names()).toEqual(['Ada Quist', 'Ben Ode'])
    const ben2 = value(await call<{ date: string; type: string }[]>('listSessions', { athleteId: ben.id }))
    expect(ben2).toMatchObject([{ date: '2026-11-03', type: 'long' }])
  })

  it('restores a backup from an older Ballast by upgrading a copy, leaving the backup file as it was', async () => {
    const { file, db, call, names } = setup()
    const older = path.join(backupsDir(file), 'ballast-backup-2025-01-01T00-00-00.sqlite')
    fs.mkdirSync(path.dirname(older), { recursive: true })
    const old = openDatabase(older, { targetVersion: 1 })
    const id = Number(
      old
        .prepare(
          "INSERT INTO athletes (name, level, created_at, updated_at) VALUES ('Old Timer', 'advanced', 'x', 'x')"
        )
        .run().lastInsertRowid
    )
    old
      .prepare(
        "INSERT INTO sessions (athlete_id, date, type, duration_min, created_at, updated_at) VALUES (?, '2025-01-01', 'long', 120, 'x', 'x')"
      )
      .run(id)
    old.close()
    const check = value(
      await call<{ ok: boolean; token: string; schemaVersion: number; counts: object }>('checkBackup', {
        name: path.basename(older)
      })
    )
    expect(check).toMatchObject({ ok: true, schemaVersion: 1, counts: { athletes: 1, sessions: 1 } })
    value(await call('restoreBackup', { token: check.token }))
    expect(names()).toEqual(['Old Timer'])
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    const untouched = new Database(older, { readonly: true })
    expect(untouched.pragma('user_version', { simple: true })).toBe(1)
    untouched.close()
  })

  it('refuses a backup from a newer Ballast and changes nothing', async () => {
    const { file, db, call, athlete, names } = setup()
    await athlete('Ada Quist')
    const newer = path.join(backupsDir(file), 'ballast-backup-2030-01-01T00-00-00.sqlite')
    await backupTo(db, newer)
    const n = new Database(newer)
    n.pragma(`user_version = ${latestVersion + 1}`)
    n.close()
    const check = value(
      await call<{ ok: boolean; token: string | null; problem: string }>('checkBackup', { name: path.basename(newer) })
    )
    expect(check.ok).toBe(false)
    expect(check.token).toBeNull()
    expect(check.problem).toMatch(`made by a newer Ballast (schema ${latestVersion + 1}`)
    expect(names()).toEqual(['Ada Quist'])
  })

  it('refuses a damaged file and a file that is not a Ballast database', async () => {
    const { file, db, call } = setup()
    const dir = backupsDir(file)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'ballast-backup-junk.sqlite'), 'definitely not sqlite')
    const junk = value(
      await call<{ ok: boolean; problem: string }>('checkBackup', { name: 'ballast-backup-junk.sqlite' })
    )
    expect(junk).toMatchObject({ ok: false, problem: expect.stringContaining('not a readable SQLite database') })

    // A real backup with damage in its pages: integrity_check fails.
    const damaged = path.join(dir, 'ballast-backup-damaged.sqlite')
    for (let k = 0; k < 400; k++)
      db.prepare("INSERT INTO athletes (name, level, created_at, updated_at) VALUES (?, 'novice', 'x', 'x')").run(
        `Runner ${k} ${'x'.repeat(40)}`
      )
    await backupTo(db, damaged)
    const bytes = fs.readFileSync(damaged)
    // Scribble over the b-tree page headers after the first page (as a failing disk might).
    for (let at = 4096; at < bytes.length; at += 4096) bytes.fill(0x5a, at, at + 12)
    fs.writeFileSync(damaged, bytes)
    const check = value(
      await call<{ ok: boolean; problem: string; integrity: string }>('checkBackup', {
        name: 'ballast-backup-damaged.sqlite'
      })
    )
    expect(check.ok).toBe(false)
    expect(check.problem).toMatch(/damaged|not a readable/)

    const plain = new Database(path.join(dir, 'ballast-backup-other.sqlite'))
    plain.exec('CREATE TABLE t (x)')
    plain.close()
    expect(value(await call('checkBackup', { name: 'ballast-backup-other.sqlite' }))).toMatchObject({
      ok: false,
      problem: 'This is not a Ballast database.'
    })
  })

  it('only names inside the backups folder are accepted from the renderer', async () => {
    const { call } = setup()
    expect(await call('checkBackup', { name: '../ballast.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await call('checkBackup', { name: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await call('undoRestore', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no restore to undo' }
    })
  })
})
