// Opens (or creates) a coach's database file, refuses one written by a newer Ballast, and brings
// an older one up to date. Main is the only process that ever holds this handle.
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

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron); Node uses the default. */
  nativeBinding?: string
  /** Stop after this schema version (tests of upgrades). */
  targetVersion?: number
}

const readVersion = (file: string, nativeBinding?: string): number => {
  // Read-only first: a too-new file must not even get its journal mode switched.
  const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    return probe.pragma('user_version', { simple: true }) as number
  } finally {
    probe.close()
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
  if (file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0) {
    const version = readVersion(file, options.nativeBinding)
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
