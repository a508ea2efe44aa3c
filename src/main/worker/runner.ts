// The host's half of the backend worker, shared by Electron main and the browser host: it starts the
// worker, forwards {id, channel, input}, hands back the Result envelope, answers the worker's dialog
// requests and restarts a worker that dies. The host's own thread never runs a handler, so it keeps
// serving the window (or static files) however long a call takes.
//
// Queueing, honestly: the main worker runs one handler at a time on one connection, as main did
// before, so two slow calls still wait for each other there; a handler that awaits (file reads, PDF
// rendering, the import reader between files) lets other calls in meanwhile. A second, read-only
// "reader" worker answers the cheap reads in `readerChannels` (settings, thresholds, the athlete
// list) at once, even while the main worker is busy; until it is ready, or if it fails, those reads
// go to the main worker like everything else.
import type { ChannelName } from '../../shared/channels'
import type { Result } from '../../shared/result'
import type { Clock } from '../clock'
import type { HostAbilities } from '../context'
import {
  abilityNames,
  clockSpec,
  readerChannels,
  type AbilityName,
  type FromWorker,
  type JobProgress,
  type Lane,
  type ToWorker
} from './protocol'
import { createPdfPool, type PdfPoolOptions } from './pdfPool'

/** One running worker, whatever carries it (a worker_threads Worker, an Electron UtilityProcess). */
export interface WorkerLink {
  post: (message: ToWorker) => void
  onMessage: (listener: (message: FromWorker) => void) => void
  /** Called once when the worker has ended, with its exit code and, after a crash, why. */
  onExit: (listener: (code: number, reason?: string) => void) => void
  /** End it now, as a crash would. */
  kill: () => void
}

export type SpawnWorker = (lane: Lane) => WorkerLink

export interface RunnerOptions {
  spawn: SpawnWorker
  dbPath: string
  nativeBinding?: string
  /** Travels to the worker as data: the system clock, or a pinned moment. */
  clock?: Clock
  /** Dialogs the host can show for the handlers (Electron); the browser host has none. */
  abilities?: HostAbilities
  /** Take the rolling backup when the database is first opened. */
  backupOnStart?: boolean
  /** Start the reader lane for cheap reads (default true). */
  readerLane?: boolean
  /**
   * PDF renderer processes the host runs beside the backend (pdfPool.ts): the backend sends each
   * pack's data here and gets the bytes back, so react-pdf's memory is never the backend's. Absent =
   * the backend renders in its own process.
   */
  pdfRenderers?: Omit<PdfPoolOptions, 'log'>
  log?: (message: string) => void
}

export interface BackendRunner {
  /** Starts the main worker and waits until it has opened the database; throws the worker's reason if it cannot. */
  start: () => Promise<void>
  /** One contract call, answered with its Result envelope (never a throw, never a hang after a crash). */
  call: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>
  /** Progress of long jobs, as the worker reports it; returns the unsubscribe function. */
  onProgress: (listener: (progress: JobProgress) => void) => () => void
  /** True once the reader lane answers; false when it is off or could not start. */
  whenReaderReady: () => Promise<boolean>
  /** Ends a worker at once, as a crash would (tests, or a worker that no longer answers). */
  kill: (lane?: Lane) => void
  /** Stops the workers cleanly (each closes its connection, so the WAL is checkpointed), then the PDF renderers. */
  close: () => Promise<void>
  /** The running PDF renderer processes' ids (pdfRenderers), for tests and the bench's memory figure. */
  pdfRendererPids: () => number[]
}

interface LaneState {
  lane: Lane
  link: WorkerLink
  status: 'starting' | 'ready' | 'gone' | 'closing'
  /** Asked to end (kill); no new call is sent to it. */
  ending: boolean
  ready: Promise<void>
  exited: Promise<void>
  pending: Map<number, Pending>
}

interface Pending {
  channel: ChannelName
  input: unknown
  resolve: (result: Result<unknown>) => void
}

const CLOSE_GRACE_MS = 5000
/** A worker that dies this many times in a row before it is ready is not restarted until the next call. */
const MAX_EARLY_EXITS = 3

const internal = (message: string): Result<unknown> => ({ ok: false, error: { code: 'internal', message } })
const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

export const createBackendRunner = (options: RunnerOptions): BackendRunner => {
  const log = options.log ?? (() => undefined)
  const abilities = options.abilities ?? {}
  const offered = abilityNames.filter((n) => typeof abilities[n] === 'function') as AbilityName[]
  const clock = clockSpec(options.clock)
  const progressListeners = new Set<(p: JobProgress) => void>()
  const lanes: Partial<Record<Lane, LaneState>> = {}
  const earlyExits: Record<Lane, number> = { main: 0, reader: 0 }
  let nextId = 1
  let backupPending = options.backupOnStart ?? false
  let closed = false
  const pdf = options.pdfRenderers ? createPdfPool({ ...options.pdfRenderers, log }) : null

  const answerRender = (state: LaneState, id: number, data: Parameters<NonNullable<typeof pdf>['render']>[0]) => {
    if (!pdf) return
    pdf.render(data).then(
      ({ bytes, unprintable }) => {
        if (state.status !== 'gone')
          state.link.post({
            type: 'pdfRendered',
            id,
            ok: true,
            bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
            unprintable
          })
      },
      (e: unknown) => {
        if (state.status !== 'gone') state.link.post({ type: 'pdfRendered', id, ok: false, message: reasonOf(e) })
      }
    )
  }

  const answerAbility = async (state: LaneState, id: number, name: AbilityName, args: unknown[]) => {
    let reply: ToWorker
    try {
      const fn = abilities[name] as ((...a: unknown[]) => Promise<unknown>) | undefined
      if (!fn) throw new Error(`This host cannot ${name}`)
      reply = { type: 'abilityResult', id, ok: true, value: await fn(...args) }
    } catch (e) {
      reply = { type: 'abilityResult', id, ok: false, message: reasonOf(e) }
    }
    if (state.status !== 'gone') state.link.post(reply)
  }

  const spawnLane = (lane: Lane): LaneState => {
    const link = options.spawn(lane)
    let markReady!: () => void
    let markFailed!: (e: Error) => void
    let markExited!: () => void
    let failure: string | undefined
    const state: LaneState = {
      lane,
      link,
      status: 'starting',
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve
        markFailed = reject
      }),
      ending: false,
      exited: new Promise<void>((resolve) => (markExited = resolve)),
      pending: new Map()
    }
    state.ready.catch(() => undefined)
    lanes[lane] = state

    link.onMessage((m) => {
      switch (m.type) {
        case 'ready':
          state.status = 'ready'
          earlyExits[lane] = 0
          return markReady()
        case 'failed':
          failure = m.message
          return markFailed(new Error(m.message))
        case 'result': {
          const waiting = state.pending.get(m.id)
          state.pending.delete(m.id)
          return waiting?.resolve(m.result)
        }
        case 'ability':
          return void answerAbility(state, m.id, m.name, m.args)
        case 'renderPdf':
          return answerRender(state, m.id, m.data)
        case 'progress':
          for (const l of progressListeners) l({ jobId: m.jobId, done: m.done, total: m.total })
          return
        case 'log':
          return log(m.message)
        case 'closed':
          return
      }
    })

    link.onExit((code, reason) => {
      const wasReady = state.status === 'ready'
      const closing = state.status === 'closing' || closed
      state.status = 'gone'
      const why =
        failure ??
        `The Ballast backend stopped unexpectedly (${reason ?? `exit code ${code}`}); it has been restarted, please try again.`
      markFailed(new Error(why))
      const orphans = [...state.pending.values()]
      state.pending.clear()
      for (const p of orphans) {
        // The reader only ever has reads, which are safe to ask again: the main worker answers them.
        if (lane === 'reader' && !closing) void send(mainLane(), p.channel, p.input).then(p.resolve)
        else p.resolve(internal(closing ? 'Ballast is closing.' : why))
      }
      markExited()
      if (closing || lanes[lane] !== state) return
      log(
        `The backend worker (${lane}) ended ${wasReady ? 'unexpectedly' : 'before it was ready'}: ${failure ?? reason ?? `exit code ${code}`}`
      )
      // A crash is restarted at once; a worker that cannot even start (a database it cannot open)
      // is tried again on the next call instead of in a loop.
      if (failure === undefined && (wasReady || ++earlyExits[lane] < MAX_EARLY_EXITS)) startLane(lane)
    })

    const backupOnStart = lane === 'main' && backupPending
    if (backupOnStart) backupPending = false
    link.post({
      type: 'init',
      lane,
      dbPath: options.dbPath,
      nativeBinding: options.nativeBinding,
      clock,
      abilities: offered,
      backupOnStart,
      renderInHost: pdf !== null
    })
    return state
  }

  const startLane = (lane: Lane): LaneState => {
    const state = spawnLane(lane)
    // The reader opens the database only after main has brought its schema up to date.
    if (lane === 'main' && (options.readerLane ?? true)) {
      state.ready.then(
        () => {
          const reader = lanes.reader
          if (!closed && (!reader || reader.status === 'gone')) spawnLane('reader')
        },
        () => undefined
      )
    }
    return state
  }

  const send = (target: LaneState, channel: ChannelName, input: unknown) => {
    const id = nextId++
    return new Promise<Result<unknown>>((resolve) => {
      target.pending.set(id, { channel, input, resolve })
      try {
        target.link.post({ type: 'call', id, channel, input })
      } catch (e) {
        target.pending.delete(id)
        resolve(internal(`The call could not be sent to the backend: ${reasonOf(e)}`))
      }
    })
  }

  const mainLane = (): LaneState => {
    const main = lanes.main
    if (main && main.status !== 'gone' && !main.ending) return main
    earlyExits.main = 0
    return startLane('main')
  }

  return {
    start: async () => {
      await mainLane().ready
    },

    call: (channel, input) => {
      if (closed) return Promise.resolve(internal('Ballast is closing.'))
      const reader = lanes.reader
      return send(
        readerChannels.has(channel) && reader?.status === 'ready' && !reader.ending ? reader : mainLane(),
        channel,
        input
      )
    },

    onProgress: (listener) => {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    },

    whenReaderReady: async () => {
      if (options.readerLane === false) return false
      await lanes.main?.ready.catch(() => undefined)
      // Follow restarts: a reader that ends while starting is replaced by a new one.
      for (;;) {
        const reader = lanes.reader
        if (!reader) return false
        try {
          await reader.ready
          return true
        } catch {
          if (lanes.reader === reader) return false
        }
      }
    },

    kill: (lane = 'main') => {
      const state = lanes[lane]
      if (!state || state.status === 'gone') return
      state.ending = true
      state.link.kill()
    },

    close: async () => {
      closed = true
      // The reader first, so the main worker's connection is the last one and its close checkpoints the WAL.
      for (const lane of ['reader', 'main'] as const) {
        const state = lanes[lane]
        if (!state || state.status === 'gone') continue
        state.status = 'closing'
        state.link.post({ type: 'close' })
        let timer: NodeJS.Timeout | undefined
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), CLOSE_GRACE_MS)))
        if ((await Promise.race([state.exited, late])) === 'late') {
          log(`The backend worker (${lane}) did not stop in time; ending it`)
          state.link.kill()
          await state.exited
        }
        clearTimeout(timer)
      }
      await pdf?.close()
    },

    pdfRendererPids: () => pdf?.pids() ?? []
  }
}
