// Issue 14: an import a coach can trust with real watch files and hand-logged history. Every file
// here is made by scripts/make-import-fixtures.ts (tests/fixtures/import/trust) or copied, unchanged
// and with its licence, from a public test suite (tests/fixtures/import-real). Every athlete's time
// zone is named in the test; nothing depends on the machine's zone or date.
import fs from 'node:fs'
import path from 'node:path'
import { Decoder, Stream } from '@garmin/fitsdk'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { openDatabase } from '../../src/main/db/open'
import type { ImportPreviewRow } from '../../src/shared/contract/io'
import { caller, fixtures, preview, value } from '../helpers/import-io'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const trust = path.join(fixtures, 'trust')
const real = path.resolve(fixtures, '..', 'import-real')
const file = (dir: string, name: string) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) })
const trustFile = (name: string) => file(trust, name)
const trustFileIn = (dir: string, name: string) => file(path.join(trust, dir), name)
const AMSTERDAM = 'Europe/Amsterdam'

const setup = () => {
  const db = openTemp()
  // Noon on Wed 25 Nov 2026, in the zone the athletes below are given (pinned, not the machine's).
  const backend = createBackend(db, { clock: { now: () => new Date('2026-11-25T11:00:00Z') }, host: {} })
  const call = caller(backend)
  const athlete = async (timeZone = AMSTERDAM, name = 'Ada Quist') =>
    value(
      await call<{ id: number; timeZone: string }>('createAthlete', {
        name,
        level: 'intermediate',
        bodyMassKg: 61,
        timeZone
      })
    )
  const sessions = async (athleteId: number) => value(await call<any[]>('listSessions', { athleteId }))
  const look = async (files: { name: string; bytes: Buffer }[], timeZone = AMSTERDAM) => {
    const a = await athlete(timeZone)
    return { athleteId: a.id, ...(await preview(backend, a.id, files)) }
  }
  return { db, backend, call, athlete, sessions, look }
}

const only = (rows: ImportPreviewRow[]) => {
  expect(rows).toHaveLength(1)
  return rows[0]
}

describe('duplicates by overlapping times, whatever the order of the files', () => {
  it('a walk to the start that begins 78 s before a run and ends before it is its own session, in either name order', async () => {
    const { look } = setup()
    const walk = trustFileIn('walk-and-run', 'a-walk.gpx')
    const run = trustFileIn('walk-and-run', 'b-run.fit')
    for (const files of [
      [walk, run],
      [
        { ...run, name: 'a-run.fit' },
        { ...walk, name: 'b-walk.gpx' }
      ]
    ]) {
      const { rows } = await look(files)
      const walkRow = rows.find((r) => r.file.endsWith('walk.gpx'))!
      const runRow = rows.find((r) => r.file.endsWith('run.fit'))!
      expect([walkRow.status, walkRow.startTime, walkRow.durationMin, walkRow.type]).toEqual([
        'new',
        '08:00',
        1.2,
        'cross'
      ])
      expect([runRow.status, runRow.startTime, runRow.durationMin, runRow.type]).toEqual(['new', '08:01', 45, 'easy'])
    }
  })

  it('the same run from the watch and from Strava: the watch file goes in, the Strava row shows what it matches, in either name order', async () => {
    const { look } = setup()
    const csv = trustFileIn('watch-and-strava', 'a-activities.csv')
    const fit = trustFileIn('watch-and-strava', 'b-run.fit')
    for (const files of [
      [csv, fit],
      [
        { ...fit, name: 'a-run.fit' },
        { ...csv, name: 'b-activities.csv' }
      ]
    ]) {
      const { rows } = await look(files)
      const watch = rows.find((r) => r.file.endsWith('run.fit'))!
      const strava = rows.find((r) => r.file.endsWith('activities.csv'))!
      expect(watch.status).toBe('new')
      expect(strava.status).toBe('duplicate')
      expect(strava.reason).toBe(`${watch.file} in this import overlaps it by more than half`)
      // What it matches, for the coach to compare: date, time, type, duration, distance, source.
      expect(strava.match).toEqual({
        sessionId: null,
        source: 'this import',
        file: watch.file,
        date: '2026-11-12',
        startTime: '08:01',
        type: 'easy',
        durationMin: 45,
        distanceKm: 9,
        rule: 'overlapping times'
      })
    }
  })

  it('a session logged by hand (no start time, 40 min, Wed 4 Nov) and the watch GPX of it: a duplicate that can replace it, keeping weights, RPE and pain', async () => {
    const { call, athlete, backend, sessions } = setup()
    const ada = await athlete()
    const logged = value(
      await call<{ id: number }>('createSession', {
        athleteId: ada.id,
        date: '2026-11-04',
        type: 'easy',
        durationMin: 40,
        ankleWeightKg: 0.5,
        weightedMin: 20,
        rpe: 5,
        pain: 1,
        painLocation: 'left shin',
        notes: 'felt heavy'
      })
    )
    const { jobId, rows } = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'evening-run.gpx')])
    const row = only(rows)
    expect(row.status).toBe('duplicate')
    expect(row.reason).toBe(
      'a session logged by hand on 2026-11-04 has the same day, duration and distance (within 10%)'
    )
    expect(row.match).toEqual({
      sessionId: logged.id,
      source: 'manual',
      file: '',
      date: '2026-11-04',
      startTime: null,
      type: 'easy',
      durationMin: 40,
      distanceKm: null,
      rule: 'same day, duration and distance'
    })

    const summary = value(await call<any>('importConfirm', { jobId, rows: [{ rowId: row.rowId, action: 'replace' }] }))
    expect(summary).toMatchObject({ imported: 0, replaced: 1, skippedDuplicates: 0 })
    const [after, ...others] = await sessions(ada.id)
    expect(others).toEqual([])
    // The file's start and distance; the coach's weights, effort, pain and notes.
    expect(after).toMatchObject({
      id: logged.id,
      date: '2026-11-04',
      startTime: '18:15',
      durationMin: 40,
      distanceKm: row.distanceKm,
      ankleWeightKg: 0.5,
      weightedMin: 20,
      rpe: 5,
      pain: 1,
      painLocation: 'left shin',
      notes: 'felt heavy'
    })
  })

  it('the warnings forecast treats a replacement as the saved session, not a second weighted run beside it', async () => {
    const { call, athlete, backend } = setup()
    const ada = await athlete()
    value(
      await call('createSession', {
        athleteId: ada.id,
        date: '2026-11-04',
        type: 'easy',
        durationMin: 40,
        ankleWeightKg: 0.5,
        weightedMin: 20
      })
    )
    const { jobId, rows } = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'evening-run.gpx')])
    const replace = value(
      await call<any>('importImpact', { jobId, rows: [{ rowId: rows[0].rowId, action: 'replace' }] })
    )
    expect(replace).toEqual({ stopsInForce: [], added: [] })
    // The same row imported beside the logged run with the same weights is a second weighted run that day: the rules say so.
    const beside = value(
      await call<any>('importImpact', {
        jobId,
        rows: [{ rowId: rows[0].rowId, action: 'import', ankleWeightKg: 0.5, weightedMin: 20 }]
      })
    )
    expect(beside.added.length).toBeGreaterThan(0)
  })

  it('a duplicate can be imported anyway; left alone it is skipped', async () => {
    const { backend, call, athlete, sessions } = setup()
    const ada = await athlete()
    value(await call('createSession', { athleteId: ada.id, date: '2026-11-04', type: 'easy', durationMin: 41 }))
    const first = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'evening-run.gpx')])
    expect(
      value(await call<any>('importConfirm', { jobId: first.jobId, rows: [{ rowId: first.rows[0].rowId }] }))
    ).toMatchObject({ imported: 0, skippedDuplicates: 1 })
    const again = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'evening-run.gpx')])
    expect(
      value(
        await call<any>('importConfirm', {
          jobId: again.jobId,
          rows: [{ rowId: again.rows[0].rowId, action: 'import' }]
        })
      )
    ).toMatchObject({ imported: 1, replaced: 0, skippedDuplicates: 0 })
    expect((await sessions(ada.id)).map((s) => [s.date, s.startTime, s.durationMin])).toEqual([
      ['2026-11-04', '18:15', 40],
      ['2026-11-04', null, 41]
    ])
  })

  it('a hand-logged session on the same day but 10% off in duration or distance is a different session', async () => {
    const { backend, call, athlete } = setup()
    const ada = await athlete()
    value(await call('createSession', { athleteId: ada.id, date: '2026-11-04', type: 'easy', durationMin: 35 }))
    value(
      await call('createSession', {
        athleteId: ada.id,
        date: '2026-11-04',
        type: 'easy',
        durationMin: 40,
        distanceKm: 9
      })
    )
    const { rows } = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'evening-run.gpx')])
    expect(only(rows)).toMatchObject({ status: 'new', match: null })
  })

  it('the same activity id is a duplicate whatever the times say', async () => {
    const { backend, call, athlete } = setup()
    const ada = await athlete()
    const first = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'tempo.tcx')])
    value(await call('importConfirm', { jobId: first.jobId, rows: [{ rowId: first.rows[0].rowId }] }))
    const { rows } = await preview(backend, ada.id, [file(path.join(fixtures, 'gz'), 'tempo.tcx.gz')])
    expect(only(rows)).toMatchObject({
      status: 'duplicate',
      reason: 'a session imported earlier on 2026-11-06 at 07:00 is the same activity',
      match: { source: 'import', rule: 'same activity id' }
    })
  })

  it('a replace that would leave more weighted minutes than the new duration is refused, naming the row, and nothing changes', async () => {
    const { backend, call, athlete, sessions } = setup()
    const ada = await athlete()
    value(
      await call('createSession', {
        athleteId: ada.id,
        date: '2026-11-04',
        startTime: '18:15',
        type: 'easy',
        durationMin: 44,
        ankleWeightKg: 0.5,
        weightedMin: 42
      })
    )
    const { jobId, rows } = await preview(backend, ada.id, [file(path.join(fixtures, 'good'), 'evening-run.gpx')])
    const r = await call('importConfirm', { jobId, rows: [{ rowId: rows[0].rowId, action: 'replace' }] })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ message: 'evening-run.gpx: Minutes with weights on (42) cannot exceed the duration (40 min)' }]
      }
    })
    expect((await sessions(ada.id))[0]).toMatchObject({ durationMin: 44, weightedMin: 42 })
  })
})

describe('multisport', () => {
  it('a duathlon: each leg is its own row with its sport; the 4-second transition and the summary are left out, and the row says so', async () => {
    const { look } = setup()
    const { rows } = await look([trustFile('duathlon.fit')])
    expect(rows.map((r) => [r.label, r.status, r.startTime, r.type, r.durationMin, r.distanceKm])).toEqual([
      ['leg 1 (running)', 'new', '09:00', 'easy', 30, 7],
      ['leg 2 (cycling)', 'new', '09:30', 'cross', 60, 30],
      ['leg 3 (running)', 'new', '10:30', 'long', 113, 20]
    ])
    for (const r of rows) expect(r.note).toBe('2 transitions and 1 summary of the whole left out')
  })

  it("a real triathlon file (python-fitparse): swim, bike and run legs as Garmin's SDK reads them, transitions left out", async () => {
    const { look } = setup()
    const bytes = fs.readFileSync(path.join(real, 'sample_mulitple_header.fit'))
    const sdk = new Decoder(Stream.fromBuffer(bytes)).read().messages.sessionMesgs as {
      sport: string
      totalTimerTime: number
      totalDistance: number
    }[]
    const legs = sdk.filter((s) => s.sport !== 'transition')
    const { rows } = await look([{ name: 'triathlon.fit', bytes }])
    expect(rows.map((r) => [r.label, r.status, r.durationMin, r.distanceKm])).toEqual(
      legs.map((s, k) => [
        `leg ${k + 1} (${s.sport})`,
        'new',
        Math.round(s.totalTimerTime / 6) / 10,
        Math.round(s.totalDistance / 10) / 100
      ])
    )
    expect(rows[0].note).toBe('2 transitions left out')
  })
})

describe('FIT read leniently, refused in plain words only when the data is gone', () => {
  it('a checksum that does not match, with readable session messages, imports with a visible note', async () => {
    const { look } = setup()
    const row = only((await look([trustFile('crc-mismatch.fit')])).rows)
    expect(row).toMatchObject({
      status: 'new',
      date: '2026-11-13',
      startTime: '18:00',
      durationMin: 59,
      distanceKm: 10.4
    })
    expect(row.note).toBe(
      'its size or checksum does not match (common in phone-app exports); the session summary read fine'
    )
  })

  it("a real file with an unusual CRC (python-fitparse's activity-filecrc.fit) imports with the note", async () => {
    const { look } = setup()
    const row = only((await look([file(real, 'activity-filecrc.fit')])).rows)
    expect(row).toMatchObject({ status: 'new', note: expect.stringContaining('checksum does not match') })
  })

  it('a truly truncated FIT file is an error naming the file and saying what to do, without library jargon', async () => {
    const { look } = setup()
    const row = only((await look([file(path.join(fixtures, 'broken'), 'truncated.fit')])).rows)
    expect(row).toMatchObject({
      status: 'error',
      reason:
        'truncated.fit: the FIT file ends early: it looks cut off during copying or syncing, before its session summary. Copy or export it again from the watch or app.'
    })
    expect(row.reason).not.toMatch(/Runtime|byte \d/)
  })
})

describe('moving time is the duration; the elapsed time is kept and the preview says which was used', () => {
  it('a ride with 17 minutes of stops: 60 minutes moving, 77 elapsed', async () => {
    const { look } = setup()
    const row = only((await look([trustFile('paused-ride.fit')])).rows)
    expect(row).toMatchObject({
      status: 'new',
      durationMin: 60,
      timeUsed: 'moving',
      elapsedMin: 77,
      notes: 'cycling · elapsed 77 min, moving 60 min'
    })
  })

  it("a real ride with pauses (python-fitparse): the timer time Garmin's SDK reads", async () => {
    const { look } = setup()
    const bytes = fs.readFileSync(path.join(real, '2015-10-13-08-43-15.fit'))
    const [s] = new Decoder(Stream.fromBuffer(bytes)).read().messages.sessionMesgs as {
      totalTimerTime: number
      totalElapsedTime: number
    }[]
    const row = only((await look([{ name: 'ride.fit', bytes }])).rows)
    expect(row).toMatchObject({
      durationMin: Math.round(s.totalTimerTime / 6) / 10,
      elapsedMin: Math.round(s.totalElapsedTime / 6) / 10,
      timeUsed: 'moving'
    })
  })

  it("Strava's CSV uses Moving Time", async () => {
    const { look } = setup()
    const row = only((await look([trustFile('strava-en.csv')])).rows)
    expect(row).toMatchObject({ durationMin: 44.2, timeUsed: 'moving', elapsedMin: 45 })
  })
})

describe('GPX: times, routes and what the speed says', () => {
  it.each([
    [
      'untimed.gpx',
      'untimed.gpx: its 121 points have no usable times, so Ballast cannot tell when or how long the session was (a track drawn on a map, or a route?). Log it by hand with its duration, or export the recorded activity.'
    ],
    [
      'mostly-untimed.gpx',
      'mostly-untimed.gpx: only 2 of its 121 points have times, too few to measure the session. Log it by hand with its duration, or export the recorded activity.'
    ],
    [
      'route.gpx',
      'route.gpx: it is a route ("Sunday loop"): a planned course without times, not a recorded activity. Export the activity itself from the watch or app.'
    ]
  ])('%s is an error that says why and what to do', async (name, reason) => {
    const { look } = setup()
    expect(only((await look([trustFile(name)])).rows)).toMatchObject({ status: 'error', reason, date: null })
  })

  it('a real GPSBabel track whose points all carry one placeholder time (gpxpy Mojstrovka.gpx) is an error that says so', async () => {
    const { look } = setup()
    expect(only((await look([file(real, 'Mojstrovka.gpx')])).rows)).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(
        /^Mojstrovka\.gpx: all its timed points carry the same time .* Log it by hand with its duration/
      )
    })
  })

  it('without a <type>, 4.1 km/h is a walk or hike and 11 km/h a run, each with the reason; the coach can change the type', async () => {
    const { look, call, sessions } = setup()
    const { jobId, rows, athleteId } = await look([trustFile('no-type-hike.gpx'), trustFile('no-type-run.gpx')])
    expect(rows.map((r) => [r.file, r.type, r.typeReason, r.durationMin, r.timeUsed])).toEqual([
      ['no-type-hike.gpx', 'cross', '4.1 km/h: looks like a walk or hike', 120, 'elapsed'],
      ['no-type-run.gpx', 'easy', '11.0 km/h: running pace', 40, 'elapsed']
    ])
    // 120 minutes at 4.1 km/h due north: the track is 8.2 km.
    expect(rows[0].distanceKm).toBeCloseTo(8.2, 1)
    value(
      await call('importConfirm', { jobId, rows: [{ rowId: rows[0].rowId, type: 'easy' }, { rowId: rows[1].rowId }] })
    )
    expect((await sessions(athleteId)).map((s) => [s.date, s.type])).toEqual([
      ['2026-11-08', 'easy'],
      ['2026-11-07', 'easy']
    ])
  })
})

describe("Strava's activities.csv in seven languages", () => {
  it.each(['de', 'fr', 'es', 'it', 'nl', 'pt', 'en', 'positions'])(
    '%s: the header, the date, Moving Time and the metres are read',
    async (lang) => {
      const { look } = setup()
      const row = only((await look([trustFile(`strava-${lang}.csv`)])).rows)
      // 06:12:44 UTC on 3 Nov is 07:12 in Amsterdam; 2,650 s moving; 8,410 m.
      expect(row).toMatchObject({
        status: 'new',
        date: '2026-11-03',
        startTime: '07:12',
        durationMin: 44.2,
        elapsedMin: 45,
        distanceKm: 8.41,
        type: 'easy',
        timeUsed: 'moving'
      })
    }
  )

  it('a thousands separator never turns metres into kilometres: "1,500" over 9 minutes is 1.5 km', async () => {
    const { look } = setup()
    expect(only((await look([trustFile('strava-thousands.csv')])).rows)).toMatchObject({
      status: 'new',
      durationMin: 9,
      distanceKm: 1.5
    })
  })
})

describe("time zones: a file's timestamps become the athlete's local day and time", () => {
  it.each([
    ['Europe/Amsterdam', '2026-11-11', '00:30'],
    ['America/New_York', '2026-11-10', '18:30'],
    ['Asia/Tokyo', '2026-11-11', '08:30']
  ])('a GPX run at 23:30 UTC on 10 Nov, athlete in %s: %s at %s', async (zone, date, time) => {
    const { look } = setup()
    expect(only((await look([trustFile('midnight.gpx')], zone)).rows)).toMatchObject({
      status: 'new',
      date,
      startTime: time
    })
  })

  it.each([
    ['Europe/Amsterdam', '2026-11-10', '23:45'],
    ['Europe/Helsinki', '2026-11-11', '00:45']
  ])('a Strava row at 22:45 UTC on 10 Nov, athlete in %s: %s at %s', async (zone, date, time) => {
    const { look } = setup()
    expect(only((await look([trustFile('before-midnight.csv')], zone)).rows)).toMatchObject({ date, startTime: time })
  })

  it('the athlete keeps a time zone: set at creation, kept when an edit does not name it, refused when unknown', async () => {
    const { call, athlete } = setup()
    const ada = await athlete('America/New_York')
    expect(ada.timeZone).toBe('America/New_York')
    const edited = value(
      await call<{ timeZone: string }>('updateAthlete', { id: ada.id, name: 'Ada Q', level: 'intermediate' })
    )
    expect(edited.timeZone).toBe('America/New_York')
    const moved = value(
      await call<{ timeZone: string }>('updateAthlete', {
        id: ada.id,
        name: 'Ada Q',
        level: 'intermediate',
        timeZone: 'Asia/Tokyo'
      })
    )
    expect(moved.timeZone).toBe('Asia/Tokyo')
    expect(await call('createAthlete', { name: 'Ben', level: 'novice', timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'timeZone', message: 'Choose a time zone from the list, such as Europe/Amsterdam' }]
      }
    })
  })

  it('migration 6 adds the column; athletes from before have no zone chosen and follow the computer', () => {
    const file = tempDbFile()
    const v4 = openDatabase(file, { targetVersion: 4 })
    v4.prepare(
      "INSERT INTO athletes (name, level, owned_weights_kg, notes, created_at, updated_at) VALUES ('Old', 'novice', '[]', '', 'x', 'x')"
    ).run()
    v4.close()
    const db = openTemp(file)
    expect(db.prepare('SELECT time_zone FROM athletes').get()).toEqual({ time_zone: '' })
    const backend = createBackend(db, { clock: { now: () => new Date('2026-11-25T11:00:00Z') }, host: {} })
    return caller(backend)('getAthlete', { id: 1 }).then((r) => {
      expect(r).toMatchObject({ ok: true, value: { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } })
    })
  })
})
