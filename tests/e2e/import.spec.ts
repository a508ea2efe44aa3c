import fs from 'node:fs'
import path from 'node:path'
import { test, expect } from './fixtures'
import { RosterView } from './pages'

const folder = path.resolve(__dirname, '..', 'fixtures', 'import', 'folder')
const trust = path.resolve(__dirname, '..', 'fixtures', 'import', 'trust')
const shots = 'test-results/screens'

// The coach's computer is in Amsterdam (pinned, never the machine's): new athletes take its zone,
// and imported times land on their Amsterdam day and clock.
test.use({ timezoneId: 'Europe/Amsterdam' })

test('a coach imports a folder of watch and app files, checks the preview, marks a run weighted and confirms', async ({
  app,
  host
}) => {
  await new RosterView(app).addAthlete({ name: 'Ada Quist', bodyMass: '61' })
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Import / Export' })).toBeVisible()
  await app.getByLabel('Athlete').selectOption({ label: 'Ada Quist' })
  await app.getByLabel('Or a whole folder').setInputFiles(folder)

  const preview = app.getByRole('table', { name: 'Import preview' })
  // Seven files travel in chunks and are read before the preview shows: on a busy 2-core machine
  // (the other e2e worker rendering PDFs) that takes longer than the default 5 s.
  await expect(preview).toBeVisible({ timeout: 20_000 })
  const rows = preview.locator('tbody tr')
  await expect(rows).toHaveCount(10)
  await expect(preview.locator('tr[data-status="new"]')).toHaveCount(5)
  await expect(preview.locator('tr[data-status="duplicate"]')).toHaveCount(2)
  await expect(preview.locator('tr[data-status="error"]')).toHaveCount(3)
  await expect(
    app.getByText('5 new · 2 duplicates (skipped unless you choose otherwise) · 3 with errors (left out)')
  ).toBeVisible()
  await expect(rows.filter({ hasText: 'corrupt.fit' })).toContainText('the FIT file is damaged')
  await expect(rows.filter({ hasText: 'truncated.gpx' })).toContainText('it looks truncated')
  await expect(rows.filter({ hasText: 'evening-run.gpx.gz' })).toContainText('Duplicate')
  await expect(rows.filter({ hasText: 'sometime last week' })).toContainText('Error')

  // The parkrun was guessed as a race; the coach calls it a tempo run instead.
  const parkrun = rows.filter({ hasText: 'Sat 7 Nov 2026' })
  await expect(parkrun.getByRole('combobox')).toHaveValue('race')
  await parkrun.getByRole('combobox').selectOption('tempo')

  // Batch edit: the evening run was done with 0.5 kg per ankle for 15 minutes.
  const evening = rows.filter({ hasText: 'evening-run.gpx' }).filter({ hasText: 'New' })
  await evening.getByRole('checkbox').check()
  await app.getByLabel('Weight per ankle (kg)').fill('0.5')
  await app.getByLabel('Minutes with weights on').fill('15')
  await app.getByRole('button', { name: 'Mark 1 selected as weighted' }).click()
  await expect(evening).toContainText('0.5 kg × 15 min')

  // The commute ride from Strava is not training this coach tracks: leave it out.
  await evening.getByRole('checkbox').uncheck()
  const ride = rows.filter({ hasText: 'Commute ride' })
  await ride.getByRole('checkbox').check()
  await app.getByRole('button', { name: 'Leave out' }).click()
  await expect(ride).toContainText('left out')
  await expect(
    app.getByText(
      '5 new (1 left out by you) · 2 duplicates (skipped unless you choose otherwise) · 3 with errors (left out)'
    )
  ).toBeVisible()
  await app.screenshot({ path: `${shots}/import-preview.png`, fullPage: true })

  await app.getByRole('button', { name: 'Import 4 sessions for Ada Quist' }).click()
  await expect(
    app.getByRole('status').filter({
      hasText: 'Imported 4 sessions for Ada Quist. Skipped 2 duplicates. Left out 3 with errors. You left out 1.'
    })
  ).toBeVisible()
  expect((host.current.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(4)

  await app.getByRole('link', { name: "Open Ada Quist's log" }).click()
  const log = app.getByRole('table', { name: 'Session log' }).locator('tbody tr')
  await expect(log).toHaveCount(4)
  await expect(log.filter({ hasText: 'Commute ride' })).toHaveCount(0)
  await expect(log.filter({ hasText: 'Sat 7 Nov 2026' })).toContainText('Tempo')
  await expect(log.filter({ hasText: 'Wed 4 Nov 2026' })).toContainText('0.5 kg × 15 min')
  await app.screenshot({ path: `${shots}/import-log.png`, fullPage: true })
})

test('a duplicate shows what it matches and can replace the hand-logged session, keeping its weights, RPE and pain', async ({
  app,
  host
}) => {
  await new RosterView(app).addAthlete({ name: 'Ada Quist', bodyMass: '61' })
  // Logged by hand on Wed 4 Nov: 40 minutes, no start time, 0.5 kg for 20 minutes, RPE 5.
  await app.evaluate(async () => {
    const athletes = await window.api.listAthletes({})
    if (!athletes.ok) throw new Error(athletes.error.message)
    const r = await window.api.createSession({
      athleteId: athletes.value[0].id,
      date: '2026-11-04',
      type: 'easy',
      durationMin: 40,
      ankleWeightKg: 0.5,
      weightedMin: 20,
      rpe: 5,
      pain: 1
    })
    if (!r.ok) throw new Error(r.error.message)
  })
  expect(host.current.db.prepare('SELECT time_zone FROM athletes').get()).toEqual({ time_zone: 'Europe/Amsterdam' })
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByLabel('Athlete').selectOption({ label: 'Ada Quist' })
  await app
    .getByLabel('Files')
    .setInputFiles([
      path.join(folder, 'evening-run.gpx'),
      path.join(trust, 'paused-ride.fit'),
      path.join(trust, 'crc-mismatch.fit'),
      path.join(trust, 'no-type-hike.gpx')
    ])

  const rows = app.getByRole('table', { name: 'Import preview' }).locator('tbody tr')
  await expect(rows).toHaveCount(4, { timeout: 20_000 })
  const evening = rows.filter({ hasText: 'evening-run.gpx' })
  await expect(evening).toContainText('Duplicate')
  await expect(evening).toContainText(
    'Matches: Wed 4 Nov 2026 (no start time) · Easy run · 40 min · no distance · logged by hand'
  )
  // How each file was read: moving time with the elapsed, a checksum note, the pace behind a type guess.
  await expect(rows.filter({ hasText: 'paused-ride.fit' })).toContainText('moving time (elapsed 77 min)')
  await expect(rows.filter({ hasText: 'crc-mismatch.fit' })).toContainText('Note: its size or checksum does not match')
  await expect(rows.filter({ hasText: 'no-type-hike.gpx' })).toContainText('4.1 km/h: looks like a walk or hike')

  const action = app.getByLabel('What to do with evening-run.gpx')
  await expect(action).toHaveValue('skip')
  await action.selectOption('replace')
  await expect(
    app.getByText('3 new · 1 duplicate (1 taken, the rest skipped) · 0 with errors (left out)')
  ).toBeVisible()
  await app.screenshot({ path: `${shots}/import-duplicate-choice.png`, fullPage: true })

  await app.getByRole('button', { name: 'Import 4 sessions for Ada Quist' }).click()
  await expect(
    app
      .getByRole('status')
      .filter({ hasText: 'Imported 3 sessions for Ada Quist. Replaced 1 logged session (weights, RPE and pain kept).' })
  ).toBeVisible()
  const saved = host.current.db
    .prepare(
      "SELECT start_time, duration_min, ankle_weight_kg, weighted_min, rpe, pain FROM sessions WHERE date = '2026-11-04'"
    )
    .all()
  expect(saved).toEqual([
    { start_time: '18:15', duration_min: 40, ankle_weight_kg: 0.5, weighted_min: 20, rpe: 5, pain: 1 }
  ])
})

test('cancelling a large import leaves nothing behind', async ({ app, host }, testInfo) => {
  await new RosterView(app).addAthlete({ name: 'Ben Ode', bodyMass: '70' })
  await app.goto(`${host.current.url.split('?')[0]}#/import`)
  await app.getByLabel('Athlete').selectOption({ label: 'Ben Ode' })
  // Many files so the progress bar has time to show.
  const dir = testInfo.outputPath('many')
  fs.mkdirSync(dir, { recursive: true })
  const gpx = fs.readFileSync(path.join(folder, 'evening-run.gpx'), 'utf8')
  for (let k = 0; k < 400; k++)
    fs.writeFileSync(
      path.join(dir, `run-${k}.gpx`),
      gpx.replaceAll('2026-11-04T', `2026-0${1 + (k % 9)}-${String(1 + (k % 28)).padStart(2, '0')}T`)
    )
  await app.getByLabel('Files').setInputFiles(fs.readdirSync(dir).map((f) => path.join(dir, f)))
  await expect(app.getByRole('progressbar')).toBeVisible()
  await app.screenshot({ path: `${shots}/import-progress.png` })
  await app.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.getByText('Import cancelled. Nothing was imported.')).toBeVisible()
  await expect(app.getByRole('table', { name: 'Import preview' })).toHaveCount(0)
  expect((host.current.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(0)
})

test('backup now, restore it after more work, then undo the restore', async ({ app, host }) => {
  const roster = new RosterView(app)
  await roster.addAthlete({ name: 'Cleo Marsh', bodyMass: '58' })
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByRole('button', { name: 'Backup now' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Backup saved:' })).toBeVisible()

  await app.getByRole('link', { name: 'Squad' }).click()
  await roster.addAthlete({ name: 'Dev Patel', bodyMass: '72' })
  await app.getByRole('link', { name: 'Import / Export' }).click()

  await app.getByRole('button', { name: 'Check backup' }).click()
  const check = app.getByRole('status', { name: 'Backup check' })
  await expect(check).toContainText('Integrity checkok')
  await expect(check).toContainText('1 athlete, 0 sessions')
  await app.screenshot({ path: `${shots}/data-check.png`, fullPage: true })
  await app.getByRole('button', { name: 'Restore this backup…' }).click()
  await expect(app.getByRole('dialog')).toContainText("replaced by the backup's 1 athlete and 0 sessions")
  await app.screenshot({ path: `${shots}/data-restore-confirm.png` })
  await app.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Restored ballast-backup-' })).toBeVisible()
  const names = () =>
    (host.current.db.prepare('SELECT name FROM athletes ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  expect(names()).toEqual(['Cleo Marsh'])

  await app.getByRole('button', { name: 'Undo restore' }).click()
  await app.getByRole('dialog').getByRole('button', { name: 'Undo restore' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Undid the restore' })).toBeVisible()
  expect(names()).toEqual(['Cleo Marsh', 'Dev Patel'])
  await app.getByRole('link', { name: 'Squad' }).click()
  await expect(roster.rows()).toHaveCount(2)
})

test('Export CSV downloads the sessions as a file Ballast can read back', async ({ app }) => {
  await new RosterView(app).addAthlete({ name: 'Eve Ng', bodyMass: '55' })
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByLabel('Athlete').selectOption({ label: 'Eve Ng' })
  await app.getByLabel('Files').setInputFiles(path.join(folder, 'tempo.tcx'))
  await app.getByRole('button', { name: 'Import 1 session for Eve Ng' }).click()
  await app.getByLabel('Sessions of').selectOption({ label: 'Eve Ng' })
  const downloading = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Export CSV' }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toMatch(/^ballast-sessions-eve-ng-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = fs.readFileSync(await file.path(), 'utf8')
  expect(text.split('\r\n')[1]).toMatch(
    /^Eve Ng,2026-11-06,\d\d:00,easy,35,7\.5,0,0,,,,,0,Tempo & strides,import,tcx:2026-11-06T06:00:00\.000Z$/
  )
})
