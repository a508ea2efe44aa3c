// Importing watch and app files: every fixture under tests/fixtures/import is a real file
// (FIT files made by Garmin's encoder in scripts/make-import-fixtures.ts).
process.env.TZ = 'Europe/Amsterdam' // the coach's machine: local dates and times below are in CET

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { readImportFile } from '../../src/main/import/read'
import type { ImportProgress } from '../../src/shared/contract/io'
import { caller, filesIn, fixtures, preview, value } from '../helpers/import-io'
import { openTemp, tempDir } from '../helpers/tempdb'

const AMS = { timeZone: 'Europe/Amsterdam' }
const read = (rel: string) => readImportFile(path.basename(rel), fs.readFileSync(path.join(fixtures, rel)), AMS)
const drafts = (rel: string) => {
  const r = read(rel)
  if (!r.ok) throw new Error(r.error)
  return r.rows.map((row) => ('draft' in row ? row.draft : row.error))
}

const setup = (hostAbilities = {}) => {
  const db = openTemp()
  const backend = createBackend(db, { clock: { now: () => new Date(2026, 10, 25, 12) }, host: hostAbilities })
  const call = caller(backend)
  const athlete = async (name = 'Ada Quist') =>
    value(await call<{ id: number }>('createAthlete', { name, level: 'intermediate', bodyMassKg: 61 }))
  const count = () => (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n
  return { db, backend, call, athlete, count }
}

describe('reading files', () => {
  it('a FIT run from a watch becomes a session with local date, start, duration, distance and a guessed type', () => {
    expect(drafts('good/morning-run.fit')).toMatchObject([
      {
        date: '2026-11-02',
        startTime: '07:30',
        type: 'easy',
        durationMin: 45.2,
        distanceKm: 8.42,
        ankleWeightKg: 0,
        weightedMin: 0,
        source: 'import',
        externalId: 'fit:3312:2026-11-02T06:30:00.000Z'
      }
    ])
    expect(drafts('good/long-run.fit')).toMatchObject([
      { date: '2026-11-08', startTime: '09:00', type: 'long', durationMin: 105, distanceKm: 21.1 }
    ])
    expect(drafts('good/ride.fit')).toMatchObject([{ type: 'cross', notes: 'cycling' }])
  })

  it("a FIT file's own clock decides the day: a New York evening run stays on that evening", () => {
    expect(drafts('good/abroad.fit')).toMatchObject([
      { date: '2026-11-03', startTime: '19:45', durationMin: 30, distanceKm: 5 }
    ])
  })

  it('GPX and TCX become sessions; the GPX distance is measured along the track', () => {
    expect(drafts('good/evening-run.gpx')).toMatchObject([
      { date: '2026-11-04', startTime: '18:15', type: 'easy', durationMin: 40, notes: 'Evening Run' }
    ])
    const gpxKm = (drafts('good/evening-run.gpx')[0] as { distanceKm: number }).distanceKm
    expect(gpxKm).toBeGreaterThan(7.6)
    expect(gpxKm).toBeLessThan(7.75)
    expect(drafts('good/tempo.tcx')).toMatchObject([
      { date: '2026-11-06', startTime: '07:00', durationMin: 35, distanceKm: 7.5, notes: 'Tempo & strides' }
    ])
  })

  it("Strava's activities.csv: runs, a parkrun guessed as a race, a ride as cross-training, and a bad row named", () => {
    expect(drafts('good/activities.csv')).toMatchObject([
      // Moving Time is the duration; the elapsed time stays in the notes.
      {
        date: '2026-11-02',
        startTime: '07:31',
        type: 'easy',
        durationMin: 44.2,
        distanceKm: 8.41,
        externalId: 'strava:1001',
        notes: 'Morning Run · elapsed 45 min, moving 44.2 min'
      },
      { date: '2026-11-07', startTime: '10:00', type: 'race', durationMin: 20.9, distanceKm: 5 },
      { type: 'cross', distanceKm: 10.2 },
      'row 5: the Activity Date "sometime last week" is not a date Ballast can read; fix it in the file or log the session by hand'
    ])
  })

  it("Ballast's own CSV keeps every field, including escaped formula-like notes", () => {
    expect(drafts('good/sessions.csv')).toEqual([
      {
        date: '2026-11-10',
        startTime: '07:15',
        type: 'easy',
        durationMin: 42.5,
        distanceKm: 7.25,
        ankleWeightKg: 0.5,
        weightedMin: 15,
        rpe: 4,
        pain: 0,
        painNextMorning: null,
        painLocation: '',
        formBreakdown: false,
        notes: '=SUM(A1:A3) then strides',
        source: 'manual',
        externalId: null
      },
      {
        date: '2026-11-12',
        startTime: null,
        type: 'incline',
        durationMin: 30,
        distanceKm: null,
        ankleWeightKg: 1,
        weightedMin: 10,
        rpe: 6,
        pain: 2,
        painNextMorning: 1,
        painLocation: 'left calf',
        formBreakdown: true,
        notes: '-felt heavy, "stopped" early',
        source: 'import',
        externalId: 'garmin:abc-1'
      }
    ])
  })

  it('a .gz copy reads exactly like the file it holds', () => {
    for (const name of fs.readdirSync(path.join(fixtures, 'gz'))) {
      expect(drafts(`gz/${name}`), name).toEqual(drafts(`good/${name.replace(/\.gz$/, '')}`))
    }
  })

  it.each([
    [
      'broken/corrupt.fit',
      /^corrupt\.fit: the FIT file is damaged before its session summary.*Copy or export it again/
    ],
    [
      'broken/truncated.fit',
      /^truncated\.fit: the FIT file ends early: it looks cut off during copying or syncing.*Copy or export it again/
    ],
    ['broken/truncated.gpx', /not readable GPX: the file ends before <trkpt> is closed \(it looks truncated\)/],
    ['broken/truncated.tcx', /not readable TCX.*truncated/],
    ['broken/missing-columns.csv', /missing the column duration_min/],
    [
      'broken/strava-missing-columns.csv',
      /Strava activities\.csv but is missing the columns Activity Date, Moving Time or Elapsed Time\. Export the activities again/
    ],
    ['broken/unreadable.gpx.gz', /not a readable \.gz file/],
    ['broken/truncated.fit.gz', /not a readable \.gz file \(unexpected end of file\)/]
  ])('%s is refused with a message naming the problem', (rel, message) => {
    const r = read(rel)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(message)
  })

  it('GPX from other apps: prefixed namespaces, CDATA names, entities, comments and points without times are all fine', () => {
    const gpx = `<?xml version="1.0"?><!-- exported --><g:gpx xmlns:g="http://www.topografix.com/GPX/1/1"><g:trk><g:name><![CDATA[Run & <fun>]]></g:name>
      <g:trkseg><g:trkpt lat="52.0" lon="4.0"/><g:trkpt lat='52.0' lon='4.0'><g:time>2026-11-10T06:00:00Z</g:time></g:trkpt>
      <g:trkpt lat="52.009" lon="4.0"><g:time>2026-11-10T06:05:30Z</g:time><g:extensions><x:hr xmlns:x="urn:x">150</x:hr></g:extensions></g:trkpt></g:trkseg></g:trk></g:gpx>`
    const r = readImportFile('phone.gpx', Buffer.from(gpx), AMS)
    expect(r.ok && r.rows).toMatchObject([
      { draft: { date: '2026-11-10', startTime: '07:00', durationMin: 5.5, distanceKm: 1, notes: 'Run & <fun>' } }
    ])
  })

  it('a GPX whose tags do not match, or with no timed points, is refused by name', () => {
    expect(readImportFile('a.gpx', Buffer.from('<gpx><trk><name>x</trk></name></gpx>'), AMS)).toEqual({
      ok: false,
      error:
        'a.gpx: it is not readable GPX: <name> is closed by </trk>: the XML is malformed. Copy or export it again from the watch or app, or log the session by hand.'
    })
    expect(
      readImportFile('b.gpx', Buffer.from('<gpx><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>'), AMS)
    ).toEqual({
      ok: false,
      error:
        'b.gpx: its only point has no usable times, so Ballast cannot tell when or how long the session was (a track drawn on a map, or a route?). Log it by hand with its duration, or export the recorded activity.'
    })
  })

  it('Strava dates in either style, and a single Distance column in km', () => {
    const csv =
      'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n7,2026-11-12 17:30:00,Track session,Run,3000,10.5\n8,"Nov 13, 2026, 12:05:00 PM",Lunch run,Run,1800,5.5\n'
    const r = readImportFile('activities.csv', Buffer.from(csv), AMS)
    expect(
      r.ok && r.rows.map((x) => ('draft' in x ? [x.draft.date, x.draft.startTime, x.draft.distanceKm] : x.error))
    ).toEqual([
      ['2026-11-12', '18:30', 10.5],
      ['2026-11-13', '13:05', 5.5]
    ])
  })

  it('a file of an unknown kind says which kinds Ballast reads', () => {
    const r = readImportFile('notes.docx', Buffer.from('PK\u0003\u0004 not an activity'), AMS)
    expect(r).toEqual({ ok: false, error: expect.stringContaining('it imports .fit, .gpx, .tcx, .csv') })
  })
})

describe('the import flow', () => {
  it("previews a folder with new, duplicate and error rows, then imports the chosen rows with the coach's edits", async () => {
    const { backend, call, athlete, count } = setup()
    const ada = await athlete()
    const { jobId, rows } = await preview(backend, ada.id, filesIn(path.join(fixtures, 'folder')))
    const byFile = (file: string) => rows.filter((r) => r.file === file)
    expect(rows.map((r) => [r.file, r.status])).toEqual([
      ['activities.csv', 'duplicate'],
      ['activities.csv', 'new'],
      ['activities.csv', 'new'],
      ['activities.csv', 'error'],
      ['corrupt.fit', 'error'],
      ['evening-run.gpx', 'new'],
      ['evening-run.gpx.gz', 'duplicate'],
      ['morning-run.fit', 'new'],
      ['tempo.tcx', 'new'],
      ['truncated.gpx', 'error']
    ])
    // The watch file and the Strava row of the same morning run: the watch file goes in, whatever the names' order.
    expect(byFile('activities.csv')[0].reason).toBe('morning-run.fit in this import overlaps it by more than half')
    expect(byFile('evening-run.gpx.gz')[0].reason).toBe('evening-run.gpx in this import is the same activity')
    expect(byFile('corrupt.fit')[0].reason).toMatch(/damaged/)
    expect(byFile('truncated.gpx')[0].reason).toMatch(/truncated/)

    const parkrun = rows.find((r) => r.notes.startsWith('Saturday parkrun'))!
    const evening = byFile('evening-run.gpx')[0]
    const chosen = rows.filter((r) => r.status === 'new').map((r) => ({ rowId: r.rowId }))
    const edits = chosen.map((c) =>
      c.rowId === evening.rowId
        ? { rowId: c.rowId, type: 'easy', ankleWeightKg: 0.75, weightedMin: 20 }
        : c.rowId === parkrun.rowId
          ? { rowId: c.rowId, type: 'tempo' }
          : c
    )
    const summary = value(await call<any>('importConfirm', { jobId, rows: edits }))
    expect(summary).toMatchObject({ imported: 5, skippedDuplicates: 2, skippedErrors: 3, notChosen: 0 })
    // The weighted evening run (0.75 kg for a 61 kg athlete, a (re)start above 1.5%) is named among the new warnings.
    expect(summary.impact.stopsInForce).toEqual([])
    expect(summary.impact.added.map((w: any) => w.ruleId)).toContain('AW3')
    expect(count()).toBe(5)
    const log = value(
      await call<
        { date: string; type: string; ankleWeightKg: number; weightedMin: number; source: string; notes: string }[]
      >('listSessions', { athleteId: ada.id })
    )
    expect(log.map((s) => [s.date, s.type, s.ankleWeightKg, s.weightedMin])).toEqual([
      ['2026-11-07', 'tempo', 0, 0],
      ['2026-11-06', 'easy', 0, 0],
      ['2026-11-05', 'cross', 0, 0],
      ['2026-11-04', 'easy', 0.75, 20],
      ['2026-11-02', 'easy', 0, 0]
    ])
    expect(log.every((s) => s.source === 'import')).toBe(true)
    // The job is closed: confirming twice cannot import twice.
    expect(await call('importConfirm', { jobId, rows: edits })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('importing the same files again finds them all as duplicates, for this athlete only', async () => {
    const { backend, call, athlete, count } = setup()
    const ada = await athlete()
    const ben = await athlete('Ben Ode')
    const files = filesIn(path.join(fixtures, 'good'))
    const first = await preview(backend, ada.id, files)
    value(
      await call('importConfirm', {
        jobId: first.jobId,
        rows: first.rows.filter((r) => r.status === 'new').map((r) => ({ rowId: r.rowId }))
      })
    )
    const imported = count()
    expect(imported).toBeGreaterThan(8)
    const again = await preview(backend, ada.id, files)
    expect(again.rows.filter((r) => r.status === 'new')).toEqual([])
    const forBen = await preview(backend, ben.id, files)
    expect(forBen.rows.filter((r) => r.status === 'new')).toHaveLength(imported)
  })

  it('a session already logged by hand that overlaps an imported one by more than half is a duplicate; less than half is not', async () => {
    const { backend, call, athlete } = setup()
    const ada = await athlete()
    // The GPX runs 18:15-18:55: logged 18:13-18:53 overlaps it by 38 of 40 minutes.
    value(
      await call('createSession', {
        athleteId: ada.id,
        date: '2026-11-04',
        startTime: '18:13',
        type: 'easy',
        durationMin: 40
      })
    )
    // The TCX runs 07:00-07:35: logged 07:20-07:55 overlaps it by 15 of 35 minutes.
    value(
      await call('createSession', {
        athleteId: ada.id,
        date: '2026-11-06',
        startTime: '07:20',
        type: 'tempo',
        durationMin: 35
      })
    )
    const { rows } = await preview(
      backend,
      ada.id,
      filesIn(path.join(fixtures, 'good')).filter((f) => /evening|tempo/.test(f.name))
    )
    expect(rows.map((r) => [r.file, r.status])).toEqual([
      ['evening-run.gpx', 'duplicate'],
      ['tempo.tcx', 'new']
    ])
    expect(rows[0].reason).toBe('a session logged by hand on 2026-11-04 at 18:13 overlaps it by more than half')
    expect(rows[0].match).toMatchObject({
      source: 'manual',
      date: '2026-11-04',
      startTime: '18:13',
      type: 'easy',
      durationMin: 40,
      distanceKm: null
    })
  })

  it('an invalid edit (more weighted minutes than the run lasted) refuses the whole import and stores nothing', async () => {
    const { backend, call, athlete, count } = setup()
    const ada = await athlete()
    const { jobId, rows } = await preview(backend, ada.id, filesIn(path.join(fixtures, 'good')))
    const news = rows.filter((r) => r.status === 'new')
    const tempo = news.find((r) => r.file === 'tempo.tcx')!
    const r = await call('importConfirm', {
      jobId,
      rows: news.map((n) =>
        n.rowId === tempo.rowId ? { rowId: n.rowId, ankleWeightKg: 1, weightedMin: 50 } : { rowId: n.rowId }
      )
    })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [
          {
            path: `rows.${tempo.rowId}.weightedMin`,
            message: expect.stringContaining(
              'tempo.tcx: Minutes with weights on (50) cannot exceed the duration (35 min)'
            )
          }
        ]
      }
    })
    expect(count()).toBe(0)
  })

  it('cancelling while files are read closes the job and leaves the database as it was', async () => {
    const { call, athlete, count } = setup()
    const ada = await athlete()
    const { jobId } = value(await call<{ jobId: string }>('importBegin', { athleteId: ada.id }))
    const gpx = fs.readFileSync(path.join(fixtures, 'good', 'evening-run.gpx'))
    for (let k = 0; k < 60; k++)
      value(
        await call('importAddFile', {
          jobId,
          name: `run-${k}.gpx`,
          size: gpx.length,
          offset: 0,
          chunk: gpx.toString('base64'),
          last: true
        })
      )
    value(await call('importRead', { jobId }))
    const p = value(await call<ImportProgress>('importProgress', { jobId }))
    expect(p).toMatchObject({ state: 'reading', total: 60 })
    expect(p.done).toBeLessThan(60)
    expect(value(await call('importCancel', { jobId }))).toEqual({ cancelled: true })
    expect(await call('importProgress', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('importConfirm', { jobId, rows: [{ rowId: 1 }] })).toMatchObject({ ok: false })
    expect(count()).toBe(0)
  })

  it('a file over 50 MB is refused by its size, named, and the other files still go in', async () => {
    const dir = tempDir()
    const big = path.join(dir, 'huge-run.gpx')
    // Built on the fly (never committed): a real GPX start padded past the limit.
    const fd = fs.openSync(big, 'w')
    fs.writeSync(fd, '<?xml version="1.0"?><gpx><!-- ')
    const block = Buffer.alloc(1024 * 1024, 0x61)
    for (let k = 0; k < 51; k++) fs.writeSync(fd, block)
    fs.writeSync(fd, ' --></gpx>')
    fs.closeSync(fd)
    const tcx = path.join(fixtures, 'good', 'tempo.tcx')
    // The desktop path: the native dialog hands main the paths and main reads the files.
    const { backend, call, athlete, count } = setup({ chooseOpenPaths: async () => [big, tcx] })
    const ada = await athlete()
    const { jobId } = value(await call<{ jobId: string }>('importBegin', { athleteId: ada.id }))
    expect(value(await call('importPickFiles', { jobId }))).toEqual({ added: 2, available: true })
    value(await call('importRead', { jobId }))
    const { waitReady } = await import('../helpers/import-io')
    const rows = await waitReady(backend, jobId)
    expect(rows.map((r) => [r.file, r.status, r.reason])).toEqual([
      ['huge-run.gpx', 'error', 'the file is 51.0 MB; files over 50 MB are not imported'],
      ['tempo.tcx', 'new', '']
    ])
    expect(value(await call('importConfirm', { jobId, rows: [{ rowId: 2 }] }))).toMatchObject({
      imported: 1,
      skippedErrors: 1
    })
    expect(count()).toBe(1)

    // The browser path: the size is declared with the first chunk, so the bytes never travel.
    const second = value(await call<{ jobId: string }>('importBegin', { athleteId: ada.id }))
    expect(
      value(
        await call('importAddFile', {
          jobId: second.jobId,
          name: 'huge-run.gpx',
          size: fs.statSync(big).size,
          offset: 0,
          chunk: '',
          last: false
        })
      )
    ).toEqual({
      fileIndex: 0,
      error: 'the file is 51.0 MB; files over 50 MB are not imported'
    })
    // And in the desktop app without a dialog (the browser host), picking says it is not available.
    const plain = setup()
    const cleo = await plain.athlete('Cleo')
    const third = value(await plain.call<{ jobId: string }>('importBegin', { athleteId: cleo.id }))
    expect(value(await plain.call('importPickFiles', { jobId: third.jobId }))).toEqual({ added: 0, available: false })
  })

  it('an archived athlete cannot receive an import', async () => {
    const { call, athlete } = setup()
    const ada = await athlete()
    value(await call('archiveAthlete', { id: ada.id }))
    expect(await call('importBegin', { athleteId: ada.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('archived') }
    })
  })
})
