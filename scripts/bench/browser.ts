// Rendered views in Chromium through the browser host (the app as the e2e suite drives it), on the
// bench database: in-app navigation to the squad view until its rows are on screen, and to the
// busiest athlete until the first chart and the session log are drawn. Needs `npm run build` and a
// Chromium (/usr/bin/chromium, or Playwright's own); without them the figures say "not measured".
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startHost } from '../../src/host/server'
import { fixedClock } from '../../src/main/clock'
import type { Figure } from './figures'
import { summarise } from './measure'

const rendererDir = path.resolve(__dirname, '..', '..', 'out', 'renderer')

export async function browserFigures(
  dbFile: string,
  today: string,
  runs: number,
  log: (l: string) => void
): Promise<Figure[]> {
  const squadName = 'squad view rendered in Chromium after navigation (rows on screen)'
  const athleteName = 'athlete view rendered in Chromium after navigation (first chart and session log on screen)'
  const notMeasured = (why: string): Figure[] => {
    log(`browser figures not measured: ${why}`)
    return [
      { name: squadName, target: 300, unit: 'ms', timing: null, floor: null, note: why },
      { name: athleteName, target: 300, unit: 'ms', timing: null, floor: null, note: why }
    ]
  }
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) return notMeasured('no build (run npm run build first)')
  let chromium: typeof import('@playwright/test').chromium
  try {
    chromium = (await import('@playwright/test')).chromium
  } catch (e) {
    return notMeasured(`Playwright is not available (${(e as Error).message})`)
  }
  const [y, m, d] = today.split('-').map(Number)
  const now = new Date(y, m - 1, d, 12, 0, 0)
  const host = await startHost({ dbPath: dbFile, rendererDir, clock: fixedClock(now) })
  const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined
  const pageErrors: string[] = []
  let page: Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newPage']>> | undefined
  try {
    browser = await chromium.launch({ executablePath })
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.clock.setFixedTime(now)
    await page.goto(host.url)
    const rows = page.locator('table[aria-label="Athletes"] tbody tr:not([data-spacer])')
    // The first squad view of the day evaluates every athlete: allow it time on a busy machine.
    await rows.first().waitFor({ timeout: 300_000 })
    const busiest = host.db
      .prepare<[], { id: number; name: string }>(
        "SELECT a.id, a.name FROM athletes a JOIN sessions s ON s.athlete_id = a.id WHERE a.archived_at IS NULL AND a.name NOT LIKE 'Import %' GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
      )
      .get()!
    const squad: number[] = []
    const athlete: number[] = []
    // One visit of each first (its evaluation is then kept for the day), then the timed runs.
    for (let i = 0; i < runs + 1; i++) {
      // Squad -> athlete: click the name, wait for the first chart and the log's first row.
      const t0 = performance.now()
      await page.evaluate((id) => (location.hash = `#/athlete/${id}`), busiest.id)
      await page.locator('[data-chart] svg').first().waitFor({ timeout: 60_000 })
      // The log is below the charts: its windowed rows are drawn once it is scrolled into view.
      await page.locator('table[aria-label="Session log"]').scrollIntoViewIfNeeded({ timeout: 60_000 })
      await page
        .locator('table[aria-label="Session log"] tbody tr:not([data-spacer])')
        .first()
        .waitFor({ timeout: 60_000 })
      const t1 = performance.now()
      // Athlete -> squad.
      await page.evaluate(() => (location.hash = '#/'))
      await rows.first().waitFor({ timeout: 60_000 })
      const t2 = performance.now()
      if (i > 0) {
        athlete.push(t1 - t0)
        squad.push(t2 - t1)
      }
    }
    const rendered = await rows.count()
    const total = await page.locator('table[aria-label="Athletes"]').getAttribute('aria-rowcount')
    log(
      `Chromium: squad ${summarise(squad).median.toFixed(0)} ms, athlete ${summarise(athlete).median.toFixed(0)} ms; squad rows in the DOM ${rendered} of ${Number(total) - 1}`
    )
    return [
      {
        name: squadName,
        target: 300,
        unit: 'ms',
        timing: summarise(squad),
        floor: null,
        note: `${rendered} of ${Number(total) - 1} rows in the DOM`
      },
      { name: athleteName, target: 300, unit: 'ms', timing: summarise(athlete), floor: null }
    ]
  } catch (e) {
    const shot = path.join(os.tmpdir(), 'ballast-bench-failure.png')
    await page?.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    if (pageErrors.length) log(`page errors: ${pageErrors.join(' | ')}`)
    return notMeasured(
      `Chromium run failed (screenshot: ${shot}): ${(e as Error).message.split('\n').slice(0, 6).join(' / ')}`
    )
  } finally {
    await browser?.close()
    await host.close()
  }
}
