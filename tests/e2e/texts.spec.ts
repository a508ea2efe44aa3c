// Texts from the rules and the plan generator carry tokens (kg, km, ISO days) that are written out in
// the coach's units where they are shown: no page, PDF or export may ever show a raw token, and a
// units switch rewrites the same warnings and notes (issue 15 item 3).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { formatDay } from '../../src/shared/text'
import { test, expect, TODAY } from './fixtures'

test.describe.configure({ timeout: 90_000 })

/** A token's brackets anywhere in the page: its text, titles and labels. */
const TOKEN = /[\u27e6\u27e7]/
const expectNoToken = async (page: Page, where: string) => {
  const html = await page.evaluate(() => document.documentElement.outerHTML)
  expect(
    TOKEN.exec(html)?.input.slice(Math.max(0, html.search(TOKEN) - 80), html.search(TOKEN) + 80) ?? null,
    where
  ).toBe(null)
}
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

test('no page, plan PDF or export shows a raw token, in kg/km and in lb/mi', async ({ app }) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  const names = ['Maya Okafor', 'Tomás Rivera', 'Ingrid Solberg', 'Jonah Becker', 'Priya Nair', 'Łukasz Nowak']
  await expect(app.getByRole('table', { name: 'Athletes' }).locator('tbody tr')).toHaveCount(names.length)

  // A plan with a goal race inside it: its notes name a distance and a day.
  const start = addDays(weekStartOf(TODAY, 1), 7)
  const race = addDays(start, 5 * 7 + 5)
  const planId = await app.evaluate(
    async ({ start, race }) => {
      const athletes = await window.api.listAthletes({})
      if (!athletes.ok) throw new Error(athletes.error.message)
      const r = await window.api.generatePlan({
        athleteId: athletes.value[0].id,
        name: 'Race block',
        startDate: start,
        weeks: 6,
        runsPerWeek: 3,
        availableDays: [1, 3, 6],
        goalDistance: '10k',
        goalRaceDate: race
      })
      if (!r.ok) throw new Error(r.error.message)
      return r.value.plan.id
    },
    { start, race }
  )

  for (const units of ['metric', 'imperial'] as const) {
    if (units === 'imperial') {
      await nav(app, 'Settings')
      await app.getByLabel('Weights in').selectOption('lb')
      await app.getByLabel('Distances in').selectOption('mi')
      await app.getByRole('button', { name: 'Save settings' }).click()
      await expect(app.getByText('Settings saved.')).toBeVisible()
      await expectNoToken(app, 'Settings')
    }
    await nav(app, 'Squad')
    await expect(app.getByRole('table', { name: 'Athletes' })).toBeVisible()
    await expectNoToken(app, `the squad (${units})`)
    for (const name of names) {
      await nav(app, 'Squad')
      await app.getByRole('link', { name }).first().click()
      await expect(app.getByRole('table', { name: 'Session log' })).toBeVisible()
      // Every warning of the athlete's history, each explained: its why names thresholds in the coach's units.
      await app.getByRole('group', { name: 'Warnings period' }).getByRole('button', { name: 'All' }).click()
      const whys = app.getByRole('button', { name: 'Why?' })
      while ((await whys.count()) > 0) await whys.first().click()
      await expectNoToken(app, `${name}'s page (${units})`)
      if (name === 'Tomás Rivera') await app.screenshot({ path: `test-results/screens/warnings-${units}.png` })
    }

    // The plan page: the generator's notes in the header, in the coach's units.
    await app.evaluate((id) => (window.location.hash = `#/plans/${id}`), planId)
    await expect(app.getByRole('heading', { level: 1 })).toContainText('Race block')
    const raceLine = new RegExp(
      `\\(${units === 'metric' ? '10 km' : '6\\.21 mi'}\\) is planned on ${formatDay(race)}\\.`.replace(/ /g, '\\s+')
    )
    await expect(app.locator('main')).toContainText(raceLine)
    await expectNoToken(app, `the plan page (${units})`)
    await nav(app, 'Plans')
    await expectNoToken(app, `the plans list (${units})`)

    // The files the coach hands out.
    // The race draws warnings the rules did not clear: the coach confirms what the app asked about.
    const files = await app.evaluate(async (planId) => {
      const asked = await window.api.exportPlanPdf({ planId })
      const counts = !asked.ok && /has (\d+) cautions? and (\d+) stops?/.exec(asked.error.message)
      const acknowledged = counts ? { cautions: Number(counts[1]), stops: Number(counts[2]) } : undefined
      const pdf = await window.api.exportPlanPdf({ planId, acknowledged })
      const ics = await window.api.exportPlanIcs({ planId, acknowledged })
      const csv = await window.api.exportSessionsCsv({})
      for (const r of [pdf, ics, csv]) if (!r.ok) throw new Error(r.error.message)
      if (!pdf.ok || !ics.ok || !csv.ok) throw new Error('unreachable')
      return { pdf: pdf.value.base64!, ics: atob(ics.value.base64!), csv: csv.value.csv }
    }, planId)
    const saved = test.info().outputPath(`plan-${units}.pdf`)
    writeFileSync(saved, Buffer.from(files.pdf, 'base64'))
    const text = execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' })
    expect(text).not.toMatch(TOKEN)
    expect(text.replace(/\s+/g, ' ')).toMatch(raceLine)
    expect(files.ics).not.toMatch(TOKEN)
    expect(files.csv).not.toMatch(TOKEN)
  }
})
