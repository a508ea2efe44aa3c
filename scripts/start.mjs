#!/usr/bin/env node
// `npm start`: build, then run Ballast in Electron. Where the Electron runtime is missing and
// cannot be downloaded (offline or locked-down machines), say so in one line and serve the same
// app through the browser host instead.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureElectronBinding } from './electron-native.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(path.join(root, 'package.json'))

const electronBinary = () => {
  try {
    const p = require('electron') // the path of the runtime, or a throw when it was never downloaded
    return typeof p === 'string' && fs.existsSync(p) ? p : null
  } catch {
    return null
  }
}

const fetchElectron = () => {
  // npm install skips electron's download script (allowScripts) so installs work offline;
  // fetch the runtime now, where the network allows.
  const env = { ...process.env }
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000
  })
  if (r.status === 0 && electronBinary()) return null
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`
  const reason = /ENETUNREACH|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network/i.test(text)
    ? 'no network route to its download host'
    : r.error
      ? String(r.error.message)
      : (text.trim().split('\n').pop() ?? 'download failed')
  return reason
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
)
if (build.status !== 0) {
  console.error('Ballast could not be built; see the messages above.')
  process.exit(1)
}

const browserHost = (why) => {
  console.log(`Ballast: ${why}; serving the same app in your browser instead.`)
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(root, 'scripts', 'web.ts'),
      ...process.argv.slice(2)
    ],
    { cwd: root, stdio: 'inherit' }
  )
  child.on('exit', (code) => process.exit(code ?? 0))
}

let binary = electronBinary()
if (!binary) {
  const reason = process.env.BALLAST_NO_ELECTRON_DOWNLOAD
    ? 'download disabled by BALLAST_NO_ELECTRON_DOWNLOAD'
    : fetchElectron()
  binary = electronBinary()
  if (!binary) {
    browserHost(`the Electron runtime is not installed and could not be downloaded (${reason})`)
  }
}
if (binary) {
  const native = ensureElectronBinding()
  if (!native.ok) {
    browserHost(`Electron is installed but its SQLite module is not (${native.reason})`)
  } else {
    const child = spawn(binary, [root], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BALLAST_NATIVE_BINDING: native.path }
    })
    child.on('exit', (code) => process.exit(code ?? 0))
  }
}
