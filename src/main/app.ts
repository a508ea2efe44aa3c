// Electron lifecycle: one window, the security checklist, the database in userData, IPC wiring.
// Thin on purpose: everything it calls is plain code tested under Node.
import path from 'node:path'
import { app, BrowserWindow, ipcMain, session, shell, dialog, type WebContents } from 'electron'
import { createBackend } from './backend'
import { rollingBackup } from './backup'
import { clockFromEnvironment, type Clock } from './clock'
import type { HostAbilities } from './context'
import { openDatabase, type Db } from './db/open'
import { registerIpc } from './ipc'
import { resolveNativeBinding } from './native'
import { DB_FILE } from './paths'
import { contentSecurityPolicy, isOwnFrame, isSafeExternalUrl, windowOptions } from './security'

export interface StartOptions {
  /** Folder of the built app (out/); defaults to the folder of this bundle. */
  outDir?: string
  /** Dev server URL from electron-vite dev. */
  rendererUrl?: string
}

const hardenContents = (contents: WebContents): void => {
  // No navigation away from the app, no new windows; web links go to the system browser.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/** Native dialogs for the handlers that save or open files; the browser host has none. */
const electronAbilities = (win: BrowserWindow): HostAbilities => ({
  chooseSavePath: async (suggestedName, filters) => {
    const r = await dialog.showSaveDialog(win, { defaultPath: suggestedName, filters })
    return r.canceled || !r.filePath ? null : r.filePath
  },
  chooseFolder: async (title) => {
    const r = await dialog.showOpenDialog(win, { title, properties: ['openDirectory', 'createDirectory'] })
    return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
  },
  chooseOpenPaths: async (title, filters, multi) => {
    const r = await dialog.showOpenDialog(win, { title, filters, properties: multi ? ['openFile', 'multiSelections'] : ['openFile'] })
    return r.canceled ? [] : r.filePaths
  }
})

export const startBallast = (options: StartOptions = {}): void => {
  const outDir = options.outDir ?? path.join(__dirname, '..')
  const rendererUrl = options.rendererUrl ?? process.env.ELECTRON_RENDERER_URL

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let db: Db | undefined
  let mainWindow: BrowserWindow | undefined

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenContents(contents))

  app.whenReady().then(() => {
    const ses = session.defaultSession
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    ses.setPermissionCheckHandler(() => false)
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } })
    })

    const dbFile = path.join(app.getPath('userData'), DB_FILE)
    let clock: Clock
    try {
      // The system clock, unless an end-to-end harness pins "now" (BALLAST_FIXED_NOW, a test aid).
      clock = clockFromEnvironment(process.env)
      db = openDatabase(dbFile, { nativeBinding: resolveNativeBinding(app.getAppPath(), process.versions.electron ?? '') })
    } catch (e) {
      dialog.showErrorBox('Ballast cannot open its database', (e as Error).message)
      app.quit()
      return
    }
    // A copy on every start beside the database (the newest 7 are kept): a bad day costs at most a day.
    void rollingBackup(dbFile, db, clock.now()).catch((e: Error) => console.error(`Automatic backup failed: ${e.message}`))

    const win = new BrowserWindow(windowOptions(path.join(outDir, 'preload', 'index.js')))
    mainWindow = win
    registerIpc(ipcMain, createBackend(db, { dbPath: dbFile, host: electronAbilities(win), clock }), (frame) => isOwnFrame(frame, win.webContents.mainFrame, rendererUrl))
    win.once('ready-to-show', () => win.show())
    win.on('closed', () => {
      mainWindow = undefined
    })
    if (rendererUrl) void win.loadURL(rendererUrl)
    else void win.loadFile(path.join(outDir, 'renderer', 'index.html'))
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    // Close cleanly so the WAL is checkpointed and the file is whole for backups.
    db?.close()
    db = undefined
  })
}
