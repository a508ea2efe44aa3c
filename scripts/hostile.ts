// `npm run hostile`: the full hostile run behind the CI-sized tests (issue 13). First 10,000 hostile
// calls spread over every channel through dispatch (tests/helpers/hostile.ts: dates at the ends of the
// range, huge strings, wrong types), asserting no crash, refusals that name the field and
// integrity_check ok afterwards; then 50 SIGKILLs of a large import at moments spread over its write,
// asserting after each that the database passes integrity_check and holds the import whole or not at all.
// Options: --calls N, --kills N, --seed N (default: a random seed, printed so a failure can be replayed).
// Prints one summary line per part; record the last run in README's Security section.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createBackend } from '../src/main/backend'
import { fixedClock } from '../src/main/clock'
import { openDatabase } from '../src/main/db/open'
import { channelNames } from '../src/shared/channels'
import { caller } from '../tests/helpers/call'
import { fuzzChannels } from '../tests/helpers/hostile'

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const CALLS = arg('calls', 10_000)
const KILLS = arg('kills', 50)
const SEED = arg('seed', Math.floor(Math.random() * 2 ** 31))
const ROWS = 20_000

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-hostile-'))

const hostileCalls = async () => {
  const file = path.join(work, 'calls.sqlite')
  const db = openDatabase(file)
  const backend = createBackend(db, { dbPath: file, clock: fixedClock(new Date(2026, 10, 25, 12)) })
  const call = caller(backend)
  for (const name of ['Ada Quist', 'Ben Ode', 'Cleo Park']) {
    const a = await call<{ id: number }>('createAthlete', {
      name,
      level: 'intermediate',
      bodyMassKg: 64,
      ownedWeightsKg: [0.5, 1]
    })
    if (!a.ok) throw new Error(a.error.message)
    await call('createSession', {
      athleteId: a.value.id,
      date: '2026-11-20',
      type: 'easy',
      durationMin: 40,
      ankleWeightKg: 0.5,
      weightedMin: 20
    })
  }
  await call('generatePlan', {
    athleteId: 1,
    name: 'Base',
    startDate: '2026-11-30',
    weeks: 4,
    runsPerWeek: 3,
    availableDays: [1, 3, 5]
  })
  const t0 = performance.now()
  const stats = await fuzzChannels(backend, CALLS, SEED)
  const integrity = db.pragma('integrity_check', { simple: true })
  db.close()
  if (integrity !== 'ok') throw new Error(`integrity_check after the calls: ${integrity}`)
  console.log(
    `calls: ${stats.calls} on ${stats.channels}/${channelNames.length} channels (seed ${SEED}) in ${Math.round((performance.now() - t0) / 1000)} s: ` +
      `${stats.ok} ok, refused ${JSON.stringify(stats.refused)}, no crash, integrity ok`
  )
}

/** The child of tests/main/fault.test.ts: a large import, killed `killAfterMs` after its write starts (null: not killed). */
const runChild = (file: string, killAfterMs: number | null) =>
  new Promise<{ killed: boolean; output: string }>((resolve, reject) => {
    const p = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'tests', 'helpers', 'import-child.ts'), file, String(ROWS)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let output = ''
    let started = false
    p.stdout.on('data', (d: Buffer) => {
      output += d.toString()
      if (!started && output.includes('CONFIRMING')) {
        started = true
        if (killAfterMs !== null) setTimeout(() => p.kill('SIGKILL'), killAfterMs)
      }
    })
    p.stderr.on('data', (d: Buffer) => (output += d.toString()))
    p.on('error', reject)
    p.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', output }))
  })

const prepare = (k: number): string => {
  const file = path.join(work, `kill-${k}.sqlite`)
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

const kills = async () => {
  const control = await runChild(prepare(0), null)
  const m = /DONE (\d+) in (\d+) ms/.exec(control.output)
  if (!m) throw new Error(`the control import did not finish: ${control.output}`)
  const writeMs = Number(m[2])
  const tally = { killedAbsent: 0, killedPresent: 0, finished: 0 }
  for (let k = 1; k <= KILLS; k++) {
    // Spread from the start of the write to just past its end.
    const delay = Math.round((writeMs * 1.2 * (k - 1)) / Math.max(1, KILLS - 1))
    const file = prepare(k)
    const r = await runChild(file, delay)
    const db = new Database(file)
    const integrity = db.pragma('integrity_check', { simple: true })
    const imported = (
      db.prepare("SELECT count(*) AS n FROM sessions WHERE external_id LIKE 'fault:%'").get() as { n: number }
    ).n
    const before = (db.prepare('SELECT count(*) AS n FROM sessions WHERE external_id IS NULL').get() as { n: number }).n
    db.close()
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
    if (integrity !== 'ok') throw new Error(`kill ${k} at +${delay} ms: integrity_check says ${integrity}`)
    if (imported !== 0 && imported !== ROWS)
      throw new Error(`kill ${k} at +${delay} ms: ${imported} of ${ROWS} rows (half an import)`)
    if (before !== 1) throw new Error(`kill ${k} at +${delay} ms: the session logged before the import is gone`)
    if (!r.killed) tally.finished++
    else if (imported === 0) tally.killedAbsent++
    else tally.killedPresent++
  }
  console.log(
    `kills: ${KILLS} SIGKILLs over a ${writeMs} ms write of ${ROWS} rows: ${tally.killedAbsent} killed with the import absent, ` +
      `${tally.killedPresent} killed after it committed, ${tally.finished} finished first; integrity ok and all-or-nothing every time`
  )
}

const main = async () => {
  try {
    await hostileCalls()
    await kills()
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

main().catch((e: Error) => {
  console.error(`hostile: FAILED: ${e.message}`)
  process.exit(1)
})
