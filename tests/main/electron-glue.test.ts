// The Electron glue under a stand-in `electron` module (the real runtime is not installed here).
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../helpers/tempdb'

type Listener = (...args: unknown[]) => void

const stand = vi.hoisted(() => {
  const state = {
    userData: '',
    handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
    appListeners: new Map<string, ((...a: unknown[]) => void)[]>(),
    windows: [] as unknown[],
    permissionRequest: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((wc: unknown, p: string) => boolean),
    devicePermission: undefined as undefined | ((details: { deviceType: string }) => boolean),
    sessionListeners: new Map<string, ((...a: unknown[]) => void)[]>(),
    isPackaged: false,
    userDataSwitch: '',
    openExternal: [] as string[],
    lock: true,
    quit: 0,
    /** What main asked utilityProcess.fork for, and the stand-in processes it got back. */
    forks: [] as { modulePath: string; options: Record<string, unknown> }[],
    children: [] as { kill: () => boolean; postMessage: (m: unknown) => void; pid?: number }[],
    /** Dialogs main was asked to show on behalf of the backend process. */
    saveDialogs: [] as Record<string, unknown>[],
    savePath: null as string | null,
    errorBoxes: [] as string[]
  }
  return state
})

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  const { pathToFileURL } = await import('node:url')
  const { resolve } = await import('node:path')
  // utilityProcess stand-in: the real backend entry (src/main/worker/entry.ts) in a worker thread,
  // behind the UtilityProcess surface main uses (postMessage, 'message', 'exit', kill).
  const { startSourceWorker } = await import('../../src/main/worker/thread')
  class UtilityProcess extends EventEmitter {
    private worker
    constructor(lane: string) {
      super()
      this.worker = startSourceWorker(lane === 'Ballast backend (reader)' ? 'reader' : 'main')
      this.worker.on('message', (m) => this.emit('message', m))
      this.worker.on('error', (e) => this.emit('error', 'FatalError', String(e), ''))
      this.worker.on('exit', (code) => this.emit('exit', code))
    }
    postMessage(m: unknown) {
      this.worker.postMessage(m)
    }
    kill() {
      void this.worker.terminate()
      return true
    }
  }
  // The PDF renderer's stand-in: the real renderer entry (src/main/worker/pdfEntry.ts) in a child
  // process of its own, behind the same UtilityProcess surface.
  const { fork } = await import('node:child_process')
  const { createRequire } = await import('node:module')
  class RendererProcess extends EventEmitter {
    private child
    pid: number | undefined
    constructor() {
      super()
      const entry = resolve('src/main/worker/pdfEntry.ts')
      this.child = fork(entry, [], {
        execArgv: ['--require', createRequire(entry).resolve('tsx/cjs')],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc']
      })
      this.pid = this.child.pid
      this.child.on('message', (m) => this.emit('message', m))
      this.child.on('exit', (code) => this.emit('exit', code ?? 1))
    }
    postMessage(m: unknown) {
      this.child.send(m as never)
    }
    kill() {
      return this.child.kill()
    }
  }
  class WebContents {
    listeners = new Map<string, Listener[]>()
    openHandler: ((d: { url: string }) => { action: string }) | undefined
    // What Chromium reports for the file main loads (outDir /app/out in these tests).
    mainFrame = { processId: 7, routingId: 1, url: pathToFileURL(resolve('/app/out/renderer/index.html')).href }
    on(name: string, l: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), l])
      return this
    }
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.openHandler = h
    }
  }
  class BrowserWindow {
    webContents = new WebContents()
    loaded: string | undefined
    constructor(readonly options: Record<string, unknown>) {
      stand.windows.push(this)
    }
    once() {}
    on() {}
    loadFile(f: string) {
      this.loaded = f
      return Promise.resolve()
    }
    loadURL(u: string) {
      this.loaded = u
      return Promise.resolve()
    }
  }
  const app = {
    requestSingleInstanceLock: () => stand.lock,
    quit: () => {
      stand.quit++
    },
    on: (name: string, l: (...a: unknown[]) => void) => {
      stand.appListeners.set(name, [...(stand.appListeners.get(name) ?? []), l])
    },
    whenReady: () => Promise.resolve(),
    commandLine: { getSwitchValue: (name: string) => (name === 'user-data-dir' ? stand.userDataSwitch : '') },
    setPath: (name: string, value: string) => {
      if (name === 'userData') stand.userData = value
    },
    get isPackaged() {
      return stand.isPackaged
    },
    getPath: () => stand.userData,
    getAppPath: () => '/nonexistent-app'
  }
  return {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (name: string, fn: (event: unknown, input: unknown) => unknown) => stand.handlers.set(name, fn),
      removeHandler: (name: string) => stand.handlers.delete(name)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof stand.permissionRequest) => (stand.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof stand.permissionCheck) => (stand.permissionCheck = h),
        setDevicePermissionHandler: (h: typeof stand.devicePermission) => (stand.devicePermission = h),
        on: (name: string, l: (...a: unknown[]) => void) => {
          stand.sessionListeners.set(name, [...(stand.sessionListeners.get(name) ?? []), l])
        },
        webRequest: { onHeadersReceived: () => undefined }
      }
    },
    shell: { openExternal: (u: string) => (stand.openExternal.push(u), Promise.resolve()) },
    dialog: {
      showErrorBox: (title: string, text: string) => stand.errorBoxes.push(`${title}: ${text}`),
      showSaveDialog: (_win: unknown, options: Record<string, unknown>) => {
        stand.saveDialogs.push(options)
        return Promise.resolve(
          stand.savePath ? { canceled: false, filePath: stand.savePath } : { canceled: true, filePath: '' }
        )
      }
    },
    utilityProcess: {
      fork: (modulePath: string, _args: string[], options: Record<string, unknown>) => {
        stand.forks.push({ modulePath, options })
        const child =
          options.serviceName === 'Ballast PDF renderer'
            ? new RendererProcess()
            : new UtilityProcess(String(options.serviceName))
        stand.children.push(child)
        return child
      }
    }
  }
})

const { startBallast } = await import('../../src/main/app')
const { channelNames, wireName } = await import('../../src/shared/channels')

interface FakeWindow {
  options: { webPreferences: Record<string, unknown> }
  loaded?: string
  webContents: { mainFrame: { processId: number; routingId: number; url: string } }
}

const boot = async (
  prepare?: (userData: string) => void,
  options: Partial<Parameters<typeof startBallast>[0]> = {}
) => {
  stand.userData = tempDir()
  prepare?.(stand.userData)
  stand.handlers.clear()
  stand.appListeners.clear()
  stand.windows.length = 0
  stand.openExternal.length = 0
  stand.forks.length = 0
  stand.children.length = 0
  stand.saveDialogs.length = 0
  stand.errorBoxes.length = 0
  startBallast({ outDir: '/app/out', ...options })
  // The window opens once the backend process has opened the database.
  await vi.waitUntil(() => stand.windows.length > 0 || stand.quit > 0, { timeout: 15_000, interval: 20 })
  return stand.windows[0] as FakeWindow
}

/** What Electron does on quit: will-quit, which main delays until the backend has stopped. */
const quit = async () => {
  const quitsBefore = stand.quit
  let prevented = false
  stand.appListeners.get('will-quit')!.forEach((l) => l({ preventDefault: () => (prevented = true) }))
  if (prevented) await vi.waitUntil(() => stand.quit > quitsBefore, { timeout: 10_000, interval: 20 })
}

describe('Electron main (with a stand-in electron module)', () => {
  beforeEach(() => {
    stand.lock = true
    stand.quit = 0
    stand.isPackaged = false
    stand.userDataSwitch = ''
    stand.sessionListeners.clear()
    delete process.env.ELECTRON_RENDERER_URL
  })

  it('opens one window with contextIsolation, sandbox and no Node integration', async () => {
    const win = await boot()
    expect(stand.windows).toHaveLength(1)
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.js'
    })
    expect(win.loaded).toBe('/app/out/renderer/index.html')
    await quit()
  })

  it('registers every contract channel and answers our own frame', async () => {
    const win = await boot()
    expect([...stand.handlers.keys()].sort()).toEqual(channelNames.map(wireName).sort())
    const handler = stand.handlers.get(wireName('getSettings'))!
    expect(await handler({ senderFrame: { ...win.webContents.mainFrame } }, {})).toMatchObject({
      ok: true,
      value: { massUnit: 'kg' }
    })
    await quit()
  })

  it('rejects a message from a foreign frame before parsing it', async () => {
    const win = await boot()
    const handler = stand.handlers.get(wireName('createAthlete'))!
    const foreign = { processId: 99, routingId: 3, url: 'https://evil.example/' }
    const sub = { ...win.webContents.mainFrame, routingId: 2 }
    for (const frame of [foreign, sub, null]) {
      expect(await handler({ senderFrame: frame }, { name: 'X', level: 'novice' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' }
      })
    }
    const listed = await stand.handlers.get(wireName('listAthletes'))!({ senderFrame: win.webContents.mainFrame }, {})
    expect(listed).toEqual({ ok: true, value: [] })
    await quit()
  })

  it('grants no permission, blocks navigation and new windows, and sends only web links to the system browser', async () => {
    await boot()
    let granted: boolean | undefined
    stand.permissionRequest!({}, 'media', (ok) => (granted = ok))
    expect(granted).toBe(false)
    expect(stand.permissionCheck!({}, 'media')).toBe(false)

    const { BrowserWindow } = await import('electron')
    const contents = new (
      BrowserWindow as unknown as new (o: object) => {
        webContents: { listeners: Map<string, Listener[]>; openHandler: (d: { url: string }) => { action: string } }
      }
    )({}).webContents
    stand.appListeners.get('web-contents-created')!.forEach((l) => l({}, contents))
    let prevented = false
    contents.listeners.get('will-navigate')![0]({ preventDefault: () => (prevented = true) }, 'https://evil.example')
    expect(prevented).toBe(true)
    expect(contents.openHandler({ url: 'https://example.org/paper' })).toEqual({ action: 'deny' })
    expect(contents.openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(contents.openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(stand.openExternal).toEqual(['https://example.org/paper'])
    await quit()
  })

  it('runs the backend in a utility process forked from the bundled worker, and stops it cleanly on quit', async () => {
    const win = await boot()
    expect(stand.forks[0]).toEqual({
      modulePath: '/app/out/main/backendWorker.js',
      options: expect.objectContaining({ serviceName: 'Ballast backend (main)' })
    })
    const created = await stand.handlers.get(wireName('createAthlete'))!(
      { senderFrame: win.webContents.mainFrame },
      { name: 'Ida', level: 'novice' }
    )
    expect(created).toMatchObject({ ok: true, value: { name: 'Ida' } })
    const dbFile = path.join(stand.userData, 'ballast.sqlite')
    await quit()
    expect(stand.quit).toBe(1)
    // The backend closed its connection: the WAL is folded into the file, which holds Ida.
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false)
    const db = new Database(dbFile, { readonly: true })
    expect(db.prepare('SELECT name FROM athletes').all()).toEqual([{ name: 'Ida' }])
    db.close()
  })

  it('renders a plan pack in a utility process of its own, forked from the bundled renderer, and ends it on quit', async () => {
    // The plan's days are fixed: so is the app's "now" (the test aid the e2e harness uses).
    process.env.BALLAST_FIXED_NOW = '2026-11-25T12:00:00'
    const win = await boot().finally(() => delete process.env.BALLAST_FIXED_NOW)
    const call = (channel: Parameters<typeof wireName>[0], input: unknown) =>
      stand.handlers.get(wireName(channel))!({ senderFrame: win.webContents.mainFrame }, input) as Promise<any>
    const ida = await call('createAthlete', { name: 'Ida', level: 'novice', bodyMassKg: 60 })
    const plan = await call('generatePlan', {
      athleteId: ida.value.id,
      name: 'Base',
      startDate: '2026-11-30',
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 5]
    })
    expect(plan).toMatchObject({ ok: true })
    const target = path.join(stand.userData, 'pack.pdf')
    stand.savePath = target
    const exported = await call('exportPlanPdf', { planId: plan.value.plan.id })
    stand.savePath = null
    expect(exported).toMatchObject({ ok: true, value: { savedTo: target } })
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-')
    const renderers = stand.forks.flatMap((f, i) =>
      f.options.serviceName === 'Ballast PDF renderer' ? [{ ...f, child: stand.children[i] }] : []
    )
    expect(renderers.length).toBeGreaterThanOrEqual(1)
    for (const r of renderers) expect(r.modulePath).toBe('/app/out/main/pdfRenderer.js')
    await quit()
    // Quitting ended every renderer process.
    for (const r of renderers) await vi.waitUntil(() => !fs.existsSync(`/proc/${r.child.pid}`), { timeout: 10_000 })
  })

  it('shows the save dialog the backend asks for over the window, and the backend writes the chosen file', async () => {
    const win = await boot()
    const target = path.join(stand.userData, 'export.csv')
    stand.savePath = target
    const call = (channel: Parameters<typeof wireName>[0], input: unknown) =>
      stand.handlers.get(wireName(channel))!({ senderFrame: win.webContents.mainFrame }, input) as Promise<any>
    await call('createAthlete', { name: 'Ida', level: 'novice' })
    const exported = await call('exportSessionsCsv', {})
    expect(exported).toMatchObject({ ok: true, value: { savedTo: target } })
    expect(stand.saveDialogs).toEqual([expect.objectContaining({ defaultPath: exported.value.fileName })])
    expect(fs.readFileSync(target, 'utf8')).toBe(exported.value.csv)
    stand.savePath = null
    expect(await call('exportSessionsCsv', {})).toMatchObject({ ok: true, value: { savedTo: null } })
    await quit()
  })

  it('says why and quits when the backend cannot open the database', async () => {
    const win = await boot((userData) => {
      const db = new Database(path.join(userData, 'ballast.sqlite'))
      db.pragma('user_version = 999')
      db.close()
    })
    expect(win).toBeUndefined()
    expect(stand.quit).toBe(1)
    expect(stand.errorBoxes).toEqual([
      expect.stringMatching(/^Ballast cannot open its database: .*newer version of Ballast/)
    ])
  })

  const frameCall = (win: FakeWindow, url: string) =>
    stand.handlers.get(wireName('listAthletes'))!(
      { senderFrame: { ...win.webContents.mainFrame, url } },
      {}
    ) as Promise<{ ok: boolean; error?: { code: string } }>

  it('a packaged app ignores ELECTRON_RENDERER_URL: it shows its own file and refuses the other page', async () => {
    stand.isPackaged = true
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    const win = await boot()
    expect(win.loaded).toBe(path.join('/app/out', 'renderer', 'index.html'))
    expect(await frameCall(win, 'http://localhost:5173/')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await frameCall(win, win.webContents.mainFrame.url)).toMatchObject({ ok: true })
    await quit()
  })

  it('an unpackaged app (electron-vite dev) loads the dev server on loopback and trusts only that origin', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    const win = await boot()
    expect(win.loaded).toBe('http://localhost:5173/')
    expect(await frameCall(win, 'http://localhost:5173/#/athletes')).toMatchObject({ ok: true })
    expect(await frameCall(win, 'http://localhost:8765/')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await quit()
    // A dev server URL that is not on this machine is never honoured.
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/'
    stand.quit = 0
    const other = await boot()
    expect(other.loaded).toBe(path.join('/app/out', 'renderer', 'index.html'))
    expect(await frameCall(other, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await quit()
  })

  it('trusts our own index.html only, not any file:// page in the window', async () => {
    const win = await boot()
    const own = win.webContents.mainFrame.url
    expect(await frameCall(win, `${own}#/athlete/3`)).toMatchObject({ ok: true })
    for (const url of [
      pathToFileURL(path.resolve('/app/out/renderer/other.html')).href,
      pathToFileURL(path.resolve('/home/coach/Downloads/index.html')).href,
      pathToFileURL(path.resolve('/etc/passwd')).href,
      `${own}?x=1`,
      'file://evil-host/app/out/renderer/index.html'
    ]) {
      expect(await frameCall(win, url), url).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    await quit()
  })

  it('refuses every permission request and check, device access and device pickers', async () => {
    await boot()
    for (const permission of [
      'media',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'geolocation',
      'fullscreen',
      'midiSysex',
      'openExternal',
      'display-capture'
    ]) {
      let granted: boolean | undefined
      stand.permissionRequest!({}, permission, (ok) => (granted = ok))
      expect(granted, permission).toBe(false)
    }
    for (const permission of ['hid', 'serial', 'usb', 'media', 'clipboard-read'])
      expect(stand.permissionCheck!({}, permission), permission).toBe(false)
    expect(stand.devicePermission, 'a device permission handler is set').toBeTypeOf('function')
    for (const deviceType of ['hid', 'serial', 'usb'])
      expect(stand.devicePermission!({ deviceType }), deviceType).toBe(false)
    for (const picker of ['select-hid-device', 'select-serial-port', 'select-usb-device']) {
      const listeners = stand.sessionListeners.get(picker) ?? []
      expect(listeners, picker).toHaveLength(1)
      let prevented = false
      const chosen: unknown[][] = []
      const event = { preventDefault: () => (prevented = true) }
      const choose = (...a: unknown[]) => chosen.push(a)
      // Electron's signatures: (event, details, callback), and for serial (event, portList, webContents, callback).
      if (picker === 'select-serial-port') listeners[0](event, [{ portId: 'a' }], {}, choose)
      else listeners[0](event, { deviceList: [{ deviceId: 'a' }] }, choose)
      expect(prevented, picker).toBe(true)
      // Cancelled with no device (the serial picker's callback takes '' for "none").
      expect(chosen, picker).toHaveLength(1)
      expect(
        chosen[0].filter((a) => a !== ''),
        `${picker}: no device chosen`
      ).toEqual([])
    }
    await quit()
  })

  it('opens only https links to another machine in the system browser', async () => {
    await boot()
    const { BrowserWindow } = await import('electron')
    const contents = new (
      BrowserWindow as unknown as new (o: object) => {
        webContents: { openHandler: (d: { url: string }) => { action: string } }
      }
    )({}).webContents
    stand.appListeners.get('web-contents-created')!.forEach((l) => l({}, contents))
    const refused = [
      'http://example.org/paper',
      'http://localhost:8765/',
      'https://localhost/',
      'https://127.0.0.1:5178/',
      'https://[::1]/',
      'file:///etc/passwd',
      'https://user:pw@example.org/'
    ]
    for (const url of refused) expect(contents.openHandler({ url }), url).toEqual({ action: 'deny' })
    expect(contents.openHandler({ url: 'https://bjsm.bmj.com/' })).toEqual({ action: 'deny' })
    expect(stand.openExternal).toEqual(['https://bjsm.bmj.com/'])
    await quit()
  })

  it('keeps the data in the folder given with --user-data-dir', async () => {
    const folder = tempDir()
    stand.userDataSwitch = folder
    const win = await boot()
    await stand.handlers.get(wireName('createAthlete'))!(
      { senderFrame: win.webContents.mainFrame },
      { name: 'Ida', level: 'novice' }
    )
    await quit()
    const db = new Database(path.join(folder, 'ballast.sqlite'), { readonly: true })
    expect(db.prepare('SELECT name FROM athletes').all()).toEqual([{ name: 'Ida' }])
    db.close()
  })

  describe('update checks (electron-updater)', () => {
    const fakeUpdater = () => {
      const u = {
        loads: 0,
        checks: 0,
        updater: { autoDownload: false, checkForUpdatesAndNotify: async () => void u.checks++ }
      }
      return { u, loadUpdater: async () => (u.loads++, u.updater) }
    }
    /** An installed build whose electron-builder.yml had a publish feed (app-update.yml in resources). */
    const withFeed = () => {
      const resourcesPath = tempDir()
      fs.writeFileSync(
        path.join(resourcesPath, 'app-update.yml'),
        'provider: generic\nurl: https://updates.example.org/\n'
      )
      return resourcesPath
    }
    const updates = (win: FakeWindow, channel: 'getUpdateSettings' | 'setUpdateSettings', input: unknown = {}) =>
      stand.handlers.get(wireName(channel))!({ senderFrame: win.webContents.mainFrame }, input) as Promise<any>

    it('are off by default: electron-updater is not even loaded, nothing contacts a server', async () => {
      stand.isPackaged = true
      const { u, loadUpdater } = fakeUpdater()
      const win = await boot(undefined, { loadUpdater, resourcesPath: withFeed() })
      expect(await updates(win, 'getUpdateSettings')).toEqual({
        ok: true,
        value: { available: true, enabled: false, reason: '' }
      })
      await new Promise((r) => setTimeout(r, 50))
      expect(u.loads).toBe(0)
      expect(u.checks).toBe(0)
      await quit()
    })

    it('turned on in Settings: checks at once and at every start, until turned off; the choice stays with this installation', async () => {
      stand.isPackaged = true
      const resourcesPath = withFeed()
      const { u, loadUpdater } = fakeUpdater()
      const win = await boot(undefined, { loadUpdater, resourcesPath })
      const userData = stand.userData
      expect(await updates(win, 'setUpdateSettings', { enabled: true })).toMatchObject({
        ok: true,
        value: { enabled: true }
      })
      await vi.waitUntil(() => u.checks === 1)
      expect(u.updater.autoDownload).toBe(true)
      expect(JSON.parse(fs.readFileSync(path.join(userData, 'updates.json'), 'utf8'))).toEqual({
        checkForUpdates: true
      })
      // The coach's database knows nothing of it: a restored backup cannot turn checks on or off.
      const db = new Database(path.join(userData, 'ballast.sqlite'), { readonly: true })
      expect(JSON.stringify(db.prepare('SELECT * FROM settings').all())).not.toMatch(/update/i)
      db.close()
      await quit()

      // A restart on the same folder checks again at start.
      stand.quit = 0
      const again = await boot((dir) => fs.cpSync(userData, dir, { recursive: true }), { loadUpdater, resourcesPath })
      await vi.waitUntil(() => u.checks === 2)
      expect(await updates(again, 'setUpdateSettings', { enabled: false })).toMatchObject({
        ok: true,
        value: { enabled: false }
      })
      const restartFolder = stand.userData
      await quit()
      stand.quit = 0
      await boot((dir) => fs.cpSync(restartFolder, dir, { recursive: true }), { loadUpdater, resourcesPath })
      await new Promise((r) => setTimeout(r, 50))
      expect(u.checks).toBe(2)
      await quit()
    })

    it('cannot be turned on where there is nothing to check, and says why', async () => {
      const { u, loadUpdater } = fakeUpdater()
      const win = await boot(undefined, { loadUpdater, resourcesPath: withFeed() })
      expect(await updates(win, 'setUpdateSettings', { enabled: true })).toEqual({
        ok: true,
        value: {
          available: false,
          enabled: false,
          reason: 'Updates are checked only by an installed Ballast (this one runs from its sources).'
        }
      })
      expect(fs.existsSync(path.join(stand.userData, 'updates.json'))).toBe(false)
      await quit()
      stand.quit = 0
      stand.isPackaged = true
      const noFeed = await boot(undefined, { loadUpdater, resourcesPath: tempDir() })
      expect(await updates(noFeed, 'getUpdateSettings')).toMatchObject({
        ok: true,
        value: { available: false, reason: 'This build has no update feed, so it cannot check for updates.' }
      })
      expect(await updates(noFeed, 'setUpdateSettings', { enabled: 'yes' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
      expect(u.loads).toBe(0)
      await quit()
    })
  })

  it('quits at once when another instance holds the lock', async () => {
    stand.lock = false
    stand.windows.length = 0
    startBallast({ outDir: '/app/out' })
    await new Promise((r) => setTimeout(r, 0))
    expect(stand.quit).toBe(1)
    expect(stand.windows).toHaveLength(0)
  })
})
