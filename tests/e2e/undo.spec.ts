import { addDays, weekStartOf } from '../../src/shared/calendar'
import { test, expect, day, dayText, TODAY } from './fixtures'
import { AthleteView, openGeneratedPlan, RosterView } from './pages'

test('a deleted session can be undone from the toast and comes back in the log', async ({ app }) => {
  await new RosterView(app).addAthlete({ name: 'Ulla Rask', bodyMass: '60' })
  const athlete = new AthleteView(app)
  const form = await athlete.openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(day(-6))
  await form.getByLabel('Duration (min)').fill('50')
  await form.getByLabel('Notes').fill('Tempo on the track')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(athlete.log()).toHaveCount(1)

  await app.getByRole('button', { name: `Delete session of ${dayText(-6)}` }).click()
  await app.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click()
  await expect(app.getByText('No sessions logged for Ulla Rask yet.')).toBeVisible()
  const toast = app.locator('.toast')
  await expect(toast).toContainText(`Deleted the easy run of ${dayText(-6)}.`)
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(athlete.log()).toHaveCount(1)
  await expect(athlete.log().first()).toContainText('Tempo on the track')
})

test('an athlete is archived first; a permanent delete needs the typed name and can be undone', async ({ app }) => {
  await new RosterView(app).addAthlete({ name: 'Vera Lind', bodyMass: '55' })
  const form = await new AthleteView(app).openSessionForm()
  await form.getByLabel('Duration (min)').fill('30')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('button', { name: 'Delete permanently…' })).toHaveCount(0)
  await app.getByRole('button', { name: 'Archive' }).click()
  await app.getByRole('button', { name: 'Delete permanently…' }).click()
  const dialog = app.getByRole('dialog')
  await dialog.getByLabel("Athlete's name").fill('vera')
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Type "Vera Lind" to confirm')
  await dialog.getByLabel("Athlete's name").fill('Vera Lind')
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()

  await expect(app.getByRole('heading', { level: 1, name: 'Squad' })).toBeVisible()
  await expect(app.getByRole('heading', { name: 'No athletes yet' })).toBeVisible()
  await app.locator('.toast').getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Vera Lind')
  await expect(new AthleteView(app).log()).toHaveCount(1)
})

test('a deleted plan can be undone from the toast', async ({ app }) => {
  await new RosterView(app).addAthlete({ name: 'Wim Dekker', bodyMass: '72', level: 'intermediate', weights: '0.5, 1' })
  // Set the plan up through the same API the pages use; the delete and undo are done in the UI.
  // A plan that starts the Monday after next.
  const startDate = addDays(weekStartOf(TODAY, 1), 14)
  await openGeneratedPlan(app, startDate)
  await app.getByRole('button', { name: 'Delete plan' }).click()
  await app.getByRole('dialog').getByRole('button', { name: 'Delete plan' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible()
  await expect(app.getByRole('link', { name: 'Spring block' })).toHaveCount(0)
  const toast = app.locator('.toast')
  await expect(toast).toContainText('Deleted the plan "Spring block".')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Spring block')
})

test('archiving from the squad acts at once and can be undone from the toast', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const rows = new RosterView(app).rows()
  await expect(rows).toHaveCount(6)
  await app.getByRole('button', { name: 'Archive Priya Nair' }).click()
  await expect(rows).toHaveCount(5)
  const toast = app.locator('.toast')
  await expect(toast).toContainText('Archived Priya Nair: hidden from the squad and pickers, sessions kept.')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(6)
  await expect(rows.filter({ hasText: 'Priya Nair' })).not.toContainText('Archived')
  await expect(toast).toHaveCount(0)
})

test('Recently deleted lists every delete of the last ten minutes, and an older one can be undone after its toast is gone', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Ulla Rask', bodyMass: '60' })
  const athlete = new AthleteView(app)
  for (const [offset, notes] of [
    [-6, 'Track tempo'],
    [-4, 'River loop']
  ] as const) {
    const form = await athlete.openSessionForm()
    await form.getByLabel('Date', { exact: true }).fill(day(offset))
    await form.getByLabel('Duration (min)').fill('40')
    await form.getByLabel('Notes').fill(notes)
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(app.getByRole('dialog')).toHaveCount(0)
  }
  await expect(athlete.log()).toHaveCount(2)
  for (const offset of [-6, -4]) {
    await app.getByRole('button', { name: `Delete session of ${dayText(offset)}` }).click()
    await app.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click()
    await expect(app.getByRole('dialog')).toHaveCount(0)
  }
  await expect(athlete.log()).toHaveCount(0)
  // The toast now offers only the last delete; the first is still in the list.
  await app.locator('.toast').getByRole('button', { name: 'Dismiss' }).click()
  await app.getByRole('button', { name: 'Recently deleted' }).click()
  const list = app.getByRole('list', { name: 'Deletes that can be undone' })
  await expect(list.locator('li')).toHaveCount(2)
  await expect(list.locator('li').nth(0)).toContainText(`Ulla Rask's easy run of ${dayText(-4)}`)
  await expect(list.locator('li').nth(1)).toContainText(`Ulla Rask's easy run of ${dayText(-6)}`)
  await expect(list.locator('li').nth(1)).toContainText(/deleted at \d{1,2}:\d{2}.*; can be undone until \d{1,2}:\d{2}/)
  await app.screenshot({ path: 'test-results/screens/undo-history.png' })
  await list.getByRole('button', { name: `Undo: Ulla Rask's easy run of ${dayText(-6)}` }).click()
  await expect(app.getByRole('dialog')).toContainText(`Put back: Ulla Rask's easy run of ${dayText(-6)}.`)
  await expect(list.locator('li')).toHaveCount(1)
  await app.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).last().click()
  // The page behind has reloaded: the session is back in the log with its notes.
  await expect(athlete.log()).toHaveCount(1)
  await expect(athlete.log().first()).toContainText('Track tempo')
})
