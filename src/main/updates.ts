// Update checks (electron-updater): off until the coach turns them on in Settings. Ballast is
// local-first: nothing contacts a server without that consent. The choice belongs to this
// installation, not to the data: it is kept in updates.json beside the database, so restoring a
// backup or opening a database copied from another computer never turns checks on.
// electron-updater itself is loaded only when a check is about to run.
import fs from 'node:fs'
import path from 'node:path'
import type { UpdateSettings } from '../shared/contract/core'

export const UPDATE_PREFS_FILE = 'updates.json'

/** The part of electron-updater's autoUpdater we use. */
export interface Updater {
  autoDownload: boolean
  checkForUpdatesAndNotify: () => Promise<unknown>
}

export interface UpdatesOptions {
  userData: string
  isPackaged: boolean
  /** Where electron-builder writes app-update.yml when electron-builder.yml has a publish feed. */
  resourcesPath: string
  loadUpdater: () => Promise<Updater>
  log?: (message: string) => void
}

const readEnabled = (file: string): boolean => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))?.checkForUpdates === true
  } catch {
    return false // no file (the default) or a damaged one: no checks
  }
}

export const createUpdates = (o: UpdatesOptions) => {
  const file = path.join(o.userData, UPDATE_PREFS_FILE)
  const unavailable = !o.isPackaged
    ? 'Updates are checked only by an installed Ballast (this one runs from its sources).'
    : !o.resourcesPath || !fs.existsSync(path.join(o.resourcesPath, 'app-update.yml'))
      ? 'This build has no update feed, so it cannot check for updates.'
      : ''
  let checking: Promise<void> | undefined

  const state = (): UpdateSettings => ({
    available: unavailable === '',
    enabled: readEnabled(file),
    reason: unavailable
  })

  /** One check a start (or when the coach turns checks on), never without consent. */
  const checkIfAllowed = (): Promise<void> => {
    if (unavailable || !readEnabled(file)) return Promise.resolve()
    checking ??= o
      .loadUpdater()
      .then((u) => {
        u.autoDownload = true
        return u.checkForUpdatesAndNotify()
      })
      .then(
        () => undefined,
        (e) => o.log?.(`update check failed: ${(e as Error)?.message ?? e}`)
      )
    return checking
  }

  const setEnabled = (enabled: boolean): UpdateSettings => {
    if (enabled && unavailable) return state()
    fs.mkdirSync(o.userData, { recursive: true })
    fs.writeFileSync(file, JSON.stringify({ checkForUpdates: enabled }, null, 2) + '\n')
    if (enabled) void checkIfAllowed()
    return state()
  }

  return { state, setEnabled, checkIfAllowed }
}
export type Updates = ReturnType<typeof createUpdates>
