// The messages between a host (Electron main, or the browser host's thread) and the backend worker
// that owns the database. Everything here travels by structured clone, so it is plain data: the
// clock goes as a timestamp, the native module as a path, host abilities as names.
import type { ChannelName } from '../../shared/channels'
import type { Result } from '../../shared/result'
import { fixedClock, systemClock, type Clock } from '../clock'
import type { HostAbilities } from '../context'
import type { PlanPackData } from '../pdf/context'

/** The worker that owns every write, and an optional second one that answers cheap reads while the first is busy. */
export type Lane = 'main' | 'reader'

/** The system clock, or a moment pinned by a test harness (BALLAST_FIXED_NOW, a test's fixedClock). */
export type ClockSpec = { kind: 'system' } | { kind: 'fixed'; at: number }

export const clockSpec = (clock: Clock | undefined): ClockSpec =>
  // A clock function cannot cross into another thread or process. Any clock but the system's is a
  // pinned one (fixedClock, clockFromEnvironment), so it travels as the moment it answers now.
  clock === undefined || clock === systemClock ? { kind: 'system' } : { kind: 'fixed', at: clock.now().getTime() }

export const clockFromSpec = (spec: ClockSpec): Clock =>
  spec.kind === 'system' ? systemClock : fixedClock(new Date(spec.at))

export type AbilityName = keyof HostAbilities
export const abilityNames = [
  'chooseSavePath',
  'chooseFolder',
  'chooseOpenPaths'
] as const satisfies readonly AbilityName[]

/**
 * Channels the reader lane may answer: reads of settings, thresholds and athletes that use no state
 * kept in the main worker's memory (import jobs, undo tokens, bulk exports). A read sent after a write
 * has been answered sees that write (WAL: a new read transaction sees every commit before it).
 */
export const readerChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'getSettings',
  'getRulesConfig',
  'listAthletes',
  'getAthlete'
])

export interface WorkerInit {
  type: 'init'
  lane: Lane
  dbPath: string
  /** better_sqlite3.node built for the running ABI (Electron); undefined = the Node build in node_modules. */
  nativeBinding?: string
  clock: ClockSpec
  /** Which HostAbilities the host can answer (Electron's dialogs); none in the browser host. */
  abilities: AbilityName[]
  /** Take the rolling start-up backup (main lane, first start only). */
  backupOnStart: boolean
  /** The host runs PDF renderer processes (pdfPool.ts): send it each pack's data instead of rendering here. */
  renderInHost?: boolean
}

export type ToWorker =
  | WorkerInit
  | { type: 'call'; id: number; channel: ChannelName; input: unknown }
  | { type: 'abilityResult'; id: number; ok: true; value: unknown }
  | { type: 'abilityResult'; id: number; ok: false; message: string }
  | { type: 'pdfRendered'; id: number; ok: true; bytes: Uint8Array; unprintable: string[] }
  | { type: 'pdfRendered'; id: number; ok: false; message: string }
  | { type: 'close' }

/** A long job's progress: import confirm, restore (and whatever else reports it). */
export interface JobProgress {
  jobId: string
  done: number
  total: number
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'ability'; id: number; name: AbilityName; args: unknown[] }
  | ({ type: 'progress' } & JobProgress)
  | { type: 'log'; message: string }
  /** A plan pack for the host's PDF renderers (WorkerInit.renderInHost). */
  | { type: 'renderPdf'; id: number; data: PlanPackData }
  | { type: 'closed' }
