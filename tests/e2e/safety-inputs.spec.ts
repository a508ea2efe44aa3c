// Inputs that could slip past the safety rules: a run dated months ahead, and pain or RPE the coach
// never entered. Dates come from the pinned TODAY of the fixture.
import { test, expect, day, dayText } from './fixtures'
import { AthleteView, RosterView } from './pages'

test('a session dated months ahead is refused under Date and nothing is saved', async ({ app }) => {
  await new RosterView(app).addAthlete({ name: 'Ingrid Solberg', bodyMass: '58', level: 'novice' })
  const athlete = new AthleteView(app)
  const form = await athlete.openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(110))
  await form.getByLabel('Duration (min)').fill('35')
  await form.getByRole('button', { name: 'Save session' }).click()

  const dateField = form.locator('.field').filter({ has: app.getByLabel('Date', { exact: true }) })
  await expect(dateField.locator('.field-error')).toHaveText(
    'A session in the future cannot be logged; plan it instead'
  )
  await expect(form.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  // Said once, under the field it belongs to.
  await expect(form.getByText('A session in the future cannot be logged; plan it instead')).toHaveCount(1)

  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(athlete.log()).toHaveCount(0)
  await app.reload()
  await expect(app.getByRole('heading', { level: 1, name: 'Ingrid Solberg' })).toBeVisible()
  await expect(athlete.log()).toHaveCount(0)
})

test('a session saved without touching pain or RPE shows them as not logged, in the log and when reopened', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Oskar Berg', bodyMass: '70', level: 'intermediate' })
  const athlete = new AthleteView(app)
  const form = await athlete.openSessionForm()
  // The form starts empty for every logged value: nothing is filled in for the coach.
  await expect(form.getByLabel('Pain during (0-10)')).toHaveValue('')
  await expect(form.getByLabel('Pain next morning')).toHaveValue('')
  await expect(form.getByLabel('RPE (1-10)')).toHaveValue('')
  await form.getByLabel('Date', { exact: true }).fill(day(-1))
  await form.getByLabel('Duration (min)').fill('40')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)

  const row = athlete.log().first()
  await expect(athlete.log()).toHaveCount(1)
  const headers = (await app.getByRole('table', { name: 'Session log' }).locator('thead th').allTextContents()).map(
    (h) => h.trim()
  )
  expect(headers).toEqual(expect.arrayContaining(['RPE', 'Pain']))
  const cell = (header: string) => row.locator('td').nth(headers.indexOf(header))
  await expect(cell('RPE')).toHaveText('–')
  await expect(cell('Pain')).toHaveText('–')

  // Reopened for editing: still empty, and saving again keeps them not logged.
  await app.getByRole('button', { name: `Edit session of ${dayText(-1)}` }).click()
  const edit = app.getByRole('dialog')
  await expect(edit.getByLabel('Pain during (0-10)')).toHaveValue('')
  await expect(edit.getByLabel('Pain next morning')).toHaveValue('')
  await expect(edit.getByLabel('RPE (1-10)')).toHaveValue('')
  await expect(edit.getByLabel('Pain during (0-10)').locator('option:checked')).toHaveText('Not logged')
  await edit.getByLabel('Duration (min)').fill('45')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(row).toContainText('45 min')
  await expect(cell('RPE')).toHaveText('–')
  await expect(cell('Pain')).toHaveText('–')
})
