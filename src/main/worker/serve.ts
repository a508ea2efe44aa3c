// The worker's half: open the database, create the backend and answer {id, channel, input} with the
// Result envelope from dispatch, exactly as main did before. Dialogs (HostAbilities) are asked of the
// host over the same link; progress and log lines go to the host too. No electron import: the same
// code runs in Electron's utility process and in a worker_threads worker.
import path from 'node:path'
import { newestGoodBackup, rollingBackup } from '../backup'
import { createBackend, type Handlers } from '../backend'
import type { HostAbilities } from '../context'
import { DatabaseDamagedError, openDatabase, type Db } from '../db/open'
import { dispatch, isChannelName } from '../dispatch'
import { renderPlanPack, type PlanPackData, type RenderedPack } from '../pdf/planPack'
import { clockFromSpec, type AbilityName, type FromWorker, type ToWorker, type WorkerInit } from './protocol'

/** How the worker talks to its host, whichever kind of worker it is. */
export interface ParentLink {
  post: (message: FromWorker) => void
  onMessage: (listener: (message: ToWorker) => void) => void
  exit: (code: number) => void
}

/** Electron's utility process: process.parentPort delivers MessageEvents. */
export const utilityParentLink = (
  port: { on: (event: 'message', l: (e: { data: unknown }) => void) => unknown; postMessage: (m: unknown) => void },
  exit: (code: number) => void = (code) => process.exit(code)
): ParentLink => ({
  post: (m) => port.postMessage(m),
  onMessage: (l) => void port.on('message', (e) => l(e.data as ToWorker)),
  exit
})

/** A worker_threads worker: its parentPort delivers the message itself. */
export const threadParentLink = (port: {
  on: (event: 'message', l: (m: unknown) => void) => unknown
  postMessage: (m: unknown) => void
}): ParentLink => ({
  post: (m) => port.postMessage(m),
  onMessage: (l) => void port.on('message', (m) => l(m as ToWorker)),
  exit: (code) => process.exit(code)
})

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** A damaged database's message, with the newest backup that passes its check named, when there is one. */
const openFailure = (e: unknown): string => {
  if (!(e instanceof DatabaseDamagedError)) return message(e)
  try {
    const good = newestGoodBackup(e.file)
    return good
      ? `${e.message} The newest good backup is ${good.name} (${good.modifiedAt.slice(0, 16).replace('T', ' ')} UTC).`
      : `${e.message} No good backup was found there.`
  } catch {
    return e.message
  }
}

/** Quiet time before the worker warms the PDF renderer up in the background. */
const WARM_UP_AFTER_IDLE_MS = 400
const blankPack: PlanPackData = {
  plan: {
    name: 'Warm-up',
    startDate: '2026-01-05',
    endDate: '2026-01-11',
    weeks: 1,
    goal: '',
    notes: '',
    status: 'draft'
  },
  athleteName: 'Warm-up',
  bodyMassKg: 70,
  coachName: '',
  coachContact: '',
  paperSize: 'A4',
  sessions: [],
  weekStarts: ['2026-01-05'],
  ladder: [],
  units: { mass: 'kg', distance: 'km' },
  printedOn: '2026-01-05',
  mark: { cautions: 0, stops: 0 },
  sessionMarks: {}
}

export const serveBackend = (link: ParentLink): void => {
  let db: Db | undefined
  let handlers: Handlers | undefined
  let nextAsk = 1
  const asked = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  const log = (text: string) => link.post({ type: 'log', message: text })
  let inFlight = 0
  let lastCallAt = 0
  const renders = new Map<number, { resolve: (r: RenderedPack) => void; reject: (e: Error) => void }>()
  /** Renders here, or (WorkerInit.renderInHost) in the host's PDF renderer processes. */
  let renderPack: (data: PlanPackData) => Promise<RenderedPack> = renderPlanPack
  const renderInHost = (data: PlanPackData) =>
    new Promise<RenderedPack>((resolve, reject) => {
      const id = nextAsk++
      renders.set(id, { resolve, reject })
      link.post({ type: 'renderPdf', id, data })
    })

  // The first plan pack a process renders costs several times a warm one (loading
  // @react-pdf/renderer, parsing the fonts, cold code: the "first export 2.0 s" of the performance
  // issue). A fresh main worker renders a blank one-week pack once nobody has called for a moment,
  // so the coach's first export does not pay for it (with renderers in the host, this starts and
  // warms the first renderer there).
  const warmUpWhenIdle = () => {
    const timer = setTimeout(() => {
      if (inFlight > 0 || performance.now() - lastCallAt < WARM_UP_AFTER_IDLE_MS) return warmUpWhenIdle()
      void renderPack(blankPack).catch((e: Error) => log(`The PDF renderer could not be warmed up: ${e.message}`))
    }, WARM_UP_AFTER_IDLE_MS)
    timer.unref?.()
  }

  // Each ability the host has becomes a function that asks the host and waits for the answer.
  const proxyAbilities = (names: AbilityName[]): HostAbilities => {
    const host: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
    for (const name of names) {
      host[name] = (...args) =>
        new Promise((resolve, reject) => {
          const id = nextAsk++
          asked.set(id, { resolve, reject })
          link.post({ type: 'ability', id, name, args })
        })
    }
    return host as HostAbilities
  }

  const init = (m: WorkerInit) => {
    try {
      // The main lane checks the file's integrity; the reader lane opens it after main is ready.
      db = openDatabase(m.dbPath, { nativeBinding: m.nativeBinding, check: m.lane === 'main' })
      // The reader lane must never write: SQLite refuses any write on this connection.
      if (m.lane === 'reader') db.pragma('query_only = ON')
      const clock = clockFromSpec(m.clock)
      if (m.renderInHost) renderPack = renderInHost
      handlers = createBackend(db, {
        renderPack,
        dbPath: m.dbPath === ':memory:' ? m.dbPath : path.resolve(m.dbPath),
        clock,
        host: proxyAbilities(m.abilities),
        progress: (p) => link.post({ type: 'progress', ...p })
      })
      link.post({ type: 'ready' })
      if (m.lane === 'main') warmUpWhenIdle()
      // A copy on every start beside the database (the newest 7 are kept): a bad day costs at most a day.
      if (m.backupOnStart)
        void rollingBackup(m.dbPath, db, clock.now()).catch((e: Error) => log(`Automatic backup failed: ${e.message}`))
    } catch (e) {
      db?.close()
      link.post({ type: 'failed', message: openFailure(e) })
      link.exit(1)
    }
  }

  const call = async (id: number, channel: string, input: unknown) => {
    if (!handlers) {
      link.post({
        type: 'result',
        id,
        result: { ok: false, error: { code: 'internal', message: 'The Ballast backend has not opened its database' } }
      })
      return
    }
    if (!isChannelName(channel)) {
      link.post({
        type: 'result',
        id,
        result: { ok: false, error: { code: 'invalid_input', message: `No such channel: ${channel}` } }
      })
      return
    }
    inFlight++
    lastCallAt = performance.now()
    const result = await dispatch(handlers, channel, input, (e) =>
      log(`error in ${channel}: ${(e as Error)?.stack ?? e}`)
    ).finally(() => {
      inFlight--
      lastCallAt = performance.now()
    })
    try {
      link.post({ type: 'result', id, result })
    } catch (e) {
      // A value that cannot be cloned is a bug in a handler; the caller still gets an answer.
      log(`result of ${channel} could not be sent: ${message(e)}`)
      link.post({
        type: 'result',
        id,
        result: {
          ok: false,
          error: {
            code: 'internal',
            message: 'Ballast produced an unexpected result (a bug). Please reload; if it happens again, report it.'
          }
        }
      })
    }
  }

  link.onMessage((m) => {
    switch (m.type) {
      case 'init':
        return init(m)
      case 'call':
        return void call(m.id, m.channel, m.input)
      case 'abilityResult': {
        const waiting = asked.get(m.id)
        asked.delete(m.id)
        if (!waiting) return
        if (m.ok) waiting.resolve(m.value)
        else waiting.reject(new Error(m.message))
        return
      }
      case 'pdfRendered': {
        const waiting = renders.get(m.id)
        renders.delete(m.id)
        if (!waiting) return
        if (m.ok)
          waiting.resolve({
            bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength),
            unprintable: m.unprintable
          })
        else waiting.reject(new Error(m.message))
        return
      }
      case 'close':
        try {
          // Closing the last connection checkpoints the WAL, so the file is whole for backups.
          db?.close()
        } catch (e) {
          log(`The database did not close cleanly: ${message(e)}`)
        }
        db = undefined
        handlers = undefined
        link.post({ type: 'closed' })
        return link.exit(0)
    }
  })
}
