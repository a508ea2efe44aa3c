// The backend worker's entry. Electron runs the bundled copy (out/main/backendWorker.js) in a
// utilityProcess; the browser host runs this file from source in a worker_threads worker. Both get
// the same serveBackend, so there is one code path behind the two hosts.
import { parentPort } from 'node:worker_threads'
import { serveBackend, threadParentLink, utilityParentLink } from './serve'

// process.parentPort exists only in an Electron utility process; worker_threads' parentPort only in a worker.
const utilityPort = (process as { parentPort?: Parameters<typeof utilityParentLink>[0] }).parentPort
if (utilityPort) serveBackend(utilityParentLink(utilityPort))
else if (parentPort) serveBackend(threadParentLink(parentPort))
else throw new Error('The Ballast backend worker must be started by a host (Electron main or the browser host)')
