// The athlete's charts follow every change to the sessions behind them: a session logged, edited or
// deleted on the page, an import and a restore made on the Import / Export page.
import type { Page } from '@playwright/test'
import { test, expect, day, dayText } from './fixtures'
import { AthleteView, RosterView } from './pages'

const timeUnderLoad = (page: Page) => page.locator('[data-chart="time-under-load"]')
const weightedThisWeek = (minutes: number) => `${minutes} weighted minutes this week`

/** A Ballast CSV of one run logged today with ankle weights. */
const csvOfToday = (name: string, weightedMin: number) =>
  Buffer.from(
    'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id\n' +
      `${name},${day(0)},07:00,easy,45,8,1,${weightedMin},4,0,,,0,,import,csv:today-1\n`
  )

test('the charts redraw after a session is logged, edited and deleted, after an import and after a restore', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Rhea Stone', bodyMass: '60' })
  const athlete = new AthleteView(app)
  await expect(timeUnderLoad(app)).toContainText('No weighted minutes in the last 12 weeks.')

  // Logged on the page: the chart shows it without a reload.
  const form = await athlete.openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(0))
  await form.getByLabel('Duration (min)').fill('40')
  await form.getByLabel(/Weight per ankle/).fill('1')
  await form.getByLabel('Minutes with weights on').fill('10')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(timeUnderLoad(app)).toContainText(weightedThisWeek(10))

  // Edited: the new minutes.
  await app.getByRole('button', { name: `Edit session of ${dayText(0)}` }).click()
  await app.getByRole('dialog').getByLabel('Minutes with weights on').fill('20')
  await app.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(timeUnderLoad(app)).toContainText(weightedThisWeek(20))

  // A backup with that session, then the session deleted: the chart is empty again.
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByRole('button', { name: 'Backup now' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Backup saved:' })).toBeVisible()
  await app.getByRole('link', { name: 'Squad' }).click()
  await app.getByRole('link', { name: 'Rhea Stone' }).click()
  await expect(timeUnderLoad(app)).toContainText(weightedThisWeek(20))
  await app.getByRole('button', { name: `Delete session of ${dayText(0)}` }).click()
  await app.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click()
  await expect(timeUnderLoad(app)).toContainText('No weighted minutes in the last 12 weeks.')

  // Imported on the Import / Export page: back on the athlete, the chart has the imported run.
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByLabel('Athlete').selectOption({ label: 'Rhea Stone' })
  await app
    .getByLabel('Files')
    .setInputFiles({ name: 'today.csv', mimeType: 'text/csv', buffer: csvOfToday('Rhea Stone', 15) })
  await app.getByRole('button', { name: 'Import 1 session for Rhea Stone' }).click()
  await app.getByRole('link', { name: "Open Rhea Stone's log" }).click()
  await expect(athlete.log()).toHaveCount(1)
  await expect(timeUnderLoad(app)).toContainText(weightedThisWeek(15))

  // Restored: the backup's session (20 minutes) is back and the imported one is gone.
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByRole('button', { name: 'Check backup' }).click()
  await app.getByRole('button', { name: 'Restore this backup…' }).click()
  await app.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Restored ballast-backup-' })).toBeVisible()
  await app.getByRole('link', { name: 'Squad' }).click()
  await app.getByRole('link', { name: 'Rhea Stone' }).click()
  await expect(timeUnderLoad(app)).toContainText(weightedThisWeek(20))
})
