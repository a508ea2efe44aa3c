#!/usr/bin/env node
// `npm test`: builds the app, makes sure the e2e suite has a browser (and says which), runs the
// unit and e2e suites, and ends with one plain line "N passed, N failed" summed over both.
// `--e2e-only` runs just the end-to-end suite on an existing build (CI runs it a second time under
// faketime, with the machine's clock moved far away, to prove no test depends on the day).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })

const systemChromium = () => ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))

const findBrowser = () => {
  if (process.env.BALLAST_CHROMIUM && fs.existsSync(process.env.BALLAST_CHROMIUM)) {
    console.log(`e2e browser: ${process.env.BALLAST_CHROMIUM} (BALLAST_CHROMIUM)`)
    return true
  }
  const found = systemChromium()
  if (found) {
    console.log(`e2e browser: ${found}`)
    return true
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = fs.existsSync('/usr/bin/apt-get')
  if (isRoot && hasApt) {
    console.log("e2e browser: no Chromium found; installing Debian's chromium with apt-get…")
    run('apt-get', ['update', '-qq'])
    const r = run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' })
    if (r.status === 0 && systemChromium()) {
      console.log(`e2e browser: installed ${systemChromium()}`)
      return true
    }
    console.log("e2e browser: apt-get could not install chromium; trying Playwright's own browser instead")
  }
  console.log("e2e browser: downloading Playwright's Chromium (npx playwright install chromium)…")
  const r = run(bin('playwright'), ['install', 'chromium'])
  if (r.status === 0) {
    console.log("e2e browser: using Playwright's Chromium")
    return true
  }
  console.log(
    'e2e browser: NONE. Install Chromium (apt-get install chromium) or run "npx playwright install chromium"; the e2e suite counts as failed.'
  )
  return false
}

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

const e2eOnly = process.argv.includes('--e2e-only')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-test-'))
let passed = 0
let failed = 0

if (e2eOnly && !fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
  console.log('--e2e-only needs a build: run "npm run build" first.')
  console.log('0 passed, 1 failed')
  process.exit(1)
}
if (!e2eOnly) {
  console.log('Building the app (electron-vite build)…')
  const build = run(process.execPath, [
    path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build'
  ])
  if (build.status !== 0) {
    console.log('The build failed; nothing was tested.')
    console.log('0 passed, 1 failed')
    process.exit(1)
  }

  // Unit and main-process suites (vitest).
  const vitestJson = path.join(tmp, 'vitest.json')
  const unit = run(bin('vitest'), ['run', '--reporter=verbose', '--reporter=json', `--outputFile.json=${vitestJson}`])
  const v = readJson(vitestJson)
  if (v) {
    passed += v.numPassedTests
    failed += v.numFailedTests + (v.numRuntimeErrorTestSuites ?? 0)
  }
  if (!v || (unit.status !== 0 && v.numFailedTests === 0)) failed += 1 // a crash or a broken suite still counts
}

// End-to-end suite (Playwright through the browser host).
if (findBrowser()) {
  const pwJson = path.join(tmp, 'playwright.json')
  const e2e = run(bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson })
  const p = readJson(pwJson)
  if (p?.stats) {
    passed += p.stats.expected + (p.stats.flaky ?? 0)
    failed += p.stats.unexpected
  }
  if (!p?.stats || (e2e.status !== 0 && p.stats.unexpected === 0)) failed += 1
} else {
  failed += 1
}

fs.rmSync(tmp, { recursive: true, force: true })
console.log(
  'Electron smoke suite: not run here (no Electron runtime); run npm run test:electron on a networked machine'
)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
