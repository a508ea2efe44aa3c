// Each test gets its own database file in its own output folder and its own browser host.
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { startHost, type RunningHost } from '../../scripts/host'

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
      current: await startHost({ dbPath, rendererDir }),
      dbPath,
      restart: async () => {
        await fixture.current.close()
        fixture.current = await startHost({ dbPath, rendererDir })
        return fixture.current
      }
    }
    await use(fixture)
    await fixture.current.close()
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(host.current.url)
    await use(page)
    expect(errors, 'the page threw no uncaught errors').toEqual([])
  }
})

export { expect }
