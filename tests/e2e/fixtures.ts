// Each test gets its own database file in its own output folder and its own browser host, and the
// same pinned "today": main's clock and the page's clock are fixed, so the suite passes on any day.
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { startHost, type RunningHost } from '../../src/host/server'
import { fixedClock } from '../../src/main/clock'
import { addDays } from '../../src/shared/calendar'
import { formatDay } from '../../src/shared/dayFormat'

/** The day every e2e test runs on, whatever the machine's clock says (a Wednesday). */
export const TODAY = '2026-11-25'
const [year, month, dayOfMonth] = TODAY.split('-').map(Number)
/** Local noon of TODAY: twelve hours from either midnight, so both processes agree on the day. */
export const FIXED_NOW = new Date(year, month - 1, dayOfMonth, 12, 0, 0)
/** TODAY moved by a number of days, as YYYY-MM-DD (day(-2) = two days ago). */
export const day = (offset: number): string => addDays(TODAY, offset)
/** The same day as the app writes it ("Mon 23 Nov 2026"; without the year when asked). */
export const dayText = (offset: number, withYear = true): string => formatDay(day(offset), withYear)

const clock = fixedClock(FIXED_NOW)

const rendererDir = path.resolve(__dirname, '../../out/renderer')

export interface HostFixture {
  current: RunningHost
  dbPath: string
  /** Stop the host and start a new one on the same database file (a "restart" of the app). */
  restart: () => Promise<RunningHost>
}

export const test = base.extend<{ host: HostFixture; app: Page }>({
  host: async ({}, use, testInfo) => {
    const dbPath = path.join(testInfo.outputPath('data'), 'ballast.sqlite')
    const fixture: HostFixture = {
      current: await startHost({ dbPath, rendererDir, clock }),
      dbPath,
      restart: async () => {
        await fixture.current.close()
        fixture.current = await startHost({ dbPath, rendererDir, clock })
        return fixture.current
      }
    }
    await use(fixture)
    await fixture.current.close()
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // The renderer's own "today" (form defaults, the plan grid's today) is the same fixed moment.
    await page.clock.setFixedTime(FIXED_NOW)
    await page.goto(host.current.url)
    await use(page)
    expect(errors, 'the page threw no uncaught errors').toEqual([])
  }
})

export { expect }
