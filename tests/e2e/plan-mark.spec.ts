// A plan the rules did not clear leaves Ballast only after the coach confirms, and its PDF says so.
import { execFileSync } from 'node:child_process'
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { test, expect, TODAY } from './fixtures'
import { RosterView } from './pages'

test('a published plan edited into a caution goes back to draft, and its PDF exports only after confirmation, marked', async ({
  app
}) => {
  test.setTimeout(90_000)
  await new RosterView(app).addAthlete({
    name: 'Ingrid Solberg',
    bodyMass: '64',
    level: 'intermediate',
    weights: '0.25, 0.5, 0.75, 1.5'
  })
  const start = addDays(weekStartOf(TODAY, 1), 7)
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await app.getByRole('button', { name: 'Generate plan' }).click()
  const form = app.getByRole('dialog')
  await form.getByLabel('Athlete').selectOption({ label: 'Ingrid Solberg' })
  await form.getByLabel('Plan name').fill('Winter base')
  await form.getByLabel('Start date').fill(start)
  await form.getByLabel(/^Weeks/).fill('6')
  await form.getByRole('button', { name: 'Generate plan' }).click()
  await expect(app.getByRole('heading', { level: 1, name: /Winter base/ })).toBeVisible()
  await app.getByRole('button', { name: 'Publish' }).click()
  await expect(app.locator('.plan-status')).toHaveText('Published')

  // Edit the first weighted run: the editor shows what the change would draw before Save, and
  // rewrites "What to do" for the new minutes.
  const grid = app.getByRole('table', { name: 'Plan by week' })
  await grid.locator('.plan-chip.weighted').first().click()
  const edit = app.getByRole('dialog')
  const live = edit.getByRole('region', { name: 'Warnings for this session' })
  await expect(live).toContainText('No warnings for this session.')
  // Weights on for all but the last 5 minutes of this run.
  const onFor = Number(await edit.getByLabel('Duration (min)').inputValue()) - 5
  await edit.getByLabel(/Weight per ankle/).fill('1.5')
  await edit.getByLabel('Minutes with weights on').fill(String(onFor))
  await expect(live.getByRole('heading', { name: 'This session would trigger' })).toBeVisible()
  await expect(live.locator('li.warning.sev-caution').first()).toBeVisible()
  // On after the 5-min warm-up, to the end: the sentence about the weights is rewritten, and said once.
  await expect(edit.getByLabel('What to do')).toHaveValue(
    new RegExp(`Ankle weights on after the 5-min warm-up, for the last ${onFor} min of the run\\.$`)
  )
  await expect(edit.getByLabel('What to do')).not.toHaveValue(/Ankle weights.*Ankle weights/i)
  await app.screenshot({ path: 'test-results/screens/plan-session-live-warnings.png' })
  await edit.getByRole('button', { name: 'Save planned session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)

  // Published no more: the page says so and why.
  await expect(app.locator('.plan-status')).toHaveText('Draft')
  await expect(app.locator('.plan-returned')).toContainText(
    /^Back to draft: this change gives the plan \d+ cautions? and \d+ stops?/
  )
  await app.screenshot({ path: 'test-results/screens/plan-returned-to-draft.png' })

  // Export PDF asks first; "Don't export" exports nothing.
  let downloads = 0
  app.on('download', () => downloads++)
  await app.getByRole('button', { name: 'Export PDF' }).click()
  const confirm = app.getByRole('dialog', { name: 'Export a plan the rules did not clear?' })
  const question = confirm.getByText(
    /^This plan has \d+ cautions? and \d+ stops? that the rules did not clear\. Export anyway\?$/
  )
  await expect(question).toBeVisible()
  await app.screenshot({ path: 'test-results/screens/plan-export-confirm.png' })
  const [, cautions, stops] = /has (\d+) cautions? and (\d+) stops?/.exec((await question.textContent())!)!.map(Number)
  expect(cautions + stops).toBeGreaterThan(0)
  await confirm.getByRole('button', { name: "Don't export" }).click()
  await expect(confirm).toHaveCount(0)
  expect(downloads).toBe(0)

  await app.getByRole('button', { name: 'Export PDF' }).click()
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    confirm.getByRole('button', { name: 'Export anyway' }).click()
  ])
  const saved = test.info().outputPath('pack.pdf')
  await download.saveAs(saved)
  await expect(app.getByRole('status')).toContainText('marked "Not cleared by the rules"')
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`
  const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', saved, '-'], { encoding: 'utf8' })
  expect(cover).toContain(`Not cleared by the rules: ${plural(cautions, 'caution')}, ${plural(stops, 'stop')}`)
  const all = execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(all).toMatch(/Not cleared: caution \(AW/)
  expect(downloads).toBe(1)
})

test('bulk export lists the plans the rules did not clear, asks once, and says which packs went out marked', async ({
  app
}) => {
  test.setTimeout(90_000)
  const roster = new RosterView(app)
  const start = addDays(weekStartOf(TODAY, 1), 7)
  for (const name of ['Ingrid Solberg', 'Tomás Rivera']) {
    await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Squad' }).click()
    await roster.addAthlete({ name, bodyMass: '64', level: 'intermediate', weights: '0.25, 0.5, 1.5' })
    await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
    await app.getByRole('button', { name: 'Generate plan' }).click()
    const form = app.getByRole('dialog')
    await form.getByLabel('Athlete').selectOption({ label: name })
    await form.getByLabel('Plan name').fill(`${name.split(' ')[0]} base`)
    await form.getByLabel('Start date').fill(start)
    await form.getByLabel(/^Weeks/).fill('4')
    await form.getByRole('button', { name: 'Generate plan' }).click()
    await expect(app.getByRole('heading', { level: 1, name: new RegExp(`${name.split(' ')[0]} base`) })).toBeVisible()
  }
  // Tomás's plan (the page now open) gets a heavy session.
  await app.getByRole('table', { name: 'Plan by week' }).locator('.plan-chip.weighted').first().click()
  const edit = app.getByRole('dialog')
  await edit.getByLabel(/Weight per ankle/).fill('1.5')
  await edit.getByRole('button', { name: 'Save planned session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await app.getByRole('button', { name: 'Export plan packs…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export plan packs' })
  await dialog.getByRole('button', { name: 'Export 2 plan packs' }).click()
  const listed = dialog.getByRole('list', { name: 'Plans not cleared by the rules' })
  await expect(listed.locator('li')).toHaveCount(1)
  await expect(listed).toContainText(/Tomás Rivera, "Tomás base": \d+ cautions?, \d+ stops?/)
  await expect(dialog).toContainText('This plan has cautions or stops that the rules did not clear. Export anyway?')
  await app.screenshot({ path: 'test-results/screens/plan-bulk-confirm.png' })
  let downloads = 0
  app.on('download', () => downloads++)
  await dialog.getByRole('button', { name: 'Export anyway' }).click()
  const summary = dialog.getByRole('status')
  // Rendering two PDF packs is a long job: wait for its end as the coach would (no timing is asserted).
  await expect(summary).toContainText(
    '2 plan packs downloaded. 1 is marked "Not cleared by the rules": Tomás Rivera.',
    { timeout: 30_000 }
  )
  await expect(summary.locator('li', { hasText: 'Tomás Rivera' })).toContainText('marked: not cleared by the rules')
  await expect(summary.locator('li', { hasText: 'Ingrid Solberg' })).not.toContainText('marked')
  await app.screenshot({ path: 'test-results/screens/plan-bulk-summary.png' })
  await expect.poll(() => downloads).toBe(2)
})
