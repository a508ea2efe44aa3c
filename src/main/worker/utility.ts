// Electron's backend process: a utilityProcess running the bundled worker entry
// (out/main/backendWorker.js, built by electron-vite beside main's index.js). It is a Node process
// with Electron's ABI, so better-sqlite3 loads the binary that nativeBinding names, and a crash in it
// (a native fault, running out of memory) leaves the window and main alive.
import { utilityProcess } from 'electron'
import type { RendererLink, SpawnRenderer } from './pdfPool'
import type { SpawnWorker, WorkerLink } from './runner'

/** A utility process running `modulePath`, as the link both the backend and the PDF renderers use. */
const utilityLink = (modulePath: string, serviceName: string) => {
  const child = utilityProcess.fork(modulePath, [], { serviceName, stdio: 'inherit' })
  let reason: string | undefined
  child.on('error', (type, location) => (reason = `${type} at ${location}`))
  return {
    post: (m: unknown) => child.postMessage(m),
    onMessage: (l: (m: never) => void) => void child.on('message', (m: unknown) => l(m as never)),
    onExit: (l: (code: number, reason?: string) => void) => void child.once('exit', (code) => l(code, reason)),
    kill: () => void child.kill(),
    pid: child.pid
  }
}

export const utilitySpawner =
  (modulePath: string): SpawnWorker =>
  (lane): WorkerLink =>
    utilityLink(modulePath, `Ballast backend (${lane})`)

/** Electron's PDF renderers: utility processes running the bundled renderer entry (out/main/pdfRenderer.js). */
export const utilityRenderer =
  (modulePath: string): SpawnRenderer =>
  (): RendererLink =>
    utilityLink(modulePath, 'Ballast PDF renderer')
