import crypto from 'node:crypto'
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseTooNewError, openDatabase, applyMigrations } from '../../src/main/db/open'
import { latestVersion, migrations } from '../../src/main/db/migrations'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describe('database migrations', () => {
  it('a fresh file gets every table, the latest user_version, WAL and foreign keys', () => {
    const db = openTemp()
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name)
    expect(tables).toEqual(expect.arrayContaining(['athletes', 'sessions', 'settings']))
  })

  it('migration versions are numbered 1, 2, 3… with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
  })

  it('an older database is upgraded step by step and keeps its rows', () => {
    const file = tempDbFile()
    const v1 = openDatabase(file, { targetVersion: 1 })
    v1.prepare(
      "INSERT INTO athletes (name, level, created_at, updated_at) VALUES ('Old Timer', 'novice', 'x', 'x')"
    ).run()
    expect(v1.pragma('user_version', { simple: true })).toBe(1)
    v1.close()
    const db = openTemp(file)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(db.prepare('SELECT name FROM athletes').get()).toEqual({ name: 'Old Timer' })
  })

  it('a failing step leaves the schema and user_version as they were', () => {
    const db = openTemp(tempDbFile(), { targetVersion: 1 })
    const broken = [
      ...migrations.slice(0, 1),
      { version: 2, name: 'broken', up: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' }
    ]
    expect(() => applyMigrations(db, broken, 2)).toThrow(/no_such_table/)
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 })
  })

  it('a database from a newer Ballast is refused with a clear message and left byte-for-byte unchanged', () => {
    const file = tempDbFile()
    const future = new Database(file)
    future.exec('CREATE TABLE from_the_future (x)')
    future.pragma(`user_version = ${latestVersion + 5}`)
    future.close()
    const before = sha(file)
    let error: unknown
    try {
      openDatabase(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as Error).message).toMatch(/newer version of Ballast/)
    expect((error as Error).message).toMatch(/has not been changed/)
    expect(sha(file)).toBe(before)
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
  })

  it('CHECK constraints refuse weighted minutes above the duration even past zod', () => {
    const db = openTemp()
    db.prepare(
      "INSERT INTO athletes (id, name, level, created_at, updated_at) VALUES (1, 'A', 'novice', 'x', 'x')"
    ).run()
    expect(() =>
      db
        .prepare(
          "INSERT INTO sessions (athlete_id, date, type, duration_min, ankle_weight_kg, weighted_min, created_at, updated_at) VALUES (1, '2026-01-01', 'easy', 30, 1, 40, 'x', 'x')"
        )
        .run()
    ).toThrow(/CHECK constraint/)
  })

  it('the session log query uses the (athlete, date) index', () => {
    const db = openTemp()
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM sessions WHERE athlete_id = 1 AND date >= '2026-01-01' AND date <= '2026-12-31'"
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/sessions_athlete_date/)
  })
})
