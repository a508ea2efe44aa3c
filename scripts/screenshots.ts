// `npm run screenshots`: the README's pictures, taken from the real UI with the demo squad.
// Build first (npm run build). Writes docs/*.png.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { startHost } from '../src/host/server'

const root = path.resolve(__dirname, '..')
const outDir = path.join(root, 'docs')
const executablePath =
  process.env.BALLAST_CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-shots-'))
  const host = await startHost({
    dbPath: path.join(dir, 'ballast.sqlite'),
    rendererDir: path.join(root, 'out', 'renderer')
  })
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
  const shot = (name: string) => path.join(outDir, name)
  try {
    // The README's pictures at 1440 px (a laptop at full width), and the two busiest views at 1024 px.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Load demo squad' }).click()
    await page.getByRole('table', { name: 'Athletes' }).waitFor()
    await page.screenshot({ path: shot('squad.png') })
    await page.getByRole('button', { name: 'Triage grid' }).click()
    await page.screenshot({ path: shot('triage.png'), clip: { x: 0, y: 0, width: 1440, height: 560 } })

    await page.getByRole('button', { name: 'List' }).click()
    await page.getByRole('link', { name: 'Ingrid Solberg' }).click()
    await page.getByRole('table', { name: 'Session log' }).waitFor()
    await page.screenshot({ path: shot('athlete.png') })

    await page.getByRole('link', { name: 'Squad' }).first().click()
    await page.getByRole('link', { name: 'Tomás Rivera' }).click()
    const charts = page.locator('[data-chart]').first()
    await charts.waitFor()
    // Charts below the fold are drawn when the page is idle (useNearScreen): wait for every plot.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.athlete-charts .chart-plot')].every((plot) => plot.querySelector('svg'))
    )
    await page.locator('.athlete-charts').screenshot({ path: shot('athlete-charts.png') })

    await page.getByRole('button', { name: 'Log session' }).click()
    await page.getByLabel('Duration (min)').fill('45')
    await page.getByLabel(/Weight per ankle/).fill('2')
    await page.getByLabel('Minutes with weights on').fill('15')
    await page.getByRole('region', { name: 'Warnings for this session' }).locator('li').first().waitFor()
    await page.screenshot({ path: shot('session-form.png') })

    const narrow = await browser.newPage({ viewport: { width: 1024, height: 700 } })
    await narrow.goto(host.url)
    await narrow.getByRole('table', { name: 'Athletes' }).waitFor()
    await narrow.screenshot({ path: shot('squad-1024.png') })
    await narrow.getByRole('link', { name: 'Ingrid Solberg' }).click()
    await narrow.getByRole('table', { name: 'Session log' }).waitFor()
    await narrow.screenshot({ path: shot('athlete-1024.png') })
    console.log(`Screenshots written to ${outDir}`)
  } finally {
    await browser.close()
    await host.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
