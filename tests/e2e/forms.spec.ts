import type { Dialog } from '@playwright/test'
import { day, dayText, expect, test } from './fixtures'
import { AthleteView, RosterView } from './pages'

// Half-typed settings are not lost by a click on another page or a reload: the app asks first, and
// staying keeps what was typed. Once saved, nothing is asked.
test('unsaved Settings ask before a navigation and before a reload; staying keeps the typed values', async ({
  app
}) => {
  const nav = app.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  const name = app.getByLabel('Coach name')
  await name.fill('Coach Half-typed')

  // A link to another page: the question, and "Cancel" stays on Settings with the text.
  const asked: Dialog[] = []
  app.once('dialog', (d) => {
    asked.push(d)
    void d.dismiss()
  })
  await nav.getByRole('link', { name: 'Plans' }).click()
  await expect.poll(() => asked.length).toBe(1)
  expect(asked[0].type()).toBe('confirm')
  expect(asked[0].message()).toContain('not saved')
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(name).toHaveValue('Coach Half-typed')
  expect(new URL(app.url()).hash).toBe('#/settings')

  // A reload: the browser's own prompt; staying keeps the text.
  const beforeUnload = new Promise<Dialog>((resolve) => app.once('dialog', resolve))
  void app.evaluate(() => window.location.reload())
  const prompt = await beforeUnload
  expect(prompt.type()).toBe('beforeunload')
  await prompt.dismiss()
  await expect(name).toHaveValue('Coach Half-typed')

  // Saved: the same link goes at once.
  await app.getByRole('button', { name: 'Save settings' }).click()
  await expect(app.getByRole('status')).toContainText('Settings saved.')
  let later = 0
  app.on('dialog', (d) => {
    later++
    void d.dismiss()
  })
  await nav.getByRole('link', { name: 'Plans' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible()
  expect(later).toBe(0)
})

// After a failed save the coach sees why without hunting: the summary is on screen, the first wrong
// field has the focus, and its message goes as soon as the value is right. Dates are typed the way the
// app writes them, whatever the browser's locale.
test('a failed save shows the summary, focuses the first wrong field, and the message clears when fixed', async ({
  app,
  host
}) => {
  await app.setViewportSize({ width: 1024, height: 700 })
  await new RosterView(app).addAthlete({ name: 'Nina Holm', bodyMass: '80', level: 'advanced' })
  const form = await new AthleteView(app).openSessionForm()
  const date = form.getByLabel('Date', { exact: true })
  await date.fill(dayText(-2))
  await expect(form.getByText(dayText(-2), { exact: true })).toBeVisible()
  await form.getByLabel('Notes').fill('Easy loop')
  await form.getByRole('button', { name: 'Save session' }).click()

  const duration = form.getByLabel('Duration (min)')
  await expect(duration).toBeFocused()
  await expect(form.getByText('Please check the field marked below.')).toBeInViewport()
  await expect(form.getByText('Duration must be a number of minutes')).toBeVisible()
  await duration.fill('35')
  await expect(form.getByText('Duration must be a number of minutes')).toHaveCount(0)
  await expect(form.getByText('Please check the field marked below.')).toHaveCount(0)
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(new AthleteView(app).log().first()).toContainText(dayText(-2))
  // Typed as the app writes days, stored as the ISO day.
  expect(host.current.db.prepare('SELECT date FROM sessions').all()).toEqual([{ date: day(-2) }])
})

// The start time is 24-hour whatever the computer's locale (a native time field shows AM/PM on a US
// machine): typed as a coach jots it, stored and shown as HH:MM; a time that is not one is named.
test('a start time typed as 1905 is saved as 19:05, and 7:75 is refused under the field', async ({ app, host }) => {
  await new RosterView(app).addAthlete({ name: 'Nina Holm', bodyMass: '80', level: 'advanced' })
  const athlete = new AthleteView(app)
  const form = await athlete.openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(-1))
  await form.getByLabel('Duration (min)').fill('40')
  const time = form.getByLabel('Start time (optional)')
  await time.fill('7:75')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(form.locator('#startTime-error')).toHaveText('Start time must be a 24-hour time such as 07:30')
  await expect(time).toBeFocused()

  await time.fill('1905')
  await expect(form.locator('#startTime-error')).toHaveCount(0)
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(athlete.log().first()).toContainText('19:05')
  expect(host.current.db.prepare('SELECT start_time FROM sessions').all()).toEqual([{ start_time: '19:05' }])

  // Reopened, the field shows the stored time.
  await athlete
    .log()
    .first()
    .getByRole('button', { name: /^Edit session of/ })
    .click()
  await expect(app.getByRole('dialog').getByLabel('Start time (optional)')).toHaveValue('19:05')
})
