#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/better_sqlite3.node,
// leaving node_modules' Node-ABI build (used by tests and the browser host) untouched. Main
// loads the Electron build through better-sqlite3's `nativeBinding` option (src/main/native.ts).
// First tries the prebuilt binary for this Electron version, then a source build against
// Electron's headers. Needs the network once per Electron version.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(path.join(root, 'package.json'))
const electronVersion = require('electron/package.json').version
const target = path.join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node')

export const ensureElectronBinding = () => {
  if (fs.existsSync(target)) return { ok: true, path: target }
  const source = path.dirname(require.resolve('better-sqlite3/package.json'))
  const work = path.join(root, '.cache', `better-sqlite3-electron-${electronVersion}`)
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(work), { recursive: true })
  fs.cpSync(source, work, {
    recursive: true,
    filter: (p) => !p.includes(`${path.sep}build${path.sep}`) && !p.endsWith(`${path.sep}build`)
  })
  const run = (cmd, args) =>
    spawnSync(cmd, args, { cwd: work, stdio: 'inherit', env: process.env, timeout: 10 * 60_000 })
  const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js')
  let r = fs.existsSync(prebuild)
    ? run(process.execPath, [prebuild, '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`])
    : { status: 1 }
  if (r.status !== 0) {
    console.log(
      `No prebuilt better-sqlite3 for Electron ${electronVersion}; building from source against Electron's headers…`
    )
    r = run(process.platform === 'win32' ? 'npx.cmd' : 'npx', [
      '--yes',
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers'
    ])
  }
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node')
  if (r.status !== 0 || !fs.existsSync(built))
    return {
      ok: false,
      reason: `could not build better-sqlite3 for Electron ${electronVersion} (no network to its headers?)`
    }
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(built, target)
  return { ok: true, path: target }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = ensureElectronBinding()
  if (r.ok) console.log(`better-sqlite3 for Electron ${electronVersion}: ${r.path}`)
  else console.log(`better-sqlite3 for Electron ${electronVersion}: ${r.reason}`)
  process.exit(r.ok ? 0 : 1)
}
