// What every handler module gets: the database, its repositories and the clock.
import type { ChannelName } from '../shared/channels'
import type { ChannelArgs, ChannelOutput } from '../shared/ipc'
import { localIsoDate, systemClock, type Clock } from './clock'
import { athleteRepo } from './db/athletes'
import type { Db } from './db/open'
import { sessionRepo } from './db/sessions'
import { settingsRepo } from './db/settings'
import { rulesConfigRepo } from './db/rulesConfig'
import { createUndoStore } from './undo'
import { notFound } from './errors'
import type { RenderPack } from './pdf/planPack'

/** A handler may answer at once or, for long work (imports, PDFs), with a promise. */
export type HandlersFor<K extends ChannelName> = {
  [C in K]: (input: ChannelArgs<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

/** Host-specific abilities (Electron dialogs); absent in tests and the browser host. */
export interface HostAbilities {
  /** Ask where to save a file; null when the coach cancels. */
  chooseSavePath?: (suggestedName: string, filters: { name: string; extensions: string[] }[]) => Promise<string | null>
  /** Ask for a folder; null when the coach cancels. */
  chooseFolder?: (title: string) => Promise<string | null>
  /** Ask for files to open; empty when the coach cancels. */
  chooseOpenPaths?: (
    title: string,
    filters: { name: string; extensions: string[] }[],
    multi: boolean
  ) => Promise<string[]>
}

/** A long job's progress (import confirm, restore): `done` of `total` steps of the job named `jobId`. */
export type ReportProgress = (progress: { jobId: string; done: number; total: number }) => void

export interface BackendDeps {
  clock?: Clock
  host?: HostAbilities
  /** Where long jobs report progress; the backend worker posts it to its host. Absent = nobody listens. */
  progress?: ReportProgress
  /** The database file's path (for backups); undefined for in-memory databases. */
  dbPath?: string
  /** Makes a plan pack's PDF (the host's renderer processes); absent = rendered in this process. */
  renderPack?: RenderPack
}

export const createContext = (db: Db, deps: BackendDeps = {}) => {
  const clock = deps.clock ?? systemClock
  const athletes = athleteRepo(db)
  return {
    db,
    clock,
    host: deps.host ?? {},
    progress: deps.progress ?? ((() => undefined) as ReportProgress),
    dbPath: deps.dbPath,
    renderPack: deps.renderPack,
    athletes,
    /** The athlete, or a not_found error every handler reports the same way. */
    requireAthlete: (id: number) =>
      athletes.get(id) ??
      (() => {
        throw notFound('Athlete', id)
      })(),
    sessions: sessionRepo(db),
    settings: settingsRepo(db),
    rules: rulesConfigRepo(db),
    undo: createUndoStore(clock),
    nowIso: () => clock.now().toISOString(),
    today: () => localIsoDate(clock.now())
  }
}
export type BackendContext = ReturnType<typeof createContext>
