// A damaged, empty or foreign database file is never opened silently, never changed and never copied
// into the rolling backups; a good one opens and is backed up. Real files, damaged with fs.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../../src/host/server'
import { backupsDir, checkBackup, listBackups, rollingBackup } from '../../src/main/backup'
import { fixedClock } from '../../src/main/clock'
import { DatabaseDamagedError, openDatabase } from '../../src/main/db/open'
import { tempDir } from '../helpers/tempdb'

const hosts: RunningHost[] = []
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

const clock = fixedClock(new Date(2026, 10, 25, 12))

/** A folder with a built-renderer stand-in and the path the database goes to. */
const place = () => {
  const dir = tempDir()
  const rendererDir = path.join(dir, 'renderer')
  fs.mkdirSync(rendererDir, { recursive: true })
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<html><head><title>Ballast</title></head><body></body></html>'
  )
  return { rendererDir, dbPath: path.join(dir, 'data', 'ballast.sqlite') }
}

/** A real Ballast database with an athlete and enough sessions to fill many interior pages, closed cleanly. */
const goodDatabase = (dbPath: string) => {
  const db = openDatabase(dbPath)
  const athlete = db
    .prepare("INSERT INTO athletes (name, level, created_at, updated_at) VALUES ('Ada Quist', 'novice', 'x', 'x')")
    .run()
  const insert = db.prepare(
    "INSERT INTO sessions (athlete_id, date, type, duration_min, notes, created_at, updated_at) VALUES (?, '2026-11-01', 'easy', 30, ?, 'x', 'x')"
  )
  db.transaction(() => {
    for (let k = 0; k < 2000; k++) insert.run(athlete.lastInsertRowid, `run ${k} `.padEnd(200, '.'))
  })()
  db.close()
}

/** Garbage over three whole pages in the middle of the file, as a failing disk or a bad copy leaves it. */
const damageInterior = (dbPath: string) => {
  const size = fs.statSync(dbPath).size
  const page = 4096
  expect(size).toBeGreaterThan(40 * page)
  const at = Math.floor(size / page / 2) * page
  const fd = fs.openSync(dbPath, 'r+')
  fs.writeSync(fd, Buffer.alloc(3 * page, 'garbage!'), 0, 3 * page, at)
  fs.closeSync(fd)
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const startFails = async (dbPath: string, rendererDir: string) => {
  const failure = await startHost({ dbPath, rendererDir, clock, backupOnStart: true }).then(
    (h) => {
      hosts.push(h)
      return null
    },
    (e: Error) => e
  )
  expect(failure, 'the host refused to start').toBeInstanceOf(Error)
  return failure!.message
}

const badFiles: [string, (dbPath: string) => void, RegExp][] = [
  [
    'a database with garbage over interior pages',
    (f) => (goodDatabase(f), damageInterior(f)),
    /is damaged|not a SQLite database|could not/
  ],
  ['a zero-byte file', (f) => fs.writeFileSync(f, ''), /empty \(0 bytes\)/],
  [
    'a text file',
    (f) => fs.writeFileSync(f, 'Athlete,Date,Minutes\nAda,2026-11-01,30\n'.repeat(200)),
    /not a SQLite database|could not be read/
  ]
]

describe('opening a database file', () => {
  for (const [what, make, problem] of badFiles) {
    it(`refuses ${what}, names the file and the backups, leaves it unchanged and takes no backup`, async () => {
      const { rendererDir, dbPath } = place()
      fs.mkdirSync(path.dirname(dbPath), { recursive: true })
      make(dbPath)
      const before = digest(dbPath)

      expect(() => openDatabase(dbPath)).toThrow(DatabaseDamagedError)
      const message = await startFails(dbPath, rendererDir)
      expect(message).toMatch(problem)
      expect(message).toContain(dbPath)
      expect(message).toContain(backupsDir(dbPath))
      expect(message).toContain('has not opened or changed it')

      expect(digest(dbPath)).toBe(before)
      expect(fs.existsSync(`${dbPath}-wal`)).toBe(false)
      expect(listBackups(dbPath)).toEqual([])
    })
  }

  it('opens a good file, and the start-up copy of it is taken and passes its check', async () => {
    const { rendererDir, dbPath } = place()
    goodDatabase(dbPath)
    const host = await startHost({ dbPath, rendererDir, clock, backupOnStart: true })
    hosts.push(host)
    const res = await fetch(`http://127.0.0.1:${host.port}/api/listAthletes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ballast-token': host.token },
      body: '{}'
    })
    expect(await res.json()).toMatchObject({ ok: true, value: [{ name: 'Ada Quist' }] })
    // The copy is taken in the background once the database is open.
    for (let k = 0; k < 100 && listBackups(dbPath).length === 0; k++) await new Promise((r) => setTimeout(r, 50))
    const [copy] = listBackups(dbPath)
    expect(copy.kind).toBe('auto')
    expect(checkBackup(path.join(backupsDir(dbPath), copy.name), tempDir())).toMatchObject({
      ok: true,
      integrity: 'ok',
      counts: { athletes: 1, sessions: 2000 }
    })
  })

  it('a missing file is still created as a new database', () => {
    const { dbPath } = place()
    const db = openDatabase(dbPath)
    expect((db.prepare('SELECT count(*) AS n FROM athletes').get() as { n: number }).n).toBe(0)
    db.close()
  })

  it('seven restarts on a damaged file leave the good backups alone and name the newest', async () => {
    const { rendererDir, dbPath } = place()
    goodDatabase(dbPath)
    const db = openDatabase(dbPath)
    for (let d = 1; d <= 3; d++) await rollingBackup(dbPath, db, new Date(Date.UTC(2026, 10, 20 + d, 8)))
    db.close()
    const good = listBackups(dbPath)
    expect(good.map((b) => b.name)).toEqual([
      'ballast-auto-2026-11-23T08-00-00.sqlite',
      'ballast-auto-2026-11-22T08-00-00.sqlite',
      'ballast-auto-2026-11-21T08-00-00.sqlite'
    ])
    const digests = good.map((b) => digest(path.join(backupsDir(dbPath), b.name)))

    damageInterior(dbPath)
    for (let start = 1; start <= 7; start++) {
      const message = await startFails(dbPath, rendererDir)
      expect(message).toContain('The newest good backup is ballast-auto-2026-11-23T08-00-00.sqlite')
    }
    expect(listBackups(dbPath).map((b) => b.name)).toEqual(good.map((b) => b.name))
    expect(listBackups(dbPath).map((b) => digest(path.join(backupsDir(dbPath), b.name)))).toEqual(digests)
  })
})
