// A small pool of PDF renderer processes (pdfEntry.ts), owned by the host beside the backend worker.
// The backend reads a pack's data from the database and sends it here; a renderer turns it into
// bytes. At most `max` renderers run (two: the machine's two cores during a bulk export), each
// renders one pack at a time, and each ends after `idleMs` without work, so the memory react-pdf
// needs is returned. A renderer that dies or hangs fails its pack with a message the coach can act
// on; the next pack gets a fresh renderer. close() ends every renderer and waits until they are gone.
import type { PlanPackData } from '../pdf/context'
import type { RenderedPack } from '../pdf/planPack'
import type { FromRenderer, ToRenderer } from './pdfProtocol'

/** One running renderer, whatever carries it (a forked Node process, an Electron utility process). */
export interface RendererLink {
  post: (message: ToRenderer) => void
  onMessage: (listener: (message: FromRenderer) => void) => void
  /** Called once when the renderer has ended, with its exit code and, after a crash, why. */
  onExit: (listener: (code: number | null, reason?: string) => void) => void
  kill: () => void
  /** The operating system's process id, when known (tests, the bench's memory figure). */
  pid?: number
}

export type SpawnRenderer = () => RendererLink

export interface PdfPoolOptions {
  spawn: SpawnRenderer
  /** Renderers at most (default 2). */
  max?: number
  /** A renderer with no work for this long ends (default 5 minutes). */
  idleMs?: number
  /** A pack not rendered in this long ends its renderer and fails (default 2 minutes). */
  timeoutMs?: number
  log?: (message: string) => void
}

export interface PdfPool {
  render: (data: PlanPackData) => Promise<RenderedPack>
  /** The running renderers' process ids. */
  pids: () => number[]
  /** Ends every renderer (packs in progress or waiting fail) and resolves once they have all exited. */
  close: () => Promise<void>
}

interface Job {
  id: number
  data: PlanPackData
  resolve: (r: RenderedPack) => void
  reject: (e: Error) => void
}

interface Renderer {
  link: RendererLink
  job: Job | null
  timer: NodeJS.Timeout | null
  /** Why it was ended by the pool (idle, too slow, closing), if it was. */
  ending: string | null
  exited: Promise<void>
}

export const RENDERER_STOPPED =
  'The PDF could not be made: the PDF renderer stopped while making it. Nothing was saved; try the export again.'

export const createPdfPool = (options: PdfPoolOptions): PdfPool => {
  const max = Math.max(1, options.max ?? 2)
  const idleMs = options.idleMs ?? 300_000
  const timeoutMs = options.timeoutMs ?? 120_000
  const log = options.log ?? (() => undefined)
  const renderers = new Set<Renderer>()
  const queue: Job[] = []
  let nextId = 1
  let closed = false

  const clearTimer = (r: Renderer) => {
    if (r.timer) clearTimeout(r.timer)
    r.timer = null
  }

  const end = (r: Renderer, why: string) => {
    if (r.ending) return
    r.ending = why
    clearTimer(r)
    r.link.kill()
  }

  const finish = (r: Renderer) => {
    r.job = null
    clearTimer(r)
    r.timer = setTimeout(() => end(r, 'idle'), idleMs)
    r.timer.unref?.()
    pump()
  }

  const spawn = (): Renderer => {
    const link = options.spawn()
    let exited!: () => void
    const r: Renderer = { link, job: null, timer: null, ending: null, exited: new Promise((res) => (exited = res)) }
    renderers.add(r)
    link.onMessage((m) => {
      const job = r.job
      if (!job || m.id !== job.id) return
      if (m.type === 'rendered') {
        job.resolve({
          bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength),
          unprintable: m.unprintable
        })
      } else {
        job.reject(new Error(`The PDF could not be made: ${m.message}`))
      }
      finish(r)
    })
    link.onExit((code, reason) => {
      renderers.delete(r)
      clearTimer(r)
      const job = r.job
      r.job = null
      if (job) {
        const why =
          r.ending === 'timeout'
            ? `The PDF could not be made: the PDF renderer took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. Nothing was saved; try the export again.`
            : closed
              ? 'The PDF could not be made: Ballast is closing.'
              : RENDERER_STOPPED
        if (!r.ending) log(`The PDF renderer stopped while rendering (${reason ?? `exit code ${code}`})`)
        job.reject(new Error(why))
      }
      exited()
      pump()
    })
    return r
  }

  const pump = () => {
    while (!closed && queue.length > 0) {
      let r = [...renderers].find((x) => !x.job && !x.ending)
      if (!r) {
        if ([...renderers].filter((x) => !x.ending).length >= max) return
        try {
          r = spawn()
        } catch (e) {
          const why = `The PDF could not be made: the PDF renderer could not start (${e instanceof Error ? e.message : String(e)}).`
          for (const job of queue.splice(0)) job.reject(new Error(why))
          return
        }
      }
      const job = queue.shift()!
      r.job = job
      clearTimer(r)
      r.timer = setTimeout(() => end(r, 'timeout'), timeoutMs)
      r.timer.unref?.()
      try {
        r.link.post({ type: 'render', id: job.id, data: job.data })
      } catch (e) {
        log(`A pack could not be sent to the PDF renderer: ${e instanceof Error ? e.message : String(e)}`)
        end(r, 'unreachable')
      }
    }
  }

  return {
    render: (data) =>
      new Promise<RenderedPack>((resolve, reject) => {
        if (closed) return reject(new Error('The PDF could not be made: Ballast is closing.'))
        queue.push({ id: nextId++, data, resolve, reject })
        pump()
      }),
    pids: () => [...renderers].flatMap((r) => (r.link.pid === undefined ? [] : [r.link.pid])),
    close: async () => {
      closed = true
      for (const job of queue.splice(0)) job.reject(new Error('The PDF could not be made: Ballast is closing.'))
      const all = [...renderers]
      for (const r of all) end(r, 'closing')
      await Promise.all(all.map((r) => r.exited))
    }
  }
}
