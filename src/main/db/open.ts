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

/**
 * The path cannot hold a database at all (a folder, no permission, a full disk, a folder that cannot
 * be made): said plainly, with the path, instead of SQLite's or the file system's own words.
 */
export class DatabaseFileError extends Error {
  constructor(
    readonly file: string,
    problem: string
  ) {
    super(`Ballast cannot use ${file} as its database: ${problem}`)
    this.name = 'DatabaseFileError'
  }
}

/** The file system's or SQLite's reason, in words a coach can act on. */
const fileProblem = (e: unknown): string => {
  const code = String((e as { code?: unknown })?.code ?? '')
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM')
    return 'Ballast is not allowed to read or write there. Choose a folder of your own.'
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full. Free some space, then start Ballast again.'
  if (code === 'EISDIR') return 'it is a folder, not a database file. Choose the database file itself (ballast.sqlite).'
  if (code === 'ENOTDIR' || code === 'ENOENT' || code === 'EEXIST')
    return 'part of the path is not a folder, or does not exist.'
  if (code.startsWith('SQLITE_CANTOPEN'))
    return 'the file cannot be opened or created there (the folder may be missing or read-only).'
  if (code.startsWith('SQLITE_IOERR'))
    return 'the disk reported an error while reading or writing it. Check the disk, then start Ballast again.'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'another program holds it locked. Close that program, then start Ballast again.'
  return firstLine(e)
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
    // Not allowed to read or write it is not damage: say so.
    try {
      fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK)
    } catch (denied) {
      throw new DatabaseFileError(file, fileProblem(denied))
    }
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
      if (verdict !== 'ok')
        throw new DatabaseDamagedError(
          file,
          `it is damaged (SQLite's ${pragma} says: ${verdict.length > 300 ? `${verdict.slice(0, 300)}…` : verdict}).`
        )
    }
    return version
  } finally {
    probe.close()
    for (const f of sidecars)
      if (fs.existsSync(f) && (!f.endsWith('-wal') || fs.statSync(f).size === 0)) fs.rmSync(f, { force: true })
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
    if (fs.statSync(file).isDirectory()) throw new DatabaseFileError(file, fileProblem({ code: 'EISDIR' }))
    const version = probeFile(file, options)
    if (version > latestVersion) throw new DatabaseTooNewError(file, version, latestVersion)
  } else if (file !== ':memory:') {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true })
    } catch (e) {
      throw new DatabaseFileError(file, fileProblem(e))
    }
  }
  let db: Db | undefined
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding })
    // WAL so the renderer's reads never wait on an import; NORMAL is durable enough with WAL.
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    db.pragma('synchronous = NORMAL')
    applyMigrations(db, migrations, target)
    return db
  } catch (e) {
    db?.close()
    const code = String((e as { code?: unknown })?.code ?? '')
    // A failing migration step keeps its own message (tests and bug reports need it); the file and disk get plain words.
    if (/^(SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM|BUSY|LOCKED)|E[A-Z]+$)/.test(code))
      throw new DatabaseFileError(file, fileProblem(e))
    throw e
  }
}
