// Opens (or creates) a coach's database file, refuses one written by a newer Ballast or one that
// fails SQLite's integrity check (damaged, empty or not a database), and brings an older one up to date. Main is the only process that ever holds this handle.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { latestVersion, migrations, type Migration } from './migrations'

export type Db = Database.Database

export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly supportedVersion: number
  ) {
    super(
      `This database (${file}) was written by a newer version of Ballast (schema ${fileVersion}; this version understands up to ${supportedVersion}). ` +
        'Update Ballast to open it. The file has not been changed.'
    )
    this.name = 'DatabaseTooNewError'
  }
}

/** Backups live in a folder beside the database file. */
export const backupsDir = (dbPath: string): string => path.join(path.dirname(dbPath), 'backups')

/**
 * A file that is there but is not a whole SQLite database: damaged pages, zero bytes, or another kind
 * of file. Ballast never opens such a file, never writes to it and never backs it up.
 */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(
      `The database ${file} cannot be used: ${problem} Ballast has not opened or changed it. ` +
        `Your backups are in ${backupsDir(file)}: quit Ballast, move the damaged file aside and copy the newest good backup to ${file}.`
    )
    this.name = 'DatabaseDamagedError'
  }
}

/** Up to this size the full integrity_check runs at every open; above it, quick_check (unless the last run ended uncleanly). */
export const FULL_CHECK_BYTES = 64 * 1024 * 1024

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron); Node uses the default. */
  nativeBinding?: string
  /** Stop after this schema version (tests of upgrades). */
  targetVersion?: number
  /** Check the file's integrity before opening it (default true; the reader lane skips it, main has just checked). */
  check?: boolean
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]

/**
 * Read-only first: a too-new or damaged file must not even get its journal mode switched. Returns the
 * schema version of a file that passed SQLite's check; throws DatabaseDamagedError otherwise.
 */
const probeFile = (file: string, options: OpenOptions): number => {
  const size = fs.statSync(file).size
  if (size === 0) throw new DatabaseDamagedError(file, 'the file is empty (0 bytes), so it holds no Ballast data.')
  // A read-only open of a WAL file may create empty -wal/-shm files: the ones it made are removed again.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f))
  let probe: Database.Database
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding })
  } catch (e) {
    throw new DatabaseDamagedError(file, `it could not be read as a SQLite database (${firstLine(e)}).`)
  }
  try {
    let version: number
    try {
      version = probe.pragma('user_version', { simple: true }) as number
    } catch (e) {
      throw new DatabaseDamagedError(file, `it is not a SQLite database (${firstLine(e)}).`)
    }
    if (options.check ?? true) {
      // A WAL left behind means the last run did not close cleanly: then the full check, whatever the size.
      const wal = `${file}-wal`
      const unclean = fs.existsSync(wal) && fs.statSync(wal).size > 0
      const pragma = size <= FULL_CHECK_BYTES || unclean ? 'integrity_check' : 'quick_check'
      let verdict: string
      try {
        verdict = (probe.pragma(`${pragma}(20)`) as Record<string, string>[]).map((r) => Object.values(r)[0]).join('; ')
      } catch (e) {
        throw new DatabaseDamagedError(file, `SQLite could not check it (${firstLine(e)}).`)
      }
      if (verdict !== 'ok') throw new DatabaseDamagedError(file, `it is damaged (SQLite's ${pragma} says: ${verdict.length > 300 ? `${verdict.slice(0, 300)}…` : verdict}).`)
    }
    return version
  } finally {
    probe.close()
    for (const f of sidecars) if (fs.existsSync(f) && (!f.endsWith('-wal') || fs.statSync(f).size === 0)) fs.rmSync(f, { force: true })
  }
}

export const applyMigrations = (db: Db, steps: Migration[], target: number): void => {
  let current = db.pragma('user_version', { simple: true }) as number
  for (const step of steps) {
    if (step.version <= current || step.version > target) continue
    if (step.version !== current + 1) throw new Error(`Migration ${step.version} does not follow ${current}`)
    db.transaction(() => {
      db.exec(step.up)
      db.pragma(`user_version = ${step.version}`)
    })()
    current = step.version
  }
}

export const openDatabase = (file: string, options: OpenOptions = {}): Db => {
  const target = options.targetVersion ?? latestVersion
  // A missing file is a new database; a file that is there must pass the check (an empty one is refused).
  if (file !== ':memory:' && fs.existsSync(file)) {
    const version = probeFile(file, options)
    if (version > latestVersion) throw new DatabaseTooNewError(file, version, latestVersion)
  } else if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true })
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding })
  // WAL so the renderer's reads never wait on an import; NORMAL is durable enough with WAL.
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = NORMAL')
  applyMigrations(db, migrations, target)
  return db
}
