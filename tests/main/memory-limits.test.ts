// Memory caps in the backend (issue 13 item 6): an import holds at most MAX_JOB_FILES files and
// MAX_JOB_BYTES of them, all open imports at most MAX_HELD_BYTES, each refused with a message that
// says what to do; and "Backup now" copies are pruned to MANUAL_KEEP, never the newest good one.
import Database from 'better-sqlite3'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { backupsDir, listBackups, MANUAL_KEEP } from '../../src/main/backup'
import { MAX_HELD_BYTES } from '../../src/main/handlers/io'
import { MAX_JOB_BYTES, MAX_JOB_FILES } from '../../src/main/import/jobs'
import { caller, value } from '../helpers/import-io'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const MB = 1024 * 1024

const setup = () => {
  const file = tempDbFile()
  const db = openTemp(file)
  let t = new Date('2026-11-25T12:00:00Z').getTime()
  const backend = createBackend(db, { dbPath: file, clock: { now: () => new Date((t += 1000)) } })
  const call = caller(backend)
  return { file, db, call }
}

const csv = Buffer.from('date,type,duration_min\n2026-11-20,easy,30\n').toString('base64')

describe('an import job holds a bounded amount', () => {
  it(`takes ${MAX_JOB_FILES} files; the next is refused with a message, and the import still reads`, async () => {
    const { call } = setup()
    const ada = value(await call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    const { jobId } = value(await call<{ jobId: string }>('importBegin', { athleteId: ada.id }))
    for (let k = 0; k < MAX_JOB_FILES; k++) {
      value(await call('importAddFile', { jobId, name: `s${k}.csv`, size: 42, offset: 0, chunk: csv, last: true }))
    }
    const r = await call('importAddFile', { jobId, name: 'one-more.csv', size: 42, offset: 0, chunk: csv, last: true })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `One import takes at most ${MAX_JOB_FILES} files: import these first, then start another import for the rest`
      }
    })
    expect(value(await call('importRead', { jobId }))).toEqual({ started: true })
  })

  it(`a file that would take the import past ${MAX_JOB_BYTES / MB} MB is refused by its declared size, before its bytes travel`, async () => {
    const { call } = setup()
    const ada = value(await call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    const { jobId } = value(await call<{ jobId: string }>('importBegin', { athleteId: ada.id }))
    // Two 45 MB files announced (their first chunk sent), then one of 11 MB.
    const chunk = Buffer.alloc(1024, 'a').toString('base64')
    for (const name of ['a.fit', 'b.fit'])
      expect(
        value(await call('importAddFile', { jobId, name, size: 45 * MB, offset: 0, chunk, last: false }))
      ).toMatchObject({ error: null })
    const third = value(
      await call<{ error: string | null }>('importAddFile', {
        jobId,
        name: 'c.fit',
        size: 11 * MB,
        offset: 0,
        chunk,
        last: false
      })
    )
    expect(third.error).toBe(
      `one import takes at most ${MAX_JOB_BYTES / MB} MB of files; import these first, then start another import for the rest`
    )
    // A small file still fits.
    expect(
      value(await call('importAddFile', { jobId, name: 'd.csv', size: 42, offset: 0, chunk: csv, last: true }))
    ).toMatchObject({ error: null })
  })

  it(`all open imports together hold at most ${MAX_HELD_BYTES / MB} MB: the next file is refused until one is finished or cancelled`, async () => {
    const { call } = setup()
    const ada = value(await call<{ id: number }>('createAthlete', { name: 'Ada Quist', level: 'novice' }))
    const chunk = Buffer.alloc(16).toString('base64')
    const jobs: string[] = []
    for (let j = 0; j < 3; j++) {
      const { jobId } = value(await call<{ jobId: string }>('importBegin', { athleteId: ada.id }))
      jobs.push(jobId)
      for (const name of ['a.fit', 'b.fit']) {
        const r = await call('importAddFile', { jobId, name, size: 40 * MB, offset: 0, chunk, last: false })
        if (j * 80 + (name === 'a.fit' ? 40 : 80) <= MAX_HELD_BYTES / MB) expect(r).toMatchObject({ ok: true })
        else
          expect(r).toMatchObject({
            ok: false,
            error: {
              code: 'conflict',
              message: expect.stringMatching(
                /^Imports not yet confirmed already hold 200 MB of files: confirm or cancel one before adding more$/
              )
            }
          })
      }
    }
    value(await call('importCancel', { jobId: jobs[0] }))
    expect(
      await call('importAddFile', { jobId: jobs[2], name: 'c.fit', size: 40 * MB, offset: 0, chunk, last: false })
    ).toMatchObject({ ok: true })
  })
})

describe('"Backup now" copies are pruned', () => {
  it(`keeps the newest ${MANUAL_KEEP}, each checked; the newest is the one just made and it opens`, async () => {
    const { call, file } = setup()
    const made: string[] = []
    for (let k = 0; k < MANUAL_KEEP + 3; k++)
      made.push(path.basename(value(await call<{ path: string }>('backupNow', {})).path))
    const kept = listBackups(file)
      .filter((b) => b.kind === 'manual')
      .map((b) => b.name)
    expect(kept).toEqual(made.slice(-MANUAL_KEEP).reverse())
    const newest = new Database(path.join(backupsDir(file), kept[0]), { readonly: true })
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok')
    newest.close()
  })
})
