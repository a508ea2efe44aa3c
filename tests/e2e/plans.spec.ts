import fs from 'node:fs'
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { test, expect, TODAY } from './fixtures'
import { AthleteView, RosterView } from './pages'

test('a coach generates a plan, edits a session, publishes, exports the PDF and sees compliance change after logging a planned run', async ({
  app
}) => {
  test.setTimeout(90_000)
  await new RosterView(app).addAthlete({
    name: 'Zoë Ødegaard',
    bodyMass: '64',
    level: 'intermediate',
    weights: '0.25, 0.5, 0.75'
  })

  // The plan starts the week before this one, so its first week is already due.
  const start = addDays(weekStartOf(TODAY, 1), -7)
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await expect(app.getByRole('heading', { name: 'No plans yet' })).toBeVisible()
  await app.screenshot({ path: 'test-results/screens/plans-empty.png' })
  await app.getByRole('button', { name: 'Generate plan' }).click()
  const form = app.getByRole('dialog')
  await form.getByLabel('Athlete').selectOption({ label: 'Zoë Ødegaard' })
  await form.getByLabel('Plan name').fill('Winter base')
  await form.getByLabel('Start date').fill(start)
  await form.getByLabel(/^Weeks/).fill('3')
  await form.getByRole('button', { name: 'Generate plan' }).click()
  // Out of range: the message sits under the field and nothing is generated.
  await expect(form.locator('#gen-weeks-error')).toHaveText('Generate between 4 and 16 weeks')
  await form.getByLabel(/^Weeks/).fill('8')
  await app.screenshot({ path: 'test-results/screens/plan-generate-form.png' })
  await form.getByRole('button', { name: 'Generate plan' }).click()

  await expect(app.getByRole('heading', { level: 1, name: /Winter base/ })).toBeVisible()
  await expect(app.locator('.plan-status')).toHaveText('Draft')
  const grid = app.getByRole('table', { name: 'Plan by week' })
  await expect(grid.locator('tbody tr')).toHaveCount(8)
  await expect(
    app.getByRole('figure', { name: 'Weight ladder' }).locator('.recharts-line-dots circle').first()
  ).toBeVisible()
  await expect(app.getByRole('table', { name: 'Forecast by week' }).locator('tbody tr')).toHaveCount(8)
  await app.screenshot({ path: 'test-results/screens/plan-generated.png', fullPage: true })

  // Edit the first planned session of week 1: a shorter run. (The first weighted run comes later:
  // with no history the plan starts gently, so the editor is first looked at on that one.)
  const week1 = grid.locator('tbody tr[data-week="1"]')
  await grid.locator('.plan-chip.weighted').first().click()
  await app.screenshot({ path: 'test-results/screens/plan-session-edit.png' })
  await app.keyboard.press('Escape')
  await week1.locator('.plan-chip').first().click()
  const edit = app.getByRole('dialog')
  await edit.getByLabel('Duration (min)').fill('33')
  await edit.getByRole('button', { name: 'Save planned session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(week1.locator('.plan-chip').first()).toContainText('33 min')

  await app.getByRole('button', { name: 'Publish' }).click()
  await expect(app.locator('.plan-status')).toHaveText('Published')

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export PDF' }).click()
  ])
  expect(download.suggestedFilename()).toBe(`Zoë Ødegaard - Winter base - ${start}.pdf`)
  const saved = test.info().outputPath('pack.pdf')
  await download.saveAs(saved)
  expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
  await expect(app.getByRole('status')).toContainText('Downloaded')

  const [ics] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export calendar (.ics)' }).click()
  ])
  expect(ics.suggestedFilename()).toMatch(/\.ics$/)

  // Plan vs done on the athlete page: nothing logged yet.
  const easyDay = week1.locator('td.plan-day:has(.plan-chip.type-easy)').first()
  const firstDate = (await easyDay.getAttribute('data-date'))!
  await app.getByRole('link', { name: 'Zoë Ødegaard' }).first().click()
  const compliance = app.getByRole('region', { name: 'Plan vs done' })
  await expect(compliance.getByTestId('plan-compliance-total')).toContainText(/^0 of \d+ due sessions done \(0%\)/)
  const due = Number(/of (\d+) due/.exec((await compliance.getByTestId('plan-compliance-total').textContent())!)![1])

  // Log the planned run (same day, same type family).
  const session = await new AthleteView(app).openSessionForm()
  await session.getByLabel('Date', { exact: true }).fill(firstDate)
  await session.getByLabel('Type').selectOption('easy')
  await session.getByLabel('Duration (min)').fill('33')
  await session.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(compliance.getByTestId('plan-compliance-total')).toContainText(
    `1 of ${due} due sessions done (${Math.round(100 / due)}%)`
  )
  await compliance.scrollIntoViewIfNeeded()
  await app.screenshot({ path: 'test-results/screens/athlete-plan-compliance.png', fullPage: true })

  // And the plan marks that session done.
  await compliance.getByRole('link', { name: 'Winter base' }).click()
  await expect(
    app.getByRole('table', { name: 'Plan by week' }).locator('tbody tr[data-week="1"] .plan-chip.status-done')
  ).toHaveCount(1)
  await expect(app.getByLabel('Week 1 compliance')).toContainText('1 of')
})

test('a coach copies a week, saves a template, applies it to another athlete and bulk-exports both plan packs', async ({
  app
}) => {
  test.setTimeout(120_000)
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await expect(new RosterView(app).rows()).toHaveCount(6)
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await app.getByRole('button', { name: 'Generate plan' }).click()
  const form = app.getByRole('dialog')
  const first = (await form.getByLabel('Athlete').locator('option').first().textContent())!
  await form.getByLabel(/^Weeks/).fill('6')
  await form.getByRole('button', { name: 'Generate plan' }).click()
  await expect(app.getByRole('heading', { level: 1, name: /Base block/ })).toBeVisible()
  await expect(app.getByRole('note', { name: 'How the plan was generated' })).toBeVisible()

  const grid = app.getByRole('table', { name: 'Plan by week' })
  const week2 = grid.locator('tbody tr[data-week="2"] .plan-chip')
  const before = await week2.count()
  const week1Count = await grid.locator('tbody tr[data-week="1"] .plan-chip').count()
  await app.getByRole('button', { name: 'Copy week 1' }).click()
  await app.getByRole('dialog').getByLabel('Copy its sessions into week').selectOption('2')
  await expect(app.getByRole('dialog').getByLabel('Replace it with the copies')).toBeChecked()
  await app.getByRole('dialog').getByLabel('Keep it and add the copies (days may get two runs)').check()
  await app.getByRole('dialog').getByRole('button', { name: 'Copy week' }).click()
  await expect(week2).toHaveCount(before + week1Count)
  await expect(app.getByRole('status')).toContainText(
    `Copied week 1 into week 2, next to its ${before} session${before === 1 ? '' : 's'}.`
  )
  // The same days now hold two runs each, and the grid says so on each of them.
  await expect(grid.locator('tbody tr[data-week="2"] .plan-day-double').first()).toContainText('2 runs this day')

  await app.getByRole('button', { name: 'Edit details' }).click()
  await app.getByRole('dialog').getByLabel('Goal (optional)').fill('Autumn 10K')
  await app.getByRole('dialog').getByRole('button', { name: 'Save details' }).click()
  await expect(app.getByText('Goal: Autumn 10K')).toBeVisible()

  await app.getByRole('button', { name: 'Save as template' }).click()
  await app.getByRole('dialog').getByLabel('Template name').fill('Demo base')
  await app.getByRole('dialog').getByRole('button', { name: 'Save template' }).click()
  await expect(app.getByRole('status')).toContainText('Saved the template "Demo base"')

  await app.getByRole('link', { name: 'Plans' }).first().click()
  await app.getByRole('button', { name: 'Apply template Demo base' }).click()
  const apply = app.getByRole('dialog')
  await apply.getByLabel('Athlete').selectOption({ label: 'Łukasz Nowak' })
  await apply.getByLabel('Plan name').fill('Base for Łukasz')
  await apply.getByRole('button', { name: 'Apply template' }).click()
  await expect(app.getByRole('heading', { level: 1, name: /Base for Łukasz/ })).toBeVisible()
  await expect(app.locator('.facts').getByRole('link', { name: 'Łukasz Nowak' })).toBeVisible()

  await app.getByRole('link', { name: 'Plans' }).first().click()
  await expect(app.getByRole('table', { name: 'Plans' }).locator('tbody tr')).toHaveCount(2)
  await app.screenshot({ path: 'test-results/screens/plans-list.png', fullPage: true })
  const names: string[] = []
  app.on('download', (d) => names.push(d.suggestedFilename()))
  await app.getByRole('button', { name: 'Export plan packs…' }).click()
  const bulk = app.getByRole('dialog')
  await expect(bulk.getByRole('checkbox', { checked: true })).toHaveCount(2)
  await bulk.getByRole('button', { name: 'Export 2 plan packs' }).click()
  // Week 1 copied on top of week 2 breaks the plan's ramp: both plans now carry cautions, so the coach
  // is asked first and the packs go out marked.
  await expect(bulk).toContainText('These 2 plans have cautions or stops that the rules did not clear. Export anyway?')
  await expect(bulk.getByRole('list', { name: 'Plans not cleared by the rules' }).locator('li')).toHaveCount(2)
  await bulk.getByRole('button', { name: 'Export anyway' }).click()
  // Rendering two PDF packs is a long job: wait for its end as the coach would (no timing is asserted).
  await expect(bulk.getByRole('status')).toContainText('2 plan packs downloaded', { timeout: 30_000 })
  await expect(bulk.locator('progress')).toHaveAttribute('value', '2')
  await app.screenshot({ path: 'test-results/screens/plans-bulk-export.png' })
  await expect.poll(() => names.length).toBe(2)
  expect(names.filter((n) => n.startsWith(`${first} - Base block - `) && n.endsWith('.pdf'))).toHaveLength(1)
  expect(names.filter((n) => /^Łukasz Nowak - Base for Łukasz - \d{4}-\d{2}-\d{2}\.pdf$/.test(n))).toHaveLength(1)
})

test('a hand-built plan in pounds and a Sunday week: a too-heavy session is flagged and the plan is not published', async ({
  app
}) => {
  test.setTimeout(90_000)
  await app.getByRole('link', { name: 'Settings' }).click()
  await app.getByLabel('Weights in').selectOption('lb')
  await app.getByLabel('Weeks start on').selectOption({ label: 'Sunday' })
  await app.getByRole('button', { name: 'Save settings' }).click()
  await expect(app.getByText('Settings saved.')).toBeVisible()
  await app.getByRole('link', { name: 'Squad' }).click()
  await new RosterView(app).addAthlete({ name: 'Ana Lu', bodyMass: '132', level: 'novice', weights: '1.1, 2.2' }) // lb: 59.9 kg; 0.5 and 1 kg

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await app.getByRole('button', { name: 'New empty plan' }).click()
  await app.getByRole('dialog').getByLabel('Start date').fill('2027-01-03') // a Sunday
  await app.getByRole('dialog').getByRole('button', { name: 'Create plan' }).click()
  const grid = app.getByRole('table', { name: 'Plan by week' })
  await expect(grid.locator('thead th').nth(1)).toHaveText('Sun')
  await expect(grid.locator('tbody tr')).toHaveCount(4)

  // Keyboard only: focus the day's add button and press Enter.
  await app.getByRole('button', { name: 'Add a session on Tue 5 Jan 2027' }).focus()
  await app.keyboard.press('Enter')
  const form = app.getByRole('dialog')
  await expect(form.getByLabel('Weight per ankle (lb, 0 = none)')).toBeVisible()
  // The target effort follows the type until the coach picks one: a hill sprint is RPE 8, not an easy 3.
  await expect(form.getByLabel('Target RPE (1-10)')).toHaveValue('3')
  await form.getByLabel('Type').selectOption({ label: 'Hill sprints' })
  await expect(form.getByLabel('Target RPE (1-10)')).toHaveValue('8')
  await form.getByLabel('Target RPE (1-10)').selectOption('9')
  await form.getByLabel('Type').selectOption({ label: 'Easy run' })
  await expect(form.getByLabel('Target RPE (1-10)')).toHaveValue('9')
  await form.getByLabel('Target RPE (1-10)').selectOption('3')
  await form.getByLabel('Duration (min)').fill('30')
  await form.getByLabel('Weight per ankle (lb, 0 = none)').fill('2.2')
  await form.getByLabel('Minutes with weights on').fill('10')
  await form.getByRole('button', { name: 'Save planned session' }).click()
  const chip = grid.locator('td[data-date="2027-01-05"] .plan-chip')
  await expect(chip).toContainText('2.2 lb × 10')
  // A novice's first weighted run at 1 kg per ankle (3.34% of 59.9 kg, no base yet) draws cautions: marked, and publishing is refused.
  await expect(chip).toHaveClass(/sev-(caution|stop)/)
  await app.getByRole('button', { name: 'Publish' }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'Not published' })).toBeVisible()
  await expect(app.locator('.plan-status')).toHaveText('Draft')
  await app.screenshot({ path: 'test-results/screens/plan-flagged.png', fullPage: true })

  // The unweighted run the warning suggests: the mark goes and the plan publishes.
  await chip.click()
  await app.getByRole('dialog').getByLabel('Weight per ankle (lb, 0 = none)').fill('0')
  await app.getByRole('dialog').getByLabel('Minutes with weights on').fill('0')
  await app.getByRole('dialog').getByRole('button', { name: 'Save planned session' }).click()
  await expect(chip).not.toHaveClass(/sev-/)
  // Its cause fixed, the "Not published" message goes with it.
  await expect(app.getByRole('alert').filter({ hasText: 'Not published' })).toHaveCount(0)
  await app.getByRole('button', { name: 'Publish' }).click()
  await expect(app.locator('.plan-status')).toHaveText('Published')
})

test('a planned session can be dragged to another day of the plan', async ({ app, host }) => {
  await new RosterView(app).addAthlete({ name: 'Dora Voss', bodyMass: '60', level: 'intermediate', weights: '0.5' })
  const planId = await app.evaluate(async () => {
    const athletes = await window.api.listAthletes({})
    if (!athletes.ok) throw new Error(athletes.error.message)
    const r = await window.api.createPlan({
      athleteId: athletes.value[0].id,
      name: 'Hand built',
      startDate: '2027-01-04',
      weeks: 4
    })
    if (!r.ok) throw new Error(r.error.message)
    const s = await window.api.savePlannedSession({
      planId: r.value.plan.id,
      date: '2027-01-05',
      type: 'easy',
      durationMin: 40
    })
    if (!s.ok) throw new Error(s.error.message)
    return r.value.plan.id
  })
  await app.goto(app.url().replace(/#.*$/, `#/plans/${planId}`))
  const chip = app.locator('td.plan-day[data-date="2027-01-05"] .plan-chip')
  await expect(chip).toHaveCount(1)
  await chip.dragTo(app.locator('td.plan-day[data-date="2027-01-07"]'))
  await expect(app.locator('td.plan-day[data-date="2027-01-07"] .plan-chip')).toHaveCount(1)
  await expect(app.locator('td.plan-day[data-date="2027-01-05"] .plan-chip')).toHaveCount(0)
  await expect(app.getByRole('status')).toContainText('Moved the easy run to Thu 7 Jan 2027.')
  const rows = host.current.db.prepare('SELECT date FROM planned_sessions WHERE plan_id = ?').all(planId)
  expect(rows).toEqual([{ date: '2027-01-07' }])
})
