// A PDF renderer process: loads react-pdf and the fonts, renders the plan packs it is sent, one at
// a time, and answers with the bytes. Electron runs the bundled copy (out/main/pdfRenderer.js) as a
// utilityProcess; Node hosts (the browser host, the bench, the tests) fork it with child_process.
// Either way its memory (react-pdf, yoga's WebAssembly heap, the fonts) is its own, and is returned
// to the system when the pool ends it after it has been idle.
import { renderPlanPack } from '../pdf/planPack'
import type { FromRenderer, ToRenderer } from './pdfProtocol'

type UtilityPort = {
  on: (event: 'message', l: (e: { data: unknown }) => void) => unknown
  postMessage: (m: unknown) => void
}

const utilityPort = (process as { parentPort?: UtilityPort }).parentPort
let post: (m: FromRenderer) => void
const serve = (m: ToRenderer) => {
  if (m?.type !== 'render') return
  renderPlanPack(m.data).then(
    ({ bytes, unprintable }) =>
      post({
        type: 'rendered',
        id: m.id,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        unprintable
      }),
    (e: unknown) => post({ type: 'renderFailed', id: m.id, message: e instanceof Error ? e.message : String(e) })
  )
}

if (utilityPort) {
  post = (m) => utilityPort.postMessage(m)
  utilityPort.on('message', (e) => serve(e.data as ToRenderer))
} else if (process.send) {
  // A host gone while a pack was being made: nobody to answer, so the renderer just ends.
  const ended = () => process.exit(0)
  post = (m) => {
    if (!process.connected) return ended()
    process.send!(m, undefined, undefined, (e: Error | null) => e && ended())
  }
  process.on('message', (m) => serve(m as ToRenderer))
  // The process that forked it has gone (closed, or crashed): nobody will ask for a pack again.
  process.on('disconnect', () => process.exit(0))
} else {
  throw new Error('The Ballast PDF renderer must be started by a host (a utility process or a fork)')
}
