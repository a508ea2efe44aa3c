// The browser host's worker: a worker_threads Worker running src/main/worker/entry.ts from source
// (the host itself runs from source under tsx, Playwright or Vitest). tsx's require hook compiles
// the TypeScript inside the worker, so the worker runs exactly the modules the tests import.
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Lane } from './protocol'
import type { SpawnWorker, WorkerLink } from './runner'

const ENTRY = path.join(__dirname, 'entry.ts')

/** A Worker running the backend entry from source. */
export const startSourceWorker = (lane: Lane): Worker => {
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  const bootstrap = `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(ENTRY)});\n`
  // execArgv: [] so a host started by the tsx CLI does not load its loaders a second time in here.
  return new Worker(bootstrap, { eval: true, execArgv: [], name: `ballast-backend-${lane}` })
}

export const threadLink = (worker: Worker): WorkerLink => {
  let reason: string | undefined
  // An uncaught error ends the worker; keep it for the exit report rather than let it reach the host.
  worker.on('error', (e) => (reason = e?.stack ?? String(e)))
  return {
    post: (m) => worker.postMessage(m),
    onMessage: (l) => void worker.on('message', l),
    onExit: (l) => void worker.once('exit', (code) => l(code, reason)),
    kill: () => void worker.terminate()
  }
}

export const threadSpawner: SpawnWorker = (lane) => threadLink(startSourceWorker(lane))
