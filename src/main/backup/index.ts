// Backups, rolling backups and restore. A coach's database is years of work: every copy goes
// through SQLite's online backup API (consistent while the app keeps writing), and a restore is
// one transaction on the live connection, after the live data has been copied aside.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { dateRangeMessage, FIRST_DAY, LAST_DAY } from '../../shared/domain'
import { latestVersion } from '../db/migrations'
import { backupsDir, openDatabase, type Db } from '../db/open'
import { rowProblems } from './rows'

export const ROLLING_KEEP = 7
/** "Backup now" copies kept in the backups folder (browser host; the desktop app saves where the coach chooses). */
export const MANUAL_KEEP = 10
export type BackupKind = 'auto' | 'manual' | 'before-restore'

const prefix: Record<BackupKind, string> = {
  auto: 'ballast-auto-',
  manual: 'ballast-backup-',
  'before-restore': 'ballast-before-restore-'
}

export { backupsDir }

/** 2026-11-25T18-46-56 in UTC: sorts by time, safe in every file system. */
const stamp = (now: Date): string =>
  now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/:/g, '-')

const freshName = (dir: string, kind: BackupKind, now: Date): string => {
  const base = `${prefix[kind]}${stamp(now)}`
  let name = `${base}.sqlite`
  // '~' sorts after '.', so a second copy in the same second still sorts as the newer one.
  for (let k = 2; fs.existsSync(path.join(dir, name)); k++) name = `${base}~${String(k).padStart(3, '0')}.sqlite`
  return path.join(dir, name)
}

export const kindOf = (name: string): BackupKind | null => {
  for (const kind of Object.keys(prefix) as BackupKind[])
    if (name.startsWith(prefix[kind]) && name.endsWith('.sqlite')) return kind
  return null
}

/** A consistent copy of the live database to `target`, taken while the app keeps working. */
export const backupTo = async (db: Db, target: string): Promise<{ path: string; bytes: number }> => {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  // Write beside the target and rename, so a half-written backup never carries the final name.
  const partial = `${target}.partial`
  fs.rmSync(partial, { force: true })
  await db.backup(partial)
  fs.renameSync(partial, target)
  return { path: target, bytes: fs.statSync(target).size }
}

export const backupInto = async (db: Db, dbPath: string, kind: BackupKind, now: Date) =>
  backupTo(db, freshName(backupsDir(dbPath), kind, now))

export interface BackupEntry {
  name: string
  kind: BackupKind
  bytes: number
  modifiedAt: string
}

export const listBackups = (dbPath: string): BackupEntry[] => {
  const dir = backupsDir(dbPath)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const kind = kindOf(name)
      if (!kind) return []
      const st = fs.statSync(path.join(dir, name))
      return [{ name, kind, bytes: st.size, modifiedAt: st.mtime.toISOString() }]
    })
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
}

/**
 * On start: copy the database into backups/ and keep the newest ROLLING_KEEP automatic copies.
 * The live database has passed its integrity check at open (openDatabase refuses any other); the
 * copy is checked too, and one that fails is deleted before it counts, so nothing is pruned for it
 * and the newest copy, the last good one, always stays. Manual backups and the copies set aside by
 * a restore are never pruned here.
 */
export const rollingBackup = async (dbPath: string, db: Db, now: Date): Promise<string | null> => {
  if (dbPath === ':memory:') return null
  const made = await backupInto(db, dbPath, 'auto', now)
  // Integrity is what matters for a copy of the live data (its rows are the app's own): no row check at every start.
  const check = checkBackup(made.path, backupsDir(dbPath), { rows: false })
  if (check.integrity !== 'ok') {
    removeDbFiles(made.path)
    throw new Error(
      `the copy ${made.path} failed its check (${check.problem ?? check.integrity}); it was deleted and the older backups were kept`
    )
  }
  pruneBackups(dbPath, 'auto', ROLLING_KEEP)
  return made.path
}

/**
 * "Backup now" into the backups folder: the copy is checked before it counts (one that fails is deleted
 * and the older copies stay), then only the newest MANUAL_KEEP manual copies are kept. The newest is
 * the one just checked, so the last good copy is never the one pruned.
 */
export const manualBackup = async (dbPath: string, db: Db, now: Date): Promise<{ path: string; bytes: number }> => {
  const made = await backupInto(db, dbPath, 'manual', now)
  const check = checkBackup(made.path, backupsDir(dbPath), { rows: false })
  // Integrity only, as for the rolling copies: a copy of what the coach has is a good copy.
  if (check.integrity !== 'ok') {
    removeDbFiles(made.path)
    throw new Error(
      `the copy failed its check (${check.problem ?? check.integrity}); it was deleted and the older backups were kept`
    )
  }
  pruneBackups(dbPath, 'manual', MANUAL_KEEP)
  return made
}

/** The newest backup that passes its check, for the message about a damaged database; null when there is none. */
export const newestGoodBackup = (dbPath: string): BackupEntry | null => {
  const dir = backupsDir(dbPath)
  for (const entry of listBackups(dbPath)) if (checkBackup(path.join(dir, entry.name), dir).ok) return entry
  return null
}

/** Deletes all but the newest `keep` copies of one kind. */
export const pruneBackups = (dbPath: string, kind: BackupKind, keep: number): void => {
  const ofKind = listBackups(dbPath).filter((b) => b.kind === kind)
  for (const old of ofKind.slice(keep)) fs.rmSync(path.join(backupsDir(dbPath), old.name), { force: true })
}

export interface BackupCheck {
  ok: boolean
  integrity: string
  schemaVersion: number
  supportedVersion: number
  counts: { athletes: number; sessions: number }
  problem: string | null
}

const removeDbFiles = (file: string) => {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true })
}

const tempCopy = (file: string, dir: string): string => {
  fs.mkdirSync(dir, { recursive: true })
  const tmp = path.join(dir, `.restore-${crypto.randomBytes(6).toString('hex')}.sqlite`)
  fs.copyFileSync(file, tmp)
  return tmp
}

/** Every stored date column, with what a coach calls its rows. Timestamps (created_at...) are not dates a coach enters. */
const dateColumns = [
  { table: 'sessions', column: 'date', what: 'session' },
  { table: 'stop_clearances', column: 'cleared_on', what: 'stop clearance' },
  { table: 'plans', column: 'start_date', what: 'plan start date' },
  { table: 'planned_sessions', column: 'date', what: 'planned session' }
] as const

/** Rows dated outside FIRST_DAY..LAST_DAY, as a sentence; null when there are none. */
const datesOutOfRange = (probe: Database.Database, tables: Set<string>): string | null => {
  const found: string[] = []
  for (const { table, column, what } of dateColumns) {
    if (!tables.has(table)) continue
    const r = probe
      .prepare(
        `SELECT count(*) AS n, min(${column}) AS first, max(${column}) AS last FROM ${table} WHERE ${column} < ? OR ${column} > ?`
      )
      .get(FIRST_DAY, LAST_DAY) as { n: number; first: string | null; last: string | null }
    if (r.n === 0) continue
    const example = r.first !== null && r.first < FIRST_DAY ? r.first : r.last
    found.push(`${r.n} ${what}${r.n === 1 ? '' : 's'} (e.g. ${example})`)
  }
  return found.length
    ? `The backup holds dates Ballast does not accept: ${found.join(', ')}. ${dateRangeMessage()}.`
    : null
}

/** Check a backup without changing it: integrity, schema version, what it holds. */
export const checkBackup = (file: string, workDir: string, options: { rows?: boolean } = {}): BackupCheck => {
  const result: BackupCheck = {
    ok: false,
    integrity: 'not checked',
    schemaVersion: 0,
    supportedVersion: latestVersion,
    counts: { athletes: 0, sessions: 0 },
    problem: null
  }
  if (!fs.existsSync(file)) return { ...result, problem: 'The file does not exist.' }
  // Work on a copy: opening a file can create -wal/-shm files or roll back a journal.
  const tmp = tempCopy(file, workDir)
  let probe: Database.Database | undefined
  try {
    probe = new Database(tmp, { fileMustExist: true })
    result.integrity = String(probe.pragma('integrity_check', { simple: true }))
    result.schemaVersion = probe.pragma('user_version', { simple: true }) as number
    const tables = new Set(
      (probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name
      )
    )
    if (tables.has('athletes'))
      result.counts.athletes = (probe.prepare('SELECT count(*) AS n FROM athletes').get() as { n: number }).n
    if (tables.has('sessions'))
      result.counts.sessions = (probe.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n
    if (result.integrity !== 'ok')
      result.problem = `The file is damaged: SQLite's integrity check says "${result.integrity}".`
    else if (result.schemaVersion > latestVersion) {
      result.problem = `The backup was made by a newer Ballast (schema ${result.schemaVersion}; this version understands up to ${latestVersion}). Update Ballast to restore it.`
    } else if (result.schemaVersion < 1 || !tables.has('athletes') || !tables.has('sessions'))
      result.problem = 'This is not a Ballast database.'
    else result.problem = datesOutOfRange(probe, tables) ?? (options.rows === false ? null : rowProblems(probe, tables))
    result.ok = result.problem === null
    return result
  } catch (e) {
    return { ...result, problem: `The file is not a readable SQLite database (${(e as Error).message}).` }
  } finally {
    probe?.close()
    removeDbFiles(tmp)
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Replace the live data with a backup's, in one transaction on the live connection, so every
 * prepared statement of the running app stays valid and a crash leaves the old data whole.
 * An older backup is first brought up to this version's schema (on a copy).
 */
export const restoreInto = (db: Db, file: string, workDir: string): { athletes: number; sessions: number } => {
  const check = checkBackup(file, workDir)
  if (!check.ok) throw new Error(check.problem ?? 'The backup cannot be restored')
  const tmp = tempCopy(file, workDir)
  try {
    openDatabase(tmp).close()
    db.prepare('ATTACH DATABASE ? AS restore_src').run(tmp)
    try {
      const tables = (
        db
          .prepare(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rootpage"
          )
          .all() as { name: string }[]
      ).map((t) => t.name)
      const srcTables = new Set(
        (db.prepare("SELECT name FROM restore_src.sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
          (t) => t.name
        )
      )
      const columns = (schema: string, table: string) =>
        (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map(
          (c) => c.name
        )
      db.transaction(() => {
        // References are checked once, at commit, when both sides are in place.
        db.pragma('defer_foreign_keys = ON')
        for (const t of tables) db.exec(`DELETE FROM main.${quote(t)}`)
        for (const t of tables) {
          if (!srcTables.has(t)) continue
          const src = new Set(columns('restore_src', t))
          const cols = columns('main', t)
            .filter((c) => src.has(c))
            .map(quote)
            .join(', ')
          db.exec(`INSERT INTO main.${quote(t)} (${cols}) SELECT ${cols} FROM restore_src.${quote(t)}`)
        }
        if (srcTables.has('sqlite_sequence')) {
          const hasSeq = db.prepare("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").get()
          if (hasSeq) {
            db.exec('DELETE FROM main.sqlite_sequence')
            db.exec('INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM restore_src.sqlite_sequence')
          }
        }
      })()
    } finally {
      db.exec('DETACH DATABASE restore_src')
    }
    return {
      athletes: (db.prepare('SELECT count(*) AS n FROM athletes').get() as { n: number }).n,
      sessions: (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n
    }
  } finally {
    removeDbFiles(tmp)
  }
}
