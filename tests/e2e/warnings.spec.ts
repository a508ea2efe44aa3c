import { test, expect, day, dayText } from './fixtures'
import { AthleteView, RosterView } from './pages'

test('the demo squad shows a stop and a caution on the roster, and the stop can be cleared after review', async ({
  app
}) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const roster = new RosterView(app)
  await expect(roster.rows()).toHaveCount(6)
  await expect(roster.rows().filter({ hasText: 'Ingrid Solberg' }).locator('.badge')).toContainText('Stop')
  await expect(roster.rows().filter({ hasText: 'Tomás Rivera' }).locator('.badge')).toContainText('Caution')

  await app.getByRole('link', { name: 'Ingrid Solberg' }).click()
  const panel = app.getByRole('region', { name: 'Warnings' })
  await expect(panel.getByText(`PN1 Pain during stop from the session of ${dayText(-2)} is in force`)).toBeVisible()
  const pn1 = panel.locator('li.warning[data-rule="PN1"]').filter({ hasText: 'Pain during was 6/10' })
  await expect(pn1).toContainText('Instead:')
  await pn1.getByRole('button', { name: 'Why?' }).click()
  await expect(pn1).toContainText('Silbernagel 2007')

  // RULES.md v2: next-morning pain of 4 (above 2) is also a PN2 stop, so two pain stops are in force.
  const stopLine = (rule: string) => panel.locator('.stop-line').filter({ hasText: `${rule} ` })
  await expect(panel.locator('.stop-line')).toHaveCount(2)
  await stopLine('PN1').getByRole('button', { name: 'Clear stop…' }).click()
  const dialog = app.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Clear stop' }).click()
  await expect(dialog.locator('#reason-error')).toHaveText('Say why the stop can end (e.g. physio review)')
  await dialog.getByLabel('Cleared by').fill('Coach Kim')
  await dialog.getByLabel('Reason').fill('Physio review: Achilles settled')
  await dialog.getByRole('button', { name: 'Clear stop' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(panel.getByText(/is in force/)).toHaveCount(1)
  await stopLine('PN2').getByRole('button', { name: 'Clear stop…' }).click()
  await dialog.getByLabel('Cleared by').fill('Coach Kim')
  await dialog.getByLabel('Reason').fill('Physio review: Achilles settled')
  await dialog.getByRole('button', { name: 'Clear stop' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(panel.getByText(/is in force/)).toHaveCount(0)
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await expect(roster.rows().filter({ hasText: 'Ingrid Solberg' }).locator('.badge')).not.toContainText('Stop')
})

test('the session form shows live warnings before saving, and the saved session carries them', async ({ app }) => {
  await new RosterView(app).addAthlete({ name: 'Oskar Berg', bodyMass: '70', level: 'intermediate', weights: '1.8' })
  const form = await new AthleteView(app).openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(-5))
  await form.getByLabel('Duration (min)').fill('40')
  await expect(form.getByText('No warnings for this session.')).toBeVisible()
  await form.getByLabel(/Weight per ankle/).fill('1.8')
  await form.getByLabel('Minutes with weights on').fill('15')
  const live = form.getByRole('region', { name: 'Warnings for this session' })
  await expect(live.locator('li[data-rule="AW1"]')).toContainText('Stop')
  await expect(live.locator('li[data-rule="AW1"]')).toContainText('5.14%')
  await expect(live.locator('li[data-rule="AW2"]')).toContainText('Caution')
  await form.getByRole('button', { name: 'Save session' }).click()
  const row = new AthleteView(app).log().first()
  await expect(row.locator('.badge')).toHaveText('Stop')
  await expect(row).toContainText('AW1')
})

test('raising a coach-wide threshold in Settings removes the warning it caused; reset brings it back', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Nina Holm', bodyMass: '80', level: 'advanced' })
  const form = await new AthleteView(app).openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(-5))
  await form.getByLabel('Duration (min)').fill('40')
  await form.getByLabel(/Weight per ankle/).fill('1.5')
  await form.getByLabel('Minutes with weights on').fill('10')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(new AthleteView(app).log().first()).toContainText('AW2')

  await app.getByRole('link', { name: 'Settings' }).click()
  const thresholds = app.getByRole('form', { name: 'Coach-wide thresholds' })
  await thresholds.getByLabel('Caution above this weight per ankle').fill('1.6')
  await thresholds.getByLabel('Stop above this weight per ankle').fill('1.5')
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(thresholds.locator('#t-aw2CautionKg-error')).toContainText('Must be below')
  // The summary above the form speaks to the coach; internal field paths never show.
  await expect(thresholds).toContainText(/Please check the (field|\d+ fields) marked below\./)
  await expect(thresholds).not.toContainText('values.')
  await thresholds.getByLabel('Stop above this weight per ankle').fill('')
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(thresholds.getByText('Thresholds saved.')).toBeVisible()

  await app.goBack()
  await app.goBack()
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await app.getByRole('link', { name: 'Nina Holm' }).click()
  await expect(new AthleteView(app).log().first()).not.toContainText('AW2')

  await app.getByRole('link', { name: 'Settings' }).click()
  // Reset throws every coach-wide value away, so it asks first; "Keep my values" changes nothing.
  await app.getByRole('button', { name: 'Reset to defaults' }).click()
  const question = app.getByRole('alertdialog')
  await expect(question).toContainText(
    'Reset 1 threshold you set to the defaults? Your values are not kept and this cannot be undone.'
  )
  await expect(question.getByRole('button', { name: 'Keep my values' })).toBeFocused()
  await question.getByRole('button', { name: 'Keep my values' }).click()
  await expect(app.getByRole('alertdialog')).toHaveCount(0)
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await app.getByRole('link', { name: 'Nina Holm' }).click()
  await expect(new AthleteView(app).log().first()).not.toContainText('AW2')
  await app.getByRole('link', { name: 'Settings' }).click()
  await app.getByRole('button', { name: 'Reset to defaults' }).click()
  await app.getByRole('alertdialog').getByRole('button', { name: 'Reset to defaults' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'All thresholds are back to their defaults.' })).toBeVisible()
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await app.getByRole('link', { name: 'Nina Holm' }).click()
  await expect(new AthleteView(app).log().first()).toContainText('AW2')
})
