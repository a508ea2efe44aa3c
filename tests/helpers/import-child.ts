// Child process for tests/main/fault.test.ts: a large import into a real database file, through
// the same channels the app uses. It says CONFIRMING just before the one write transaction starts,
// so the parent can kill it (SIGKILL) during the write. Usage: node --import tsx import-child.ts <db> <rows>
import { createBackend } from '../../src/main/backend'
import { openDatabase } from '../../src/main/db/open'
import { addDays } from '../../src/shared/calendar'
import { caller, preview, value } from './import-io'
import { fixedClock } from '../../src/main/clock'

const [dbPath, rowsArg] = process.argv.slice(2)
const rows = Number(rowsArg)

export const bigCsv = (n: number): string => {
  const lines = [
    'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id'
  ]
  for (let k = 0; k < n; k++) {
    const date = addDays('2000-01-03', Math.floor(k / 4))
    const time = `${String(6 + (k % 4) * 3).padStart(2, '0')}:00`
    lines.push(
      `Fault Runner,${date},${time},easy,${30 + (k % 40)},${(5 + (k % 10) / 2).toFixed(1)},0,0,,,,,0,run ${k} ${'.'.repeat(40)},import,fault:${k}`
    )
  }
  return lines.join('\n') + '\n'
}

const main = async () => {
  const db = openDatabase(dbPath)
  const backend = createBackend(db, { dbPath, clock: fixedClock(new Date(2026, 10, 25, 12)) })
  const call = caller(backend)
  const athleteId = (db.prepare("SELECT id FROM athletes WHERE name = 'Fault Runner'").get() as { id: number }).id
  const { jobId, rows: previewRows } = await preview(backend, athleteId, [
    { name: 'big.csv', bytes: Buffer.from(bigCsv(rows)) }
  ])
  process.stdout.write('CONFIRMING\n')
  const t0 = performance.now()
  const summary = value(
    await call<{ imported: number }>('importConfirm', { jobId, rows: previewRows.map((r) => ({ rowId: r.rowId })) })
  )
  process.stdout.write(`DONE ${summary.imported} in ${Math.round(performance.now() - t0)} ms\n`)
  db.close()
}

if (dbPath) {
  main().catch((e: Error) => {
    process.stderr.write(`${e.stack}\n`)
    process.exit(1)
  })
}
