// Page objects: the coach's actions in the coach's words.
import { expect, type Page } from '@playwright/test'

export class RosterView {
  constructor(readonly page: Page) {}

  async addAthlete(a: { name: string; bodyMass?: string; level?: string; weights?: string }) {
    await this.page.getByRole('button', { name: 'Add athlete' }).first().click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel('Name').fill(a.name)
    if (a.bodyMass) await dialog.getByLabel(/Body mass/).fill(a.bodyMass)
    if (a.level) await dialog.getByLabel('Level').selectOption(a.level)
    if (a.weights) await dialog.getByLabel(/Ankle weights owned/).fill(a.weights)
    await dialog.getByRole('button', { name: 'Add athlete' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: a.name })).toBeVisible()
  }

  rows() {
    return this.page.getByRole('table', { name: 'Athletes' }).locator('tbody tr')
  }
}

export class AthleteView {
  constructor(readonly page: Page) {}

  async openSessionForm() {
    await this.page
      .getByRole('button', { name: /Log (the first )?session/ })
      .first()
      .click()
    return this.page.getByRole('dialog')
  }

  log() {
    return this.page.getByRole('table', { name: 'Session log' }).locator('tbody tr')
  }
}

/** A 4-week plan for the first athlete, set up through the same API the pages use, then opened. */
export const openGeneratedPlan = async (page: Page, startDate: string, name = 'Spring block'): Promise<number> => {
  const planId = await page.evaluate(
    async ({ startDate, name }) => {
      const athletes = await window.api.listAthletes({})
      if (!athletes.ok) throw new Error(athletes.error.message)
      const r = await window.api.generatePlan({
        athleteId: athletes.value[0].id,
        name,
        startDate,
        weeks: 4,
        runsPerWeek: 3,
        availableDays: [1, 3, 6]
      })
      if (!r.ok) throw new Error(r.error.message)
      return r.value.plan.id
    },
    { startDate, name }
  )
  await page.goto(page.url().replace(/#.*$/, `#/plans/${planId}`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
  return planId
}
