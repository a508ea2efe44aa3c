// A large import killed part-way (SIGKILL: no cleanup, no exit handlers) must leave a database
// that passes integrity_check with the import wholly present or wholly absent, never half of it.
import { spawn } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { tempDbFile } from '../helpers/tempdb'

const ROWS = 20_000
const child = path.resolve(__dirname, '..', 'helpers', 'import-child.ts')
const root = path.resolve(__dirname, '..', '..')

const prepare = (): string => {
  const file = tempDbFile()
  const db = openDatabase(file)
  const now = '2026-11-25T12:00:00.000Z'
  const id = Number(
    db
      .prepare("INSERT INTO athletes (name, level, created_at, updated_at) VALUES ('Fault Runner', 'advanced', ?, ?)")
      .run(now, now).lastInsertRowid
  )
  db.prepare(
    "INSERT INTO sessions (athlete_id, date, type, duration_min, created_at, updated_at) VALUES (?, '2026-11-20', 'easy', 45, ?, ?)"
  ).run(id, now, now)
  db.close()
  return file
}

/** Runs the child; kills it `killAfterMs` after it starts the write (null: let it finish). */
const run = (file: string, killAfterMs: number | null) =>
  new Promise<{ killed: boolean; output: string; confirmedAt: boolean }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, file, String(ROWS)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    let confirmedAt = false
    p.stdout.on('data', (d: Buffer) => {
      output += d.toString()
      if (!confirmedAt && output.includes('CONFIRMING')) {
        confirmedAt = true
        if (killAfterMs !== null) setTimeout(() => p.kill('SIGKILL'), killAfterMs)
      }
    })
    p.stderr.on('data', (d: Buffer) => (output += d.toString()))
    p.on('error', reject)
    p.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', output, confirmedAt }))
  })

const inspect = (file: string) => {
  const db = new Database(file)
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      imported: (
        db.prepare("SELECT count(*) AS n FROM sessions WHERE external_id LIKE 'fault:%'").get() as { n: number }
      ).n,
      before: (
        db.prepare("SELECT count(*) AS n FROM sessions WHERE external_id IS NULL AND date = '2026-11-20'").get() as {
          n: number
        }
      ).n
    }
  } finally {
    db.close()
  }
}

describe('an import killed part-way', () => {
  it('SIGKILL at different moments of the write: the database is whole, the import all or nothing', async () => {
    // The control run: nobody kills it; it also tells how long the write takes on this machine.
    const control = prepare()
    const done = await run(control, null)
    const m = /DONE (\d+) in (\d+) ms/.exec(done.output)
    expect(m, done.output).not.toBeNull()
    expect(Number(m![1])).toBe(ROWS)
    expect(inspect(control)).toEqual({ integrity: 'ok', imported: ROWS, before: 1 })
    const writeMs = Number(m![2])

    const outcomes: string[] = []
    // From "as the write starts" to "just after it should have committed".
    for (const fraction of [0, 0.3, 0.6, 0.9, 1.2]) {
      const delay = Math.round(writeMs * fraction)
      const file = prepare()
      const r = await run(file, delay)
      const after = inspect(file)
      expect(after.integrity, `after a kill at +${delay} ms`).toBe('ok')
      expect([0, ROWS], `after a kill at +${delay} ms: ${after.imported} rows`).toContain(after.imported)
      expect(after.before, 'the session logged before the import is untouched').toBe(1)
      outcomes.push(`+${delay}ms: ${r.killed ? 'killed' : 'finished'}, ${after.imported === 0 ? 'absent' : 'present'}`)
    }
    // At least one kill really landed inside the write (otherwise this test would prove little).
    expect(
      outcomes.some((o) => o.includes('killed, absent')),
      outcomes.join('; ')
    ).toBe(true)
    console.log(`write of ${ROWS} rows took ${writeMs} ms; fault runs: ${outcomes.join('; ')}`)
  }, 150_000)
})
