// The generate form starts from the athlete's own training: it reads the last 4 full weeks, proposes
// runs and minutes from them, and refuses more runs a week than days ticked.
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { test, expect, TODAY } from './fixtures'
import { RosterView } from './pages'

test('the form shows the last 4 weeks, proposes 3 runs and 140 min from them, and refuses 5 runs on 3 days', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Maya Okafor', bodyMass: '62', level: 'intermediate', weights: '0.5' })
  // The plan starts this Monday; its 4 full weeks before: Mon 45, Wed 45, Sat 50 min each week.
  const start = weekStartOf(TODAY, 1)
  const runs = [0, 1, 2, 3].flatMap((w) => [
    { date: addDays(start, -28 + 7 * w), durationMin: 45 },
    { date: addDays(start, -28 + 7 * w + 2), durationMin: 45 },
    { date: addDays(start, -28 + 7 * w + 5), durationMin: 50 }
  ])
  await app.evaluate(async (runs) => {
    const athletes = await window.api.listAthletes({})
    if (!athletes.ok) throw new Error(athletes.error.message)
    for (const r of runs) {
      const saved = await window.api.createSession({
        athleteId: athletes.value[0].id,
        type: 'easy',
        distanceKm: r.durationMin / 6,
        rpe: 3,
        ...r
      })
      if (!saved.ok) throw new Error(saved.error.message)
    }
  }, runs)

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await app.getByRole('button', { name: 'Generate plan' }).click()
  const form = app.getByRole('dialog')
  await form.getByLabel('Athlete').selectOption({ label: 'Maya Okafor' })
  await form.getByLabel('Start date').fill(start)
  await expect(form.getByTestId('gen-baseline')).toContainText('Last 4 weeks: 3 runs, 140 min a week')
  await expect(form.getByLabel('Runs per week')).toHaveValue('3')
  await expect(form.getByLabel('Minutes a week')).toHaveValue('140')
  await app.screenshot({ path: 'test-results/screens/plan-generate-baseline.png' })

  // Only Monday, Wednesday and Saturday ticked, and 5 runs asked for: refused, naming the field.
  for (const day of ['Tuesday', 'Thursday', 'Friday', 'Sunday'])
    await form.getByRole('checkbox', { name: day }).uncheck()
  await form.getByLabel('Runs per week').selectOption('5')
  await form.getByRole('button', { name: 'Generate plan' }).click()
  const runsField = form.locator('.field').filter({ has: app.getByLabel('Runs per week') })
  await expect(runsField.locator('.field-error')).toHaveText(
    'Runs per week (5) is more than the 3 days ticked: tick more days or plan fewer runs'
  )
  await expect(app.getByRole('dialog')).toBeVisible()

  // 3 runs on those 3 days is a plan.
  await form.getByLabel('Runs per week').selectOption('3')
  await form.getByLabel('Plan name').fill('Spring base')
  await form.getByRole('button', { name: 'Generate plan' }).click()
  await expect(app.getByRole('heading', { level: 1, name: /Spring base/ })).toBeVisible()
})

test('two athletes with the same name are told apart in the athlete pickers by level and body mass', async ({
  app,
  host
}) => {
  for (const [level, bodyMassKg] of [
    ['novice', 62],
    ['advanced', 80]
  ] as const) {
    expect(await host.current.backend.call('createAthlete', { name: 'Sam Lee', level, bodyMassKg })).toMatchObject({
      ok: true
    })
  }
  await app.reload()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await app.getByRole('button', { name: 'Generate plan' }).click()
  const options = app.getByRole('dialog').getByLabel('Athlete').locator('option')
  await expect(options).toHaveText(['Sam Lee (novice, 62 kg)', 'Sam Lee (advanced, 80 kg)'])
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await app.getByRole('button', { name: 'New empty plan' }).click()
  await expect(app.getByRole('dialog').getByLabel('Athlete').locator('option')).toHaveText([
    'Sam Lee (novice, 62 kg)',
    'Sam Lee (advanced, 80 kg)'
  ])
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  // The import's athlete picker too: a run must not go to the wrong Sam.
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import / Export' }).click()
  await expect(app.locator('#import-athlete option')).toHaveText([
    'Choose an athlete…',
    'Sam Lee (novice, 62 kg)',
    'Sam Lee (advanced, 80 kg)'
  ])
})
