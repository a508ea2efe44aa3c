#!/usr/bin/env node
// `npm run test:electron`: the Electron smoke suite (tests/electron, playwright.electron.config.ts).
// Needs the Electron runtime (node_modules/electron, downloaded here if the network allows) and
// better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs). Where either is missing it
// exits non-zero with one line saying why: it never passes by skipping.
// It drives the built app in out/ with the runtime in node_modules/electron, not an installer's app:
// the packaged app's fuses turn off --inspect, which Playwright needs to reach the main process
// (that is what the fuse is for).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { reachable } from './reachable.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(path.join(root, 'package.json'))
const fail = (line) => {
  console.error(`test:electron: ${line}`)
  process.exit(1)
}

const electronBinary = () => {
  try {
    const p = require('electron') // the runtime's path, or a throw when it was never downloaded
    return typeof p === 'string' && fs.existsSync(p) ? p : null
  } catch {
    return null
  }
}

const env = { ...process.env }
{
  if (!electronBinary()) {
    // npm ci skips electron's download script (allowScripts); fetch the runtime now if we can.
    const host = new URL(process.env.ELECTRON_MIRROR || 'https://github.com/').hostname
    if (!(await reachable(host)))
      fail(
        `no Electron runtime (node_modules/electron was installed without it, and there is no network route to ${host} to download it); run npm run test:electron on a networked machine.`
      )
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
      cwd: root,
      env,
      stdio: 'inherit',
      timeout: 300_000
    })
    if (r.status !== 0 || !electronBinary())
      fail('the Electron runtime could not be downloaded (node node_modules/electron/install.js failed; see above).')
  }
  const { ensureElectronBinding } = await import('./electron-native.mjs')
  const native = ensureElectronBinding()
  if (!native.ok) fail(`${native.reason}; the app cannot open its database without it.`)
  env.BALLAST_NATIVE_BINDING = native.path
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  if (build.status !== 0) fail('the app could not be built (electron-vite build).')
}

const r = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
    'test',
    '-c',
    'playwright.electron.config.ts',
    ...process.argv.slice(2)
  ],
  { cwd: root, env, stdio: 'inherit' }
)
process.exit(r.status ?? 1)
