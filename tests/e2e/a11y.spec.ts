// axe-core over every view and every dialog a coach can open, with the demo squad loaded: zero
// violations (WCAG 2 A/AA and axe's best practices). A failure lists each rule and the elements.
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openGeneratedPlan } from './pages'

const realFiles = path.resolve(__dirname, '../fixtures/import-real')

/** Audits the whole page, or only the open dialog (the page under it was audited on its own). */
const expectAccessible = async (page: Page, where: string, only?: string) => {
  const builder = new AxeBuilder({ page })
  const { violations } = await (only ? builder.include(only) : builder).analyze()
  const found = violations.map(
    (v) => `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
  )
  expect(found, `axe violations on ${where}`).toEqual([])
}

/** Opens a dialog with `open`, audits the page with it on top, then closes it with Escape. */
const auditDialog = async (page: Page, where: string, open: () => Promise<void>) => {
  await open()
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'))
  await expect(dialog).toBeVisible()
  await expectAccessible(page, where, '[role="dialog"], [role="alertdialog"]')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
}

// axe walks the whole DOM of each state (an athlete page has hundreds of rows): allow a minute per test.
test.describe.configure({ timeout: 60_000 })

const nav = (page: Page, name: RegExp | string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

test('the squad and athlete views and their dialogs have no axe violations', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Squad' })).toBeVisible()
  await expectAccessible(app, 'the empty squad')
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await expect(app.getByRole('table', { name: 'Athletes' })).toBeVisible()
  await expectAccessible(app, 'the squad list')
  await auditDialog(app, 'Add athlete', () => app.getByRole('button', { name: 'Add athlete' }).click())
  await auditDialog(app, 'Log group session', () => app.getByRole('button', { name: 'Log group session' }).click())
  await auditDialog(app, 'Edit athlete (squad)', () => app.getByRole('button', { name: 'Edit Ingrid Solberg' }).click())
  await app.getByRole('button', { name: 'Triage grid' }).click()
  await expectAccessible(app, 'the triage grid')
})

test('the athlete page and its dialogs have no axe violations', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await app.getByRole('link', { name: 'Ingrid Solberg' }).first().click()
  await expect(app.getByRole('heading', { level: 1, name: /Ingrid Solberg/ })).toBeVisible()
  await expect(app.getByRole('table', { name: 'Session log' })).toBeVisible()
  await app.getByRole('button', { name: 'Why?' }).first().click()
  await app.getByRole('button', { name: 'Show data table' }).first().click()
  // One audit of the whole page (it is large), with a warning explained and a chart shown as a table.
  await expectAccessible(app, 'the athlete page with a warning explained and a chart as a table')
  await auditDialog(app, 'Log session', () => app.getByRole('button', { name: 'Log session' }).click())
  await auditDialog(app, 'Edit session', () =>
    app
      .getByRole('button', { name: /^Edit session of/ })
      .first()
      .click()
  )
  await auditDialog(app, 'Edit athlete', () => app.getByRole('button', { name: 'Edit athlete' }).click())
  await auditDialog(app, 'Thresholds', () => app.getByRole('button', { name: 'Thresholds…' }).click())
  await auditDialog(app, 'Clear stop', () => app.getByRole('button', { name: 'Clear stop…' }).first().click())

  await app
    .getByRole('button', { name: /^Delete session of/ })
    .first()
    .click()
  await expect(app.getByRole('dialog')).toBeVisible()
  await expectAccessible(app, 'Delete session', '[role="dialog"]')
  await app.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click()
  await expect(app.locator('.toast').getByRole('button', { name: 'Undo' })).toBeVisible()
  await expectAccessible(app, 'the Undo toast', '.toast')
  await auditDialog(app, 'Recently deleted', () => app.getByRole('button', { name: 'Recently deleted' }).click())
  await app.getByRole('button', { name: 'Archive', exact: true }).click()
  await auditDialog(app, 'Delete permanently', () => app.getByRole('button', { name: 'Delete permanently…' }).click())
})

test('the plans pages and their dialogs have no axe violations', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await expect(app.getByRole('table', { name: 'Athletes' })).toBeVisible()
  await nav(app, 'Plans')
  await expect(app.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible()
  await expectAccessible(app, 'the empty plans list')
  await auditDialog(app, 'New empty plan', () => app.getByRole('button', { name: 'New empty plan' }).click())
  await auditDialog(app, 'Generate plan', () => app.getByRole('button', { name: 'Generate plan' }).first().click())

  await openGeneratedPlan(app, '2026-11-30')
  await expectAccessible(app, 'a plan')
  await auditDialog(app, 'Edit planned session', () =>
    app
      .getByRole('button', { name: /^Easy run .* Edit$/ })
      .first()
      .click()
  )
  await auditDialog(app, 'Add a planned session', () =>
    app
      .getByRole('button', { name: /^Add a session on/ })
      .first()
      .click()
  )
  await auditDialog(app, 'Copy week', () => app.getByRole('button', { name: 'Copy week 1' }).click())
  await auditDialog(app, 'Edit plan details', () => app.getByRole('button', { name: 'Edit details' }).click())
  await auditDialog(app, 'Save as template', () => app.getByRole('button', { name: 'Save as template' }).click())
  await auditDialog(app, 'Delete plan', () => app.getByRole('button', { name: 'Delete plan' }).click())

  await nav(app, 'Plans')
  await expect(app.getByRole('table').first()).toBeVisible()
  await expectAccessible(app, 'the plans list')
  await auditDialog(app, 'Export plan packs', () => app.getByRole('button', { name: 'Export plan packs…' }).click())
})

test('import, export, backups and settings have no axe violations', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await expect(app.getByRole('table', { name: 'Athletes' })).toBeVisible()
  await nav(app, /Import/)
  await expect(app.getByRole('heading', { level: 1, name: 'Import / Export' })).toBeVisible()
  await expectAccessible(app, 'Import / Export')
  await app.getByLabel('Athlete').selectOption({ label: 'Ingrid Solberg' })
  await app
    .getByLabel('Files')
    .setInputFiles([path.join(realFiles, 'Mojstrovka.gpx'), path.join(realFiles, 'activity-filecrc.fit')])
  await expect(app.getByRole('table', { name: 'Import preview' }).locator('tbody tr')).toHaveCount(2, {
    timeout: 20_000
  })
  await expectAccessible(app, 'the import preview')
  await app.getByRole('button', { name: 'Backup now' }).click()
  await expect(app.getByLabel('Backup to restore')).not.toHaveValue('')
  await expectAccessible(app, 'Import / Export with a backup')
  await app.getByRole('button', { name: 'Check backup' }).click()
  await expect(app.getByRole('button', { name: 'Restore this backup…' })).toBeVisible({ timeout: 15_000 })
  await expectAccessible(app, 'a checked backup, ready to restore')
  await auditDialog(app, 'Restore this backup', () => app.getByRole('button', { name: 'Restore this backup…' }).click())

  await nav(app, 'Settings')
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expectAccessible(app, 'Settings')
  const thresholds = app.getByRole('form', { name: 'Coach-wide thresholds' })
  await thresholds.getByLabel('Caution above this weight per ankle').fill('1.6')
  await thresholds.getByLabel('Stop above this weight per ankle').fill('1.5')
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(thresholds.locator('#t-aw2CautionKg-error')).toBeVisible()
  await expectAccessible(app, 'Settings with a field error')
  await thresholds.getByLabel('Stop above this weight per ankle').fill('')
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(thresholds.getByText('Thresholds saved.')).toBeVisible()
  await app.getByRole('button', { name: 'Reset to defaults' }).click()
  await expect(app.getByRole('alertdialog')).toBeVisible()
  await expectAccessible(app, 'the Reset to defaults confirmation')
})
