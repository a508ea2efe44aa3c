// Bad database paths and disk errors reach the coach in plain words, not SQLite's (issue 13 item 8);
// and the calendar export never lets a CR or LF from a name end a property early.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { DatabaseFileError, openDatabase } from '../../src/main/db/open'
import type { ExportedFile } from '../../src/shared/contract/plan'
import { caller, value } from '../helpers/import-io'
import { planBackend } from '../helpers/plan-backend'
import { openTemp, tempDir } from '../helpers/tempdb'

const openError = (file: string): Error => {
  try {
    openDatabase(file).close()
  } catch (e) {
    return e as Error
  }
  throw new Error('it opened')
}

describe('a path that cannot hold a database', () => {
  it('a folder given as the database: says it is a folder, names it, and leaves it alone', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine')
    const e = openError(dir)
    expect(e).toBeInstanceOf(DatabaseFileError)
    expect(e.message).toBe(
      `Ballast cannot use ${dir} as its database: it is a folder, not a database file. Choose the database file itself (ballast.sqlite).`
    )
    expect(fs.readdirSync(dir)).toEqual(['notes.txt'])
  })

  it('a path under a file: says part of the path is not a folder', () => {
    const file = path.join(tempDir(), 'plain.txt')
    fs.writeFileSync(file, 'x')
    const e = openError(path.join(file, 'ballast.sqlite'))
    expect(e).toBeInstanceOf(DatabaseFileError)
    expect(e.message).toMatch(/: part of the path is not a folder, or does not exist\.$/)
  })
})

describe('the disk filling up during use', () => {
  it('a save that finds the disk full says so plainly; nothing half-saved; saving works again once there is room', async () => {
    const db = openTemp()
    const backend = createBackend(db, { clock: { now: () => new Date(2026, 10, 25, 12) } })
    const call = caller(backend)
    const ada = value(await call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    // SQLite's page limit stands in for the disk: past it, every write fails with SQLITE_FULL, as on a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`)
    let reply: Awaited<ReturnType<typeof call>> = { ok: true, value: null }
    let saved = 0
    for (let k = 0; k < 200 && reply.ok; k++) {
      reply = await call('createSession', {
        athleteId: ada.id,
        date: '2026-11-20',
        type: 'easy',
        durationMin: 30,
        notes: 'n'.repeat(2000)
      })
      if (reply.ok) saved++
    }
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The disk is full, so nothing was saved. Free some disk space, then try again.'
      }
    })
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: saved })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.pragma('max_page_count = 1073741823')
    expect(
      await call('createSession', { athleteId: ada.id, date: '2026-11-20', type: 'easy', durationMin: 30 })
    ).toMatchObject({ ok: true })
  })
})

describe('the calendar export keeps every property on its line', () => {
  it('a plan and athlete name with a lone CR, a lone LF and CRLF: each becomes \\n; every line ends in CRLF', async () => {
    const { call, athlete } = planBackend()
    const ada = await athlete({ name: 'Ada\rQuist' })
    const plan = await call<{ plan: { id: number } }>('createPlan', {
      athleteId: ada.id,
      name: 'Base\nblock\r\nend',
      startDate: '2026-12-14',
      weeks: 1
    })
    await call('savePlannedSession', {
      planId: plan.plan.id,
      date: '2026-12-15',
      type: 'easy',
      durationMin: 30,
      description: 'Flat\rroute\u0007'
    })
    const file = await call<ExportedFile>('exportPlanIcs', { planId: plan.plan.id })
    const ics = Buffer.from(file.base64!, 'base64').toString('utf8')
    // No CR without LF after it, no LF without CR before it.
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('X-WR-CALNAME:Base\\nblock\\nend - Ada\\nQuist\r\n')
    expect(unfolded).toContain('DESCRIPTION:Flat\\nroute')
    expect(unfolded).not.toContain('\u0007')
    // Every line is a property, a fold, or BEGIN/END.
    for (const line of ics.split('\r\n').filter(Boolean)) expect(line).toMatch(/^([A-Z-]+[:;]| )/)
  })
})
