// The athlete view's charts: what they draw must match what the coach logged, in the coach's units.
import type { Locator, Page } from '@playwright/test'
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { test, expect, TODAY } from './fixtures'
import { AthleteView, RosterView } from './pages'

interface Logged {
  daysAgo: number
  type: 'Easy run' | 'Hill sprints' | 'Long run'
  minutes: number
  km: number
  weight?: string
  weightedMin?: string
  rpe: string
  pain?: string
  painNextMorning?: string
}

const logSession = async (page: Page, s: Logged, today: string) => {
  const form = await new AthleteView(page).openSessionForm()
  await form.getByLabel('Date', { exact: true }).fill(addDays(today, -s.daysAgo))
  await form.getByLabel('Type').selectOption({ label: s.type })
  await form.getByLabel('Duration (min)').fill(String(s.minutes))
  await form.getByLabel(/Distance/).fill(String(s.km))
  await form.getByLabel('RPE (1-10)').selectOption(s.rpe)
  if (s.weight) {
    await form.getByLabel(/Weight per ankle/).fill(s.weight)
    await form.getByLabel('Minutes with weights on').fill(s.weightedMin ?? '0')
  }
  if (s.pain) await form.getByLabel('Pain during (0-10)').selectOption(s.pain)
  if (s.painNextMorning) await form.getByLabel('Pain next morning').selectOption(s.painNextMorning)
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

const chart = (page: Page, name: string): Locator => page.locator(`[data-chart="${name}"]`)
const tooltip = (c: Locator) => c.locator('.recharts-tooltip-wrapper')
const distinct = <T>(xs: T[]) => new Set(xs).size

/** Rows of a chart's data table as text cells (the toggle swaps the chart for the table and back). */
const tableRows = async (c: Locator): Promise<string[][]> => {
  await c.getByRole('button', { name: 'Show data table' }).click()
  const rows = c.getByRole('table').locator('tbody tr')
  const out: string[][] = []
  for (let i = 0; i < (await rows.count()); i++)
    out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()))
  await c.getByRole('button', { name: 'Show chart' }).click()
  return out
}

test('charts draw what was logged for an athlete: bars, points, tooltips, tables, and lb after switching units', async ({
  app
}) => {
  const today = TODAY
  await new RosterView(app).addAthlete({ name: 'Oskar Berg', bodyMass: '70', level: 'intermediate', weights: '0.5, 1' })

  // Before any session every chart says so in words instead of drawing an empty axis.
  await expect(chart(app, 'weights')).toContainText('No weighted sessions in the last 12 weeks.')
  await expect(chart(app, 'frequency')).toContainText('No runs logged in the last 12 weeks.')
  await expect(chart(app, 'pain')).toContainText('No pain scores logged in the last 12 weeks.')
  await expect(app.locator('[data-chart] svg.recharts-surface')).toHaveCount(0)

  const sessions: Logged[] = [
    { daysAgo: 16, type: 'Easy run', minutes: 40, km: 8, weight: '0.5', weightedMin: '10', rpe: '4' },
    { daysAgo: 9, type: 'Hill sprints', minutes: 30, km: 5, rpe: '7', pain: '3', painNextMorning: '1' },
    { daysAgo: 3, type: 'Easy run', minutes: 45, km: 9, weight: '1', weightedMin: '15', rpe: '4' },
    { daysAgo: 1, type: 'Long run', minutes: 60, km: 12, rpe: '5', painNextMorning: '2' }
  ]
  for (const s of sessions) await logSession(app, s, today)
  await expect(new AthleteView(app).log()).toHaveCount(4)

  // Expected marks, derived from the sessions above and Monday week starts (the default).
  const week = (s: Logged) => weekStartOf(addDays(today, -s.daysAgo), 1)
  const weighted = sessions.filter((s) => s.weight)
  const unweighted = sessions.filter((s) => !s.weight)
  const freq = chart(app, 'frequency')
  await expect(freq.locator('.series-weighted .recharts-bar-rectangle')).toHaveCount(distinct(weighted.map(week)))
  await expect(freq.locator('.series-unweighted .recharts-bar-rectangle')).toHaveCount(distinct(unweighted.map(week)))
  await expect(freq.locator('.series-hill .recharts-bar-rectangle')).toHaveCount(1)
  await expect(freq.locator('.series-intervals .recharts-bar-rectangle')).toHaveCount(0)
  await expect(freq).toContainText('Weighted limit 2 a week')

  const weights = chart(app, 'weights')
  await expect(weights.locator('.weight-dot')).toHaveCount(2)
  await expect(weights.locator('svg.recharts-surface')).toContainText('kg per ankle')
  const kgTicks = await weights
    .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents()
  expect(kgTicks).toEqual(['0', '0.5', '1', '1.5', '2', '2.5'])
  await expect(chart(app, 'time-under-load').locator('.series-minutes .recharts-bar-rectangle')).toHaveCount(
    distinct(weighted.map(week))
  )
  await expect(chart(app, 'load').locator('.series-load .recharts-bar-rectangle')).toHaveCount(
    distinct(sessions.map((s) => s.daysAgo))
  )
  // 16 days of history: the ratio is not drawn yet, and the chart says from when it will be.
  await expect(chart(app, 'load')).toContainText(`ACWR appears from`)
  await expect(chart(app, 'load').getByTestId('acwr-caveat')).toBeVisible()
  // A dot per pain score the coach logged; sessions saved without one are not logged, not 0.
  await expect(chart(app, 'pain').locator('.pain-during')).toHaveCount(sessions.filter((s) => s.pain).length)
  await expect(chart(app, 'pain').locator('.pain-morning')).toHaveCount(
    sessions.filter((s) => s.painNextMorning).length
  )
  const distance = chart(app, 'distance')
  await expect(distance.locator('.series-distance .recharts-bar-rectangle')).toHaveCount(distinct(sessions.map(week)))

  // Tooltips give the hovered session's numbers: 1 kg per ankle on 70 kg = 2 x 1 / 70 = 2.86% of body mass.
  await weights.locator('.weight-dot').nth(1).hover()
  await expect(tooltip(weights)).toContainText('1 kg')
  await expect(tooltip(weights)).toContainText('2.86%')
  await expect(tooltip(weights)).toContainText('15 min')
  const weeks = [...new Set(sessions.map(week))].sort()
  const lastWeekKm = sessions.filter((s) => week(s) === weeks.at(-1)).reduce((t, s) => t + s.km, 0)
  await distance.locator('.series-distance .recharts-bar-rectangle').last().hover()
  await expect(tooltip(distance)).toContainText(`${lastWeekKm} km`)

  // The data tables hold the same numbers as the marks.
  const freqRows = await tableRows(freq)
  expect(freqRows).toHaveLength(12)
  expect(freqRows.reduce((t, r) => t + Number(r[1]), 0)).toBe(weighted.length)
  expect(freqRows.reduce((t, r) => t + Number(r[2]), 0)).toBe(unweighted.length)
  expect(freqRows.reduce((t, r) => t + Number(r[3]), 0)).toBe(1)
  const weightRows = await tableRows(weights)
  expect(weightRows.map((r) => r.slice(1, 4))).toEqual([
    ['0.5', '1.43%', '10'],
    ['1', '2.86%', '15']
  ])

  // Switch the coach's unit to lb: axis label, tooltip and table follow (0.5 kg = 1.1 lb, 1 kg = 2.2 lb).
  await app.getByRole('link', { name: 'Settings' }).click()
  await app.getByLabel('Weights in').selectOption('lb')
  await app.getByRole('button', { name: 'Save settings' }).click()
  await expect(app.getByText('Settings saved.')).toBeVisible()
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await app.getByRole('link', { name: 'Oskar Berg' }).click()
  await expect(weights.locator('.weight-dot')).toHaveCount(2)
  await expect(weights.locator('svg.recharts-surface')).toContainText('lb per ankle')
  await expect(weights).not.toContainText('kg per ankle')
  // The axis is rescaled in lb (the 2.3 kg stop line is 5.1 lb), not relabelled kg numbers.
  await expect(weights.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveText([
    '0',
    '2',
    '4',
    '6'
  ])
  await weights.locator('.weight-dot').nth(1).hover()
  await expect(tooltip(weights)).toContainText('2.2 lb')
  expect((await tableRows(weights)).map((r) => r[1])).toEqual(['1.1', '2.2'])
  await expect(chart(app, 'time-under-load')).toContainText('lb·min')
})

test('the range selector fetches once per change and changes the number of weekly bars', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await app.getByRole('link', { name: 'Maya Okafor' }).click()
  const calls: string[] = []
  app.on('request', (r) => {
    if (r.url().includes('/api/getAthleteDashboard')) calls.push(r.postData() ?? '')
  })
  const distance = chart(app, 'distance')
  const bars = distance.locator('.series-distance .recharts-bar-rectangle')
  await expect(
    app.getByRole('group', { name: 'Chart range' }).getByRole('button', { name: '12 weeks' })
  ).toHaveAttribute('aria-pressed', 'true')

  // A week with distance draws one bar; Maya runs every week, so the range decides the count.
  const at12 = await tableRows(distance)
  expect(at12).toHaveLength(12)
  await expect(bars).toHaveCount(at12.filter((r) => Number(r[1]) > 0).length)
  expect(at12.filter((r) => Number(r[1]) > 0).length).toBeGreaterThan(8)
  calls.length = 0

  await app.getByRole('button', { name: '4 weeks' }).click()
  await expect(chart(app, 'frequency').locator('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(4)
  const at4 = await tableRows(distance)
  expect(at4).toHaveLength(4)
  expect(at4).toEqual(at12.slice(-4))
  await expect(bars).toHaveCount(at4.filter((r) => Number(r[1]) > 0).length)
  expect(calls).toHaveLength(1)
  expect(JSON.parse(calls[0])).toMatchObject({ range: '4' })

  // 52 weeks: every week is in the table but the axis labels stay readable (no more than 8).
  await app.getByRole('button', { name: '52 weeks' }).click()
  await expect(chart(app, 'frequency').locator('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(8)
  expect(await tableRows(chart(app, 'frequency'))).toHaveLength(52)
  expect(calls).toHaveLength(2)
})

test('demo athlete with weights: weight chart in lb, ACWR caveat, limit line and honest legends', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await app.getByRole('link', { name: 'Maya Okafor' }).click()
  const weights = chart(app, 'weights')
  const rows = await tableRows(weights)
  expect(rows.length).toBeGreaterThan(0)
  // Maya wears 0.5 kg a side: every weighted session shows 0.5 kg, and as many marks as rows.
  expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['0.5']))
  await expect(weights.locator('.weight-dot')).toHaveCount(rows.length)
  // The caution band and AW2 lines are labelled in the key, in the coach's unit.
  await expect(weights).toContainText('AW2 caution over 1.4 kg')
  await expect(weights).toContainText('AW2 stop over 2.3 kg')
  // Severity marks come with words: every severity drawn appears in the key.
  for (const sev of await weights
    .locator('.weight-dot')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-severity')))])) {
    await expect(weights.locator('.chart-legend')).toContainText(
      sev === 'none' ? 'Session without warning' : `Worst warning: ${sev === 'info' ? 'note' : sev}`
    )
  }

  const load = chart(app, 'load')
  await expect(load.getByTestId('acwr-caveat')).toBeVisible()
  for (const source of ['Gabbett 2016', '0.8–1.3', 'Lolli 2019', 'Impellizzeri 2020', 'Frandsen 2025'])
    await expect(load.getByTestId('acwr-caveat')).toContainText(source)
  await expect(chart(app, 'frequency').locator('svg.recharts-surface')).toContainText('limit 2')

  await app.getByRole('link', { name: 'Settings' }).click()
  await app.getByLabel('Weights in').selectOption('lb')
  await app.getByRole('button', { name: 'Save settings' }).click()
  await expect(app.getByText('Settings saved.')).toBeVisible()
  await app.getByRole('link', { name: 'Squad' }).first().click()
  await app.getByRole('link', { name: 'Maya Okafor' }).click()
  await expect(weights.locator('svg.recharts-surface')).toContainText('lb per ankle')
  await expect(weights).toContainText('AW2 caution over 3.1 lb')
  await weights.locator('.weight-dot').last().hover()
  await expect(tooltip(weights)).toContainText('1.1 lb')
  expect(new Set((await tableRows(weights)).map((r) => r[1]))).toEqual(new Set(['1.1']))
})
