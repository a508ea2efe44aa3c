// A squad of 200: the table still says it has 200 athletes (for a screen reader too), renders only the
// rows near the screen, and scrolling to the bottom brings the last athlete, in the table's order.
import { expect, test } from './fixtures'
import { seedThreeYears } from './longHistory'

test('a 200-athlete squad renders the rows near the screen and scrolls to the last one', async ({ app, host }) => {
  const names = Array.from({ length: 200 }, (_, i) => `Runner ${String(i + 1).padStart(3, '0')}`)
  for (const name of names) {
    const r = await host.current.backend.call('createAthlete', { name, level: 'intermediate', bodyMassKg: 60 })
    expect(r.ok, name).toBe(true)
  }
  await app.reload()
  const table = app.getByRole('table', { name: 'Athletes' })
  await expect(table).toHaveAttribute('aria-rowcount', '201')
  const rendered = table.locator('tbody tr:not([data-spacer])')
  await expect(rendered.first()).toContainText('Runner 001')
  const shown = await rendered.count()
  expect(shown).toBeGreaterThan(10)
  expect(shown).toBeLessThan(200)
  await expect(table.getByRole('link', { name: 'Runner 200' })).toHaveCount(0)

  await app.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  const last = table.getByRole('link', { name: 'Runner 200' })
  await expect(last).toBeVisible()
  await expect(last.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', '201')
  await expect(table.getByRole('link', { name: 'Runner 001' })).toHaveCount(0)
})

// A long history whose log rows differ in height (some sessions' warnings wrap): the windowed log once
// re-measured itself after every render until React gave up and blanked the app (React error #185).
test('an athlete with three years of varied sessions opens, the log scrolls, and the squad comes back', async ({
  app,
  host
}) => {
  const busiest = seedThreeYears(host)
  expect(busiest.n).toBeGreaterThan(500)
  await app.reload()
  await app.getByRole('link', { name: busiest.name }).click()
  await expect(app.getByRole('heading', { level: 1, name: busiest.name })).toBeVisible()
  const log = app.getByRole('table', { name: 'Session log' })
  await expect(log).toHaveAttribute('aria-rowcount', String(busiest.n + 1))
  await log.scrollIntoViewIfNeeded()
  await expect(log.locator('tbody tr:not([data-spacer])').first()).toBeVisible()
  // Scrolling to the end reaches the last session (the spacers are estimates while rows of different
  // heights are measured, so the end may move once, as a coach's second press of End shows).
  const lastRow = log.locator(`tbody tr[aria-rowindex="${busiest.n + 1}"]`)
  await expect(async () => {
    await app.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(lastRow).toBeInViewport({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await expect(
    app.getByRole('table', { name: 'Athletes' }).locator('tbody tr:not([data-spacer])').first()
  ).toBeVisible()
})
