// CSV export: what a coach takes to a spreadsheet, and what Ballast reads back without loss.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { parseCsv } from '../../src/main/import/csv'
import { caller, preview, value } from '../helpers/import-io'
import { openTemp, tempDir } from '../helpers/tempdb'

const setup = () => {
  const db = openTemp()
  const backend = createBackend(db, { clock: { now: () => new Date(2026, 10, 25, 12) } })
  return { db, backend, call: caller(backend) }
}

type Row = Record<string, unknown>
const comparable = (sessions: Row[]) =>
  sessions.map(({ id: _i, athleteId: _a, createdAt: _c, updatedAt: _u, ...rest }) => rest)

const tricky = [
  {
    date: '2026-11-02',
    startTime: '06:05',
    type: 'easy',
    durationMin: 45.25,
    distanceKm: 8.123,
    ankleWeightKg: 0.5,
    weightedMin: 12.5,
    rpe: 4,
    pain: 0,
    painNextMorning: 1,
    painLocation: 'left "achilles"',
    formBreakdown: false,
    notes: '=HYPERLINK("http://evil","click")'
  },
  {
    date: '2026-11-03',
    type: 'hill_sprint',
    durationMin: 20,
    notes: '+1 rep, then -2 on the last set\r\nsecond line, with a comma'
  },
  {
    date: '2026-11-03',
    type: 'long',
    durationMin: 100,
    distanceKm: 18,
    notes: '@coach: ok?',
    painLocation: "'=already quoted"
  },
  {
    date: '2026-11-04',
    startTime: '18:00',
    type: 'race',
    durationMin: 21.5,
    distanceKm: 5,
    rpe: 9,
    formBreakdown: true,
    notes: 'Łódź parkrun 🏃'
  },
  { date: '2026-11-05', type: 'cross', durationMin: 30, notes: '\tindented' }
]

describe('CSV export', () => {
  it('escapes cells a spreadsheet would run as formulas', async () => {
    const { call } = setup()
    const ada = value(await call<{ id: number }>('createAthlete', { name: '=Ada', level: 'novice' }))
    for (const s of tricky) value(await call('createSession', { athleteId: ada.id, ...s }))
    const out = value(
      await call<{ csv: string; rows: number; fileName: string; savedTo: null }>('exportSessionsCsv', {
        athleteId: ada.id
      })
    )
    expect(out.rows).toBe(5)
    expect(out.savedTo).toBeNull()
    expect(out.fileName).toBe('ballast-sessions-ada-2026-11-25.csv')
    const cells = parseCsv(out.csv).flat()
    // No cell starts with a character that makes Excel, LibreOffice or Sheets evaluate it.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
    expect(cells).toContain(`'=HYPERLINK("http://evil","click")`)
    expect(cells).toContain("'=Ada")
    expect(cells).toContain("''=already quoted")
  })

  it('round trip: export, import into an empty database, and the sessions are equal', async () => {
    const a = setup()
    const ada = value(await a.call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    for (const s of tricky) value(await a.call('createSession', { athleteId: ada.id, ...s }))
    value(
      await a.call('createSession', {
        athleteId: ada.id,
        date: '2026-11-06',
        type: 'easy',
        durationMin: 31,
        source: 'import',
        externalId: 'strava:77'
      })
    )
    const original = value(await a.call<Row[]>('listSessions', { athleteId: ada.id }))
    const { csv } = value(await a.call<{ csv: string }>('exportSessionsCsv', { athleteId: ada.id }))

    const b = setup()
    const newAda = value(await b.call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    const { jobId, rows } = await preview(b.backend, newAda.id, [
      { name: 'export.csv', bytes: Buffer.from(csv, 'utf8') }
    ])
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill('new'))
    value(await b.call('importConfirm', { jobId, rows: rows.map((r) => ({ rowId: r.rowId })) }))
    const copy = value(await b.call<Row[]>('listSessions', { athleteId: newAda.id }))
    expect(comparable(copy)).toEqual(comparable(original))

    // And importing it again over the original finds every row already there.
    const again = await preview(a.backend, ada.id, [{ name: 'export.csv', bytes: Buffer.from(csv, 'utf8') }])
    expect(again.rows.map((r) => r.status)).toEqual(Array(6).fill('duplicate'))
  })

  it('exports every athlete, each row naming its athlete', async () => {
    const { call } = setup()
    for (const name of ['Ada Quist', 'Ben Ode']) {
      const a = value(await call<{ id: number }>('createAthlete', { name, level: 'novice' }))
      value(await call('createSession', { athleteId: a.id, date: '2026-11-02', type: 'easy', durationMin: 30 }))
    }
    const out = value(await call<{ csv: string; rows: number; fileName: string }>('exportSessionsCsv', {}))
    expect(out.fileName).toBe('ballast-sessions-all-2026-11-25.csv')
    expect(
      parseCsv(out.csv)
        .slice(1)
        .map((r) => r[0])
    ).toEqual(['Ada Quist', 'Ben Ode'])
  })

  it('in the desktop app the CSV is written where the coach chose', async () => {
    const target = path.join(tempDir(), 'squad.csv')
    const db = openTemp()
    const call = caller(
      createBackend(db, {
        clock: { now: () => new Date(2026, 10, 25, 12) },
        host: { chooseSavePath: async () => target }
      })
    )
    const a = value(await call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    value(await call('createSession', { athleteId: a.id, date: '2026-11-02', type: 'easy', durationMin: 30 }))
    const out = value(await call<{ savedTo: string; csv: string }>('exportSessionsCsv', {}))
    expect(out.savedTo).toBe(target)
    expect(fs.readFileSync(target, 'utf8')).toBe(out.csv)
  })
})
