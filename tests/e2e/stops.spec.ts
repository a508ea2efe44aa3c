// Stops that cannot end by accident, and that end visibly: the Ingrid story from the safety issue,
// and an import of old runs that names the stops it brings before the coach confirms.
import { test, expect, day, dayText } from './fixtures'
import { AthleteView, RosterView } from './pages'

const shots = 'test-results/screens'

const logEasyRun = async (app: import('@playwright/test').Page, date: string, pain?: string) => {
  const form = await new AthleteView(app).openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(date)
  await form.getByLabel('Type').selectOption('easy')
  await form.getByLabel('Duration (min)').fill('30')
  if (pain !== undefined) await form.getByLabel('Pain during (0-10)').selectOption(pain)
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
}

test("a run saved without pain leaves Ingrid's pain stop in force; two pain-free runs end it and the page and squad say so", async ({
  app
}) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const roster = new RosterView(app)
  await expect(roster.rows().filter({ hasText: 'Ingrid Solberg' }).locator('.badge')).toContainText('Stop')
  await app.getByRole('link', { name: 'Ingrid Solberg' }).click()
  const panel = app.getByRole('region', { name: 'Warnings' })
  const pn1 = panel.locator('.stop-line[data-rule="PN1"]')
  await expect(pn1).toContainText(`stop from the session of ${dayText(-2)} is in force`)
  await expect(pn1).toContainText('No weighted or hard sessions')

  // Pain not touched: not logged, so not settled. The stop stays, here and on the squad.
  await logEasyRun(app, day(-1))
  await expect(pn1).toBeVisible()
  await expect(panel.getByRole('list', { name: 'Stops that ended' })).toHaveCount(0)

  // Two runs with pain logged at 0 settle it.
  await logEasyRun(app, day(-1), '0')
  await expect(pn1).toBeVisible()
  await logEasyRun(app, day(0), '0')
  await expect(panel.locator('.stop-line')).toHaveCount(0)
  const ended = panel.getByRole('list', { name: 'Stops that ended' }).locator('li[data-rule="PN1"]')
  await expect(ended).toContainText(
    `ended on ${dayText(0)}, because two settled sessions in a row (${dayText(-1, false)} and ${dayText(0, false)})`
  )
  await app.screenshot({ path: `${shots}/stop-ended.png`, fullPage: false })

  await app.getByRole('link', { name: 'Squad' }).first().click()
  const row = roster.rows().filter({ hasText: 'Ingrid Solberg' })
  await expect(row.locator('.badge')).not.toContainText('Stop')
  await expect(row.locator('.ended-note')).toContainText(`PN1`)
  await expect(row.locator('.ended-note')).toContainText(`stop ended ${dayText(0, false)}`)
})

test('an import of three-week-old runs names the stops it will put in force, and they can be cleared together after review', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Eve Ng', bodyMass: '60', level: 'intermediate', weights: '0.5' })
  await app.getByRole('link', { name: 'Import / Export' }).click()
  await app.getByLabel('Athlete').selectOption({ label: 'Eve Ng' })
  const header =
    'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id'
  const lines = [
    `Eve Ng,${day(-22)},07:00,easy,40,7,0.5,35,4,0,,,0,,import,h1`,
    `Eve Ng,${day(-21)},07:00,easy,40,7,0,0,4,,,,0,,import,h2`,
    `Eve Ng,${day(-18)},07:00,easy,45,8,0,0,4,7,,,0,,import,h3`
  ]
  await app.getByLabel('Files', { exact: true }).setInputFiles({
    name: 'history.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...lines].join('\n') + '\n')
  })
  const impact = app.getByTestId('import-impact')
  await expect(impact).toContainText(
    `This import creates 2 stops in force: AW4 on ${dayText(-22, false)}, PN1 on ${dayText(-18, false)} — review them after importing.`
  )
  await app.screenshot({ path: `${shots}/import-impact.png`, fullPage: true })
  await app.getByRole('button', { name: /Import 3 sessions/ }).click()
  await expect(impact).toContainText('This import created 2 stops in force')

  await app.getByRole('link', { name: "Open Eve Ng's log" }).click()
  const group = app.getByRole('group', { name: 'Stops from imported history' })
  await expect(group).toContainText('From imported history (2)')
  await group.getByRole('button', { name: 'Clear all 2 after review…' }).click()
  const dialog = app.getByRole('dialog')
  await dialog.getByLabel('Cleared by').fill('Coach Kim')
  await dialog.getByLabel('Reason').fill('Reviewed the imported history with Eve: no pain now')
  await dialog.getByRole('button', { name: 'Clear 2 stops' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  const panel = app.getByRole('region', { name: 'Warnings' })
  await expect(panel.locator('.stop-line')).toHaveCount(0)
  const ended = panel.getByRole('list', { name: 'Stops that ended' })
  await expect(ended.locator('li')).toHaveCount(2)
  await expect(ended).toContainText('because cleared by Coach Kim: Reviewed the imported history with Eve: no pain now')
})
