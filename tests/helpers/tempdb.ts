// A real SQLite file in a fresh temp folder for each test: no mocked database.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { openDatabase, type Db, type OpenOptions } from '../../src/main/db/open'
import { createBackend } from '../../src/main/backend'

const dirs: string[] = []
const dbs: Db[] = []

afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close()
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

export const tempDir = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-'))
  dirs.push(d)
  return d
}

export const tempDbFile = (): string => path.join(tempDir(), 'ballast.sqlite')

export const openTemp = (file = tempDbFile(), options?: OpenOptions): Db => {
  const db = openDatabase(file, options)
  dbs.push(db)
  return db
}

/** A backend on a fresh database whose clock is fixed at noon local time on `today`. */
export const tempBackend = (today = '2026-11-25') => {
  const db = openTemp()
  const [y, m, d] = today.split('-').map(Number)
  const backend = createBackend(db, { clock: { now: () => new Date(y, m - 1, d, 12, 0, 0) } })
  return { db, backend }
}
