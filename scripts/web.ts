// `npm run web`: the browser host on 127.0.0.1. Options: --db <file> (or BALLAST_DB), --port <n> (or PORT).
// Test aid: BALLAST_FIXED_NOW=2026-11-25T12:00:00 pins the backend's "now" (read only when set).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { clockFromEnvironment } from '../src/main/clock'
import { DB_FILE, defaultUserDataDir } from '../src/main/paths'
import { startHost } from '../src/host/server'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const root = path.resolve(__dirname, '..')
const rendererDir = path.join(root, 'out', 'renderer')
const dbPath = path.resolve(arg('db') ?? process.env.BALLAST_DB ?? path.join(defaultUserDataDir(), DB_FILE))
const port = Number(arg('port') ?? process.env.PORT ?? 5178)

const main = async () => {
  const clock = clockFromEnvironment(process.env)
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.log('Building the app first (npm run build)…')
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      { cwd: root, stdio: 'inherit' }
    )
  }
  // backupOnStart: a copy on every start beside the database (the newest 7 are kept), as the desktop
  // app does; the backend worker takes it once it has opened the database.
  const options = { dbPath, rendererDir, clock, backupOnStart: true, log: (m: string) => console.error(m) }
  let host
  try {
    host = await startHost({ ...options, port })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') host = await startHost({ ...options, port: 0 })
    else throw e
  }
  console.log(`Ballast is running in your browser at ${host.url}`)
  console.log(`Database: ${dbPath}   (Ctrl+C to stop)`)
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: Error) => {
  console.error(`Ballast could not start: ${e.message}`)
  process.exit(1)
})
