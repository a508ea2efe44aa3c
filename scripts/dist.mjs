#!/usr/bin/env node
// `npm run dist`: installers for the current OS (Linux AppImage + deb, Windows NSIS, macOS dmg) in
// dist/, from electron-builder.yml. Steps: build the app; build better-sqlite3 for Electron's ABI
// into native/ (scripts/electron-native.mjs, never touching node_modules); run electron-builder,
// which downloads the Electron runtime for the target. Needs the network; where there is none it
// stops at once with one line saying so, instead of failing minutes later deep in electron-builder.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { reachable } from './reachable.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(path.join(root, 'package.json'))
const electronVersion = require('electron/package.json').version
const fail = (line) => {
  console.error(`npm run dist: ${line}`)
  process.exit(1)
}

// Where electron-builder fetches the runtime (@electron/get), and whether it already has it.
const downloadHost = new URL(process.env.ELECTRON_MIRROR || 'https://github.com/').hostname
const cacheDir =
  process.env.electron_config_cache ||
  process.env.ELECTRON_CACHE ||
  path.join(
    process.env.XDG_CACHE_HOME ||
      path.join(
        os.homedir(),
        process.platform === 'darwin' ? 'Library/Caches' : process.platform === 'win32' ? 'AppData/Local' : '.cache'
      ),
    'electron'
  )
const cached = () => {
  try {
    return fs
      .readdirSync(cacheDir, { recursive: true })
      .some((f) => String(f).includes(`electron-v${electronVersion}-`) && String(f).endsWith('.zip'))
  } catch {
    return false
  }
}

if (!cached() && !(await reachable(downloadHost))) {
  fail(
    `the Electron ${electronVersion} runtime cannot be downloaded (no network route to ${downloadHost}); run it on a networked machine (see README "Build installers").`
  )
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
)
if (build.status !== 0) fail('the app could not be built (electron-vite build); see the messages above.')

const { ensureElectronBinding } = await import('./electron-native.mjs')
const native = ensureElectronBinding()
if (!native.ok) fail(`${native.reason}.`)

const builder = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), '--publish', 'never', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' }
)
if (builder.status !== 0) fail('electron-builder failed; see the messages above.')
console.log(`Installers for ${process.platform} are in ${path.join(root, 'dist')}.`)
