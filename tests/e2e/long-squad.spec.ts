// A squad of 200: the table still says it has 200 athletes (for a screen reader too), renders only the
// rows near the screen, and scrolling to the bottom brings the last athlete, in the table's order.
import { expect, test } from './fixtures'

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
