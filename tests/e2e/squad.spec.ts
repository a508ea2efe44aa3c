import { test, expect, TODAY } from './fixtures'
import { RosterView } from './pages'

const rank: Record<string, number> = { stop: 3, caution: 2, info: 1, none: 0 }

test('the squad view lists the demo squad most urgent first, and filters by name, level and status', async ({
  app
}) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const rows = new RosterView(app).rows()
  await expect(rows).toHaveCount(6)
  const severities = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-severity') ?? ''))
  const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent ?? ''))
  expect(severities[0]).toBe('stop')
  expect(names[0]).toBe('Ingrid Solberg')
  for (let i = 1; i < severities.length; i++) {
    expect(rank[severities[i - 1]]).toBeGreaterThanOrEqual(rank[severities[i]])
    if (severities[i - 1] === severities[i]) expect(names[i - 1].localeCompare(names[i])).toBeLessThanOrEqual(0)
  }
  // Tomás's latest weighted run: 1.5 kg per ankle, 4.05% of 74 kg.
  await expect(rows.filter({ hasText: 'Tomás Rivera' })).toContainText('1.5 kg (4.05%)')
  await expect(rows.filter({ hasText: 'Ingrid Solberg' })).toContainText('Pain 6')

  await app.getByLabel('Search by name').fill('nowak')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Łukasz Nowak')
  await app.getByLabel('Search by name').fill('')
  await app.getByLabel('Filter by level').selectOption('novice')
  await expect(rows).toHaveCount(2)
  await app.getByLabel('Filter by level').selectOption('all')
  await app.getByLabel('Filter by status').selectOption('caution')
  const cautionNames = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-severity')))
  expect(cautionNames.length).toBeGreaterThan(0)
  expect(new Set(cautionNames)).toEqual(new Set(['caution']))
})

test('archived athletes are hidden until "Show archived" is ticked', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const rows = new RosterView(app).rows()
  await app.getByRole('button', { name: 'Archive Priya Nair' }).click()
  await expect(rows).toHaveCount(5)
  await app.getByLabel('Show archived').check()
  await expect(rows).toHaveCount(6)
  await expect(rows.filter({ hasText: 'Priya Nair' })).toContainText('Archived')
})

test('a triage grid cell opens that athlete at that week', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await app.getByRole('button', { name: 'Triage grid' }).click()
  const grid = app.getByRole('table', { name: /Triage grid/ })
  const row = grid.locator('tbody tr').filter({ hasText: 'Tomás Rivera' })
  await expect(row.locator('td')).toHaveCount(12)
  const cell = row.locator('td a').nth(10)
  const target = await cell.getAttribute('href')
  const week = target!.split('/').pop()!
  const weighted = Number(await cell.textContent())
  await cell.click()
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Tomás Rivera')
  expect(app.url()).toContain(`#/athlete/`)
  expect(app.url()).toContain(week)
  await expect(app.locator('.week-banner')).toContainText('Showing the week of')
  // The highlighted sessions are exactly that week's, and its weighted runs match the cell.
  const inWeek = app.locator('tr.in-week')
  const dates = await inWeek.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''))
  expect(dates.length).toBeGreaterThan(0)
  const weightedRows = await inWeek.locator('.weighted').count()
  expect(weightedRows).toBe(weighted)
})

test("a group session saves one row per picked athlete with each athlete's own weight and warnings", async ({
  app,
  host
}) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await app.getByRole('button', { name: 'Log group session' }).click()
  const dialog = app.getByRole('dialog')
  await dialog.getByLabel('Date').fill(TODAY)
  await dialog.getByLabel('Type').selectOption('hill_sprint')
  await dialog.getByLabel('Duration (min)').fill('35')
  await dialog.getByRole('checkbox', { name: 'Maya Okafor' }).check()
  await dialog.getByRole('checkbox', { name: 'Jonah Becker' }).check()
  await dialog.getByLabel('Weight per ankle for Maya Okafor').fill('0.5')
  await dialog.getByLabel('Weighted minutes for Maya Okafor').fill('40')
  await dialog.getByRole('button', { name: 'Save 2 sessions' }).click()
  // Too many weighted minutes: named in Maya's row, and nothing saved.
  await expect(dialog.locator('tr[data-athlete="Maya Okafor"] .field-error')).toContainText(
    'cannot exceed the duration'
  )
  const before = host.current.db.prepare('SELECT count(*) AS n FROM sessions WHERE date = ?').get(TODAY) as {
    n: number
  }
  expect(before.n).toBe(0)

  await dialog.getByLabel('Weighted minutes for Maya Okafor').fill('10')
  // Weights in a hard session: AW6 shows as a draft warning for Maya only.
  await expect(dialog.locator('tr[data-athlete="Maya Okafor"] .draft-warnings')).toContainText('AW6')
  await expect(dialog.locator('tr[data-athlete="Jonah Becker"] .draft-warnings')).not.toContainText('AW6')
  await dialog.getByRole('button', { name: 'Save 2 sessions' }).click()
  await expect(app.getByRole('status')).toContainText('Saved 2 sessions.')
  const saved = host.current.db
    .prepare(
      'SELECT a.name, s.type, s.ankle_weight_kg AS kg FROM sessions s JOIN athletes a ON a.id = s.athlete_id WHERE s.date = ? ORDER BY a.name'
    )
    .all(TODAY)
  expect(saved).toEqual([
    { name: 'Jonah Becker', type: 'hill_sprint', kg: 0 },
    { name: 'Maya Okafor', type: 'hill_sprint', kg: 0.5 }
  ])
})
