// Smoke test of the desktop app itself: the real Electron runtime loading the built app (out/), with
// better-sqlite3's Electron build (BALLAST_NATIVE_BINDING, set by scripts/test-electron.mjs) in the backend
// utilityProcess, @react-pdf/renderer and @garmin/fitsdk loaded there, and a fresh user-data folder.
// One coach's first session end to end, then a restart that must find the data again.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { AthleteView, RosterView } from '../e2e/pages'

const root = path.resolve(__dirname, '..', '..')
const fitFile = path.join(root, 'tests', 'fixtures', 'import', 'good', 'morning-run.fit')
// The same pinned day as the e2e suite (a Wednesday), so the demo squad and the dates are stable.
const FIXED_NOW = '2026-11-25T12:00:00'

const launch = async (userData: string): Promise<{ app: ElectronApplication; page: Page }> => {
  const app = await electron.launch({
    args: [root, `--user-data-dir=${userData}`],
    env: { ...process.env, BALLAST_FIXED_NOW: FIXED_NOW, ELECTRON_RENDERER_URL: '' } as Record<string, string>
  })
  const page = await app.firstWindow()
  await expect(page.getByRole('link', { name: 'Import / Export' })).toBeVisible()
  return { app, page }
}

test('the desktop app: demo squad, a logged session, a plan PDF, a FIT import, foreign frames refused, and the data after a restart', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-electron-'))
  const exported = path.join(userData, 'plan.pdf')
  const violations: string[] = []
  const watchCsp = (p: Page) =>
    p.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text())
    })
  let { app, page } = await launch(userData)
  watchCsp(page)

  // The data folder is the fresh one we passed, and main holds the single-instance lock there.
  expect(await app.evaluate(({ app: a }) => a.getPath('userData'))).toBe(userData)

  // Demo squad, then an athlete.
  await page.getByRole('button', { name: 'Load demo squad' }).click()
  await expect(new RosterView(page).rows()).toHaveCount(6)
  await page.getByRole('link', { name: 'Łukasz Nowak' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Nowak' })).toBeVisible()

  // Log a session (today, an easy run with a note we can find again after the restart).
  const view = new AthleteView(page)
  const before = await view.log().count()
  const form = await view.openSessionForm()
  await form.getByLabel('Type').selectOption({ label: 'Easy run' })
  await form.getByLabel('Duration (min)').fill('41')
  await form.getByLabel(/Distance/).fill('7.3')
  await form.getByLabel('RPE (1-10)').selectOption('3')
  await form.getByLabel('Notes').fill('Electron smoke run')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(view.log()).toHaveCount(before + 1)
  await expect(view.log().filter({ hasText: '41' }).first()).toBeVisible()

  // A plan PDF, saved where the (stubbed) save dialog says: @react-pdf/renderer and the fonts in the asar.
  const planId = await page.evaluate(async () => {
    const athletes = await window.api.listAthletes({})
    if (!athletes.ok) throw new Error(athletes.error.message)
    const r = await window.api.generatePlan({
      athleteId: athletes.value[0].id,
      name: 'Smoke block',
      startDate: '2026-11-30',
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 6]
    })
    if (!r.ok) throw new Error(r.error.message)
    return r.value.plan.id
  })
  await page.evaluate((id) => (location.hash = `#/plans/${id}`), planId)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Smoke block')
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog
  }, exported)
  await page.getByRole('button', { name: 'Export PDF' }).click()
  const confirm = page.getByRole('button', { name: /Export anyway/ })
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await expect
    .poll(() => fs.existsSync(exported) && fs.readFileSync(exported).subarray(0, 5).toString('latin1'))
    .toBe('%PDF-')

  // A FIT file from a watch (@garmin/fitsdk, ESM-only, in the backend process).
  await page.getByRole('link', { name: 'Import / Export' }).click()
  await page.getByLabel('Athlete').selectOption({ label: 'Łukasz Nowak' })
  await page.getByLabel('Files').setInputFiles(fitFile)
  const preview = page.getByRole('table', { name: 'Import preview' })
  await expect(preview.locator('tr[data-status="new"]')).toHaveCount(1)
  await page.getByRole('button', { name: /^Import 1 session for/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 session for Łukasz Nowak' })).toBeVisible()

  expect(violations, 'no CSP violation while the app was used (React styles go through the CSSOM)').toEqual([])
  // The CSP of the page as loaded from file:// (the meta tag): inline script does not run.
  const inlineRan = await page.evaluate(async () => {
    const s = document.createElement('script')
    s.textContent = 'window.__inlineRan = true'
    document.head.append(s)
    await new Promise((r) => setTimeout(r, 100))
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(inlineRan, 'inline script is blocked by the CSP').toBe(false)
  expect(violations.length, 'the blocked inline script was reported as a CSP violation').toBeGreaterThan(0)
  violations.length = 0

  // A frame that is not our window's index.html is refused, even with our preload: a second window
  // on another file:// page, and one on a data: URL.
  const foreignHtml = path.join(userData, 'index.html')
  fs.writeFileSync(foreignHtml, '<!doctype html><title>not Ballast</title>')
  const urls = [pathToFileURL(foreignHtml).href, 'data:text/html,<p>foreign</p>']
  const answers = await app.evaluate(async ({ BrowserWindow, app: a }, urls) => {
    const preload = `${a.getAppPath()}/out/preload/index.js`
    const out: unknown[] = []
    for (const url of urls) {
      const w = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } })
      await w.loadURL(url)
      out.push(await w.webContents.executeJavaScript('window.api ? window.api.listAthletes({}) : "no api"'))
      w.destroy()
    }
    return out
  }, urls)
  for (const a of answers) expect(a).toMatchObject({ ok: false, error: { code: 'forbidden' } })

  // Quit (main waits for the backend to close the database), start again, and the data is there.
  await app.close()
  ;({ app, page } = await launch(userData))
  watchCsp(page)
  await expect(new RosterView(page).rows()).toHaveCount(6)
  await page.getByRole('link', { name: 'Łukasz Nowak' }).first().click()
  await expect(new AthleteView(page).log()).toHaveCount(before + 2) // the logged run and the imported one
  await expect(new AthleteView(page).log().filter({ hasText: '41' }).first()).toBeVisible()
  expect(violations, 'no CSP violation while the app was used').toEqual([])
  await app.close()
  fs.rmSync(userData, { recursive: true, force: true })
})
