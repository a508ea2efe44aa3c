// Electron lifecycle: one window, the security checklist, IPC routing and the native dialogs.
// Main never opens the database: the backend (database, rules, imports, PDFs) runs in a
// utilityProcess, so a slow call never freezes the window or the menus.
// Thin on purpose: everything it calls is plain code tested under Node.
import path from 'node:path'
import {
  app,
  BrowserWindow,
  ipcMain,
  session,
  shell,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents
} from 'electron'
import { clockFromEnvironment, type Clock } from './clock'
import type { HostAbilities } from './context'
import type { Handlers } from './backend'
import { dispatch } from './dispatch'
import { registerIpc } from './ipc'
import { resolveNativeBinding } from './native'
import { DB_FILE } from './paths'
import {
  contentSecurityPolicy,
  devServerUrl,
  isOwnFrame,
  isSafeExternalUrl,
  permissionGranted,
  windowOptions
} from './security'
import { createUpdates, type Updater } from './updates'
import { createBackendRunner, type BackendRunner } from './worker/runner'
import { utilityRenderer, utilitySpawner } from './worker/utility'

export interface StartOptions {
  /** Folder of the built app (out/); defaults to the folder of this bundle. */
  outDir?: string
  /** Dev server URL from electron-vite dev (ignored in a packaged app, and unless on loopback). */
  rendererUrl?: string
  /** electron-updater's autoUpdater, loaded only once the coach has allowed update checks. */
  loadUpdater?: () => Promise<Updater>
  /** The app's resources folder (process.resourcesPath), where app-update.yml would be. */
  resourcesPath?: string
}

// electron-updater is CommonJS and defines autoUpdater with a getter that Node's ESM interop does not
// list as a named export: take it from the default export (the getter builds the platform's updater).
const loadElectronUpdater = async (): Promise<Updater> => {
  const m = (await import('electron-updater')) as unknown as {
    autoUpdater?: Updater
    default?: { autoUpdater: Updater }
  }
  return m.autoUpdater ?? m.default!.autoUpdater
}

const hardenContents = (contents: WebContents): void => {
  // No navigation away from the app, no new windows; web links go to the system browser.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // No Bluetooth device picker either (Web Bluetooth is not needed): cancel with no device.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * Native dialogs for the handlers that save or open files; the browser host has none. The handlers
 * run in the backend process and ask for these through the runner; main shows them over the window.
 */
export const electronAbilities = (getWindow: () => BrowserWindow | undefined): HostAbilities => {
  const save = (options: SaveDialogOptions) => {
    const win = getWindow()
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)
  }
  const open = (options: OpenDialogOptions) => {
    const win = getWindow()
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)
  }
  return {
    chooseSavePath: async (suggestedName, filters) => {
      const r = await save({ defaultPath: suggestedName, filters })
      return r.canceled || !r.filePath ? null : r.filePath
    },
    chooseFolder: async (title) => {
      const r = await open({ title, properties: ['openDirectory', 'createDirectory'] })
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    },
    chooseOpenPaths: async (title, filters, multi) => {
      const r = await open({ title, filters, properties: multi ? ['openFile', 'multiSelections'] : ['openFile'] })
      return r.canceled ? [] : r.filePaths
    }
  }
}

export const startBallast = (options: StartOptions = {}): void => {
  const outDir = options.outDir ?? path.join(__dirname, '..')
  // Only electron-vite dev may point the window elsewhere: never a packaged app (any URL would get
  // the window's full IPC trust), and only to a server on this machine's loopback.
  const rendererUrl = devServerUrl(app.isPackaged, options.rendererUrl ?? process.env.ELECTRON_RENDERER_URL)
  const indexFile = path.join(outDir, 'renderer', 'index.html')

  // `--user-data-dir=<folder>` keeps Ballast's data (and Chromium's profile) in another folder: a
  // second coach's data on one computer, a portable folder, or a fresh folder for the smoke suite.
  const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir')
  if (userDataSwitch) app.setPath('userData', path.resolve(userDataSwitch))

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let backend: BackendRunner | undefined
  let mainWindow: BrowserWindow | undefined

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenContents(contents))

  app.whenReady().then(async () => {
    const ses = session.defaultSession
    // The renderer needs no permission at all: refuse every request and check, every device
    // (HID, serial, USB) and every device picker, so no page can reach hardware.
    ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionGranted(permission)))
    ses.setPermissionCheckHandler((_wc, permission) => permissionGranted(permission))
    ses.setDevicePermissionHandler(() => false)
    ses.on('select-hid-device', (event, _details, callback) => {
      event.preventDefault()
      callback()
    })
    ses.on('select-serial-port', (event, _ports, _contents, callback) => {
      event.preventDefault()
      callback('')
    })
    ses.on('select-usb-device', (event, _details, callback) => {
      event.preventDefault()
      callback()
    })
    // The header covers the dev server; the packaged app loads file://, which has no headers, so the
    // same policy is also the <meta> tag of src/renderer/index.html (a test keeps the two equal).
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } })
    })

    const dbFile = path.join(app.getPath('userData'), DB_FILE)
    try {
      // The system clock, unless an end-to-end harness pins "now" (BALLAST_FIXED_NOW, a test aid).
      const clock: Clock = clockFromEnvironment(process.env)
      backend = createBackendRunner({
        // The bundled worker entry sits beside this file (electron-vite builds both into out/main).
        spawn: utilitySpawner(path.join(outDir, 'main', 'backendWorker.js')),
        // Plan packs render in utility processes of their own (pdfRenderer.js, beside it), not in the backend's.
        pdfRenderers: { spawn: utilityRenderer(path.join(outDir, 'main', 'pdfRenderer.js')) },
        dbPath: dbFile,
        // better-sqlite3 built for Electron's ABI: it loads in the utility process, which has the same ABI.
        nativeBinding: resolveNativeBinding(app.getAppPath(), process.versions.electron ?? ''),
        clock,
        abilities: electronAbilities(() => mainWindow),
        // A copy on every start beside the database (the newest 7 are kept): a bad day costs at most a day.
        backupOnStart: true,
        log: (m) => console.error(m)
      })
      await backend.start()
    } catch (e) {
      dialog.showErrorBox('Ballast cannot open its database', (e as Error).message)
      await backend?.close()
      backend = undefined
      app.quit()
      return
    }
    const runner = backend
    const updates = createUpdates({
      userData: app.getPath('userData'),
      isPackaged: app.isPackaged,
      resourcesPath: options.resourcesPath ?? process.resourcesPath ?? '',
      loadUpdater: options.loadUpdater ?? loadElectronUpdater,
      log: (m) => console.error(m)
    })
    // Main answers the update switch itself (the same zod contract, through dispatch); the rest goes to the backend.
    const updateHandlers = {
      getUpdateSettings: () => updates.state(),
      setUpdateSettings: ({ enabled }: { enabled: boolean }) => updates.setEnabled(enabled)
    } as unknown as Handlers
    const forward = (channel: Parameters<typeof runner.call>[0], input: unknown) =>
      channel === 'getUpdateSettings' || channel === 'setUpdateSettings'
        ? dispatch(updateHandlers, channel, input)
        : runner.call(channel, input)

    const win = new BrowserWindow(windowOptions(path.join(outDir, 'preload', 'index.js')))
    mainWindow = win
    registerIpc(ipcMain, forward, (frame) =>
      isOwnFrame(frame, win.webContents.mainFrame, { indexFile, devServerUrl: rendererUrl })
    )
    win.once('ready-to-show', () => win.show())
    // The page holds a reload or close while a form has unsaved values (beforeunload); Electron would
    // cancel it silently, so ask the coach, as a browser does.
    win.webContents.on('will-prevent-unload', (event) => {
      const choice = dialog.showMessageBoxSync(win, {
        type: 'question',
        buttons: ['Leave', 'Stay'],
        defaultId: 1,
        cancelId: 1,
        message: 'You have changes that are not saved. Leave and lose them?'
      })
      if (choice === 0) event.preventDefault()
    })
    // Only if the coach turned checks on (Settings), and only in an installed build with a feed.
    void updates.checkIfAllowed()
    win.on('closed', () => {
      mainWindow = undefined
    })
    if (rendererUrl) void win.loadURL(rendererUrl)
    else void win.loadFile(indexFile)
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    // Stop the backend cleanly first, so it closes the database, the WAL is checkpointed and the
    // file is whole for backups; then quit for real.
    const running = backend
    if (!running) return
    backend = undefined
    event.preventDefault()
    void running.close().finally(() => app.quit())
  })
}
