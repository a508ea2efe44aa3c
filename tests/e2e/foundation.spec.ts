import { test, expect, day, dayText } from './fixtures'
import { AthleteView, RosterView } from './pages'

test('a coach adds an athlete, logs a session and sees it in the log', async ({ app }) => {
  const roster = new RosterView(app)
  await expect(app.getByRole('heading', { name: 'No athletes yet' })).toBeVisible()
  await roster.addAthlete({ name: 'Ada Quist', bodyMass: '61', level: 'intermediate', weights: '0.5, 1' })
  await expect(app.getByText('Intermediate · 61 kg · owns 0.5 kg, 1 kg ankle weights')).toBeVisible()

  const athlete = new AthleteView(app)
  const form = await athlete.openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(-5))
  await form.getByLabel('Type').selectOption('easy')
  await form.getByLabel('Duration (min)').fill('45')
  await form.getByLabel(/Distance/).fill('8.2')
  await form.getByLabel(/Weight per ankle/).fill('0.5')
  await form.getByLabel('Minutes with weights on').fill('10')
  await form.getByLabel('RPE (1-10)').selectOption('4')
  await form.getByRole('button', { name: 'Save session' }).click()

  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(athlete.log()).toHaveCount(1)
  const row = athlete.log().first()
  await expect(row).toContainText(dayText(-5))
  await expect(row).toContainText('Easy run')
  await expect(row).toContainText('45 min')
  await expect(row).toContainText('8.2 km')
  await expect(row).toContainText('0.5 kg × 10 min')
  await expect(row).toContainText('(1.64%)')

  await app.getByRole('link', { name: 'Squad' }).first().click()
  const rosterRow = roster.rows().filter({ hasText: 'Ada Quist' })
  await expect(rosterRow).toContainText(dayText(-5, false))
})

test('weighted minutes above the duration show the message next to the field and save nothing', async ({
  app,
  host
}) => {
  await new RosterView(app).addAthlete({ name: 'Ben Ode', bodyMass: '70' })
  const athlete = new AthleteView(app)
  const form = await athlete.openSessionForm()
  await form.getByLabel('Duration (min)').fill('30')
  await form.getByLabel(/Weight per ankle/).fill('1')
  await form.getByLabel('Minutes with weights on').fill('40')
  await form.getByRole('button', { name: 'Save session' }).click()

  const field = form.getByLabel('Minutes with weights on')
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(form.locator('#weightedMin-error')).toHaveText(
    'Minutes with weights on (40) cannot exceed the duration (30 min)'
  )
  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(athlete.page.getByText('No sessions logged for Ben Ode yet.')).toBeVisible()
  const count = host.current.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }
  expect(count.n).toBe(0)
})

test('an empty name and a body mass out of range are named in the athlete form', async ({ app }) => {
  await app.getByRole('button', { name: 'Add athlete' }).first().click()
  const dialog = app.getByRole('dialog')
  await dialog.getByLabel(/Body mass/).fill('900')
  await dialog.getByRole('button', { name: 'Add athlete' }).click()
  await expect(dialog.locator('#name-error')).toHaveText('Enter a name')
  await expect(dialog.locator('#bodyMassKg-error')).toHaveText('Body mass must be at most 250 kg')
})

test('data is still there after the host restarts', async ({ app, host }) => {
  await new RosterView(app).addAthlete({ name: 'Cleo Marsh', bodyMass: '58' })
  const form = await new AthleteView(app).openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(-7))
  await form.getByLabel('Duration (min)').fill('60')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(new AthleteView(app).log()).toHaveCount(1)

  const restarted = await host.restart()
  await app.goto(restarted.url)
  await expect(new RosterView(app).rows().filter({ hasText: 'Cleo Marsh' })).toHaveCount(1)
  await app.getByRole('link', { name: 'Cleo Marsh' }).click()
  await expect(new AthleteView(app).log().first()).toContainText(dayText(-7))
})

test('loading the demo squad fills the roster', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const rows = new RosterView(app).rows()
  await expect(rows).toHaveCount(6)
  await expect(rows.filter({ hasText: 'Łukasz Nowak' })).toHaveCount(1)
  await expect(app.getByRole('button', { name: 'Load demo squad' })).toHaveCount(0)
  await app.screenshot({ path: 'test-results/screens/roster-demo.png', fullPage: true })
})

test('the athlete dialog keeps keyboard focus inside it and closes with Escape', async ({ app }) => {
  await app.getByRole('button', { name: 'Add athlete' }).first().click()
  const dialog = app.getByRole('dialog')
  await expect(dialog.getByLabel('Name')).toBeFocused()
  for (let i = 0; i < 12; i++) {
    await app.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  await app.keyboard.press('Shift+Tab')
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  await app.keyboard.press('Escape')
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(app.getByRole('button', { name: 'Add athlete' }).first()).toBeFocused()
})
