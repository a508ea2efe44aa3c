// From 1024 px wide: nothing scrolls sideways, a long name is cut with its full text as a tooltip,
// each squad row names its worst warning, and no control covers another.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1024, height: 700 } })

// An 80-character name: the longest the app takes.
const LONG_NAME = 'Maximiliana Alessandra Konstantinopoulou-Vanderbilt de la Cruz-Hohenzollern-Sigm'

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)
const right = async (l: Locator) => {
  const b = (await l.boundingBox())!
  return b.x + b.width
}

test('at 1024 px the squad, an athlete log and Import / Export fit, and a long name is cut with a tooltip', async ({
  app,
  host
}) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const made = await host.current.backend.call('createAthlete', { name: LONG_NAME, bodyMassKg: 61, level: 'advanced' })
  expect(made.ok).toBe(true)
  await app.reload()
  const table = app.getByRole('table', { name: 'Athletes' })
  await expect(table.locator('tbody tr')).toHaveCount(7)
  expect(await pageWidth(app)).toBeLessThanOrEqual(1024)
  // Every row's actions are on screen, the long name's too.
  const archive = app.getByRole('button', { name: `Archive ${LONG_NAME}` })
  expect(await right(archive)).toBeLessThanOrEqual(1024)
  const link = table.getByRole('link', { name: LONG_NAME })
  await expect(link).toHaveAttribute('title', LONG_NAME)
  expect(await link.evaluate((a) => a.scrollWidth > a.clientWidth)).toBe(true)
  // The row says which warning its badge is about, with the rule's title.
  await expect(table.locator('tbody tr').filter({ hasText: 'Ingrid Solberg' })).toContainText('PN1 pain during')
  await expect(table.locator('tbody tr').filter({ hasText: 'Tomás Rivera' })).toContainText('AW1 load vs body mass')
  await app.screenshot({ path: 'test-results/screens/squad-1024.png' })

  await table.getByRole('link', { name: 'Ingrid Solberg' }).click()
  const log = app.getByRole('table', { name: 'Session log' })
  await expect(log).toBeVisible()
  expect(await pageWidth(app)).toBeLessThanOrEqual(1024)
  const firstDelete = log.getByRole('button', { name: /^Delete session of/ }).first()
  expect(await right(firstDelete)).toBeLessThanOrEqual(1024)
  // The log's warning codes carry their titles in place.
  await expect(log.locator('tbody tr').first()).toContainText('PN1 pain during')

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import / Export' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Import / Export' })).toBeVisible()
  expect(await pageWidth(app)).toBeLessThanOrEqual(1024)
  // The export picker (as wide as its longest name) stays in its column, clear of "Backup now".
  const picker = app.getByLabel('Sessions of')
  const backup = (await app.getByRole('button', { name: 'Backup now' }).boundingBox())!
  const box = (await picker.boundingBox())!
  const overlaps =
    box.x < backup.x + backup.width &&
    backup.x < box.x + box.width &&
    box.y < backup.y + backup.height &&
    backup.y < box.y + box.height
  expect(overlaps).toBe(false)
})
