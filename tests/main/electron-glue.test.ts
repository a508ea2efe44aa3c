// The Electron glue under a stand-in `electron` module (the real runtime is not installed here).
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
    permissionCheck: undefined as undefined | (() => boolean),
    openExternal: [] as string[],
    lock: true,
    quit: 0
  }
  return state
})

vi.mock('electron', () => {
  class WebContents {
    listeners = new Map<string, Listener[]>()
    openHandler: ((d: { url: string }) => { action: string }) | undefined
    mainFrame = { processId: 7, routingId: 1, url: 'file:///app/out/renderer/index.html' }
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
        webRequest: { onHeadersReceived: () => undefined }
      }
    },
    shell: { openExternal: (u: string) => (stand.openExternal.push(u), Promise.resolve()) },
    dialog: { showErrorBox: () => undefined }
  }
})

const { startBallast } = await import('../../src/main/app')
const { channelNames, wireName } = await import('../../src/shared/channels')

interface FakeWindow {
  options: { webPreferences: Record<string, unknown> }
  loaded?: string
  webContents: { mainFrame: { processId: number; routingId: number; url: string } }
}

const boot = async () => {
  stand.userData = tempDir()
  stand.handlers.clear()
  stand.appListeners.clear()
  stand.windows.length = 0
  stand.openExternal.length = 0
  startBallast({ outDir: '/app/out' })
  await new Promise((r) => setTimeout(r, 0))
  return stand.windows[0] as FakeWindow
}

describe('Electron main (with a stand-in electron module)', () => {
  beforeEach(() => {
    stand.lock = true
    stand.quit = 0
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
    stand.appListeners.get('will-quit')!.forEach((l) => l())
  })

  it('registers every contract channel and answers our own frame', async () => {
    const win = await boot()
    expect([...stand.handlers.keys()].sort()).toEqual(channelNames.map(wireName).sort())
    const handler = stand.handlers.get(wireName('getSettings'))!
    expect(await handler({ senderFrame: { ...win.webContents.mainFrame } }, {})).toMatchObject({ ok: true, value: { massUnit: 'kg' } })
    stand.appListeners.get('will-quit')!.forEach((l) => l())
  })

  it('rejects a message from a foreign frame before parsing it', async () => {
    const win = await boot()
    const handler = stand.handlers.get(wireName('createAthlete'))!
    const foreign = { processId: 99, routingId: 3, url: 'https://evil.example/' }
    const sub = { ...win.webContents.mainFrame, routingId: 2 }
    for (const frame of [foreign, sub, null]) {
      expect(await handler({ senderFrame: frame }, { name: 'X', level: 'novice' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    const listed = await stand.handlers.get(wireName('listAthletes'))!({ senderFrame: win.webContents.mainFrame }, {})
    expect(listed).toEqual({ ok: true, value: [] })
    stand.appListeners.get('will-quit')!.forEach((l) => l())
  })

  it('grants no permission, blocks navigation and new windows, and sends only web links to the system browser', async () => {
    await boot()
    let granted: boolean | undefined
    stand.permissionRequest!({}, 'media', (ok) => (granted = ok))
    expect(granted).toBe(false)
    expect(stand.permissionCheck!()).toBe(false)

    const { BrowserWindow } = await import('electron')
    const contents = new (BrowserWindow as unknown as new (o: object) => { webContents: { listeners: Map<string, Listener[]>; openHandler: (d: { url: string }) => { action: string } } })({}).webContents
    stand.appListeners.get('web-contents-created')!.forEach((l) => l({}, contents))
    let prevented = false
    contents.listeners.get('will-navigate')![0]({ preventDefault: () => (prevented = true) }, 'https://evil.example')
    expect(prevented).toBe(true)
    expect(contents.openHandler({ url: 'https://example.org/paper' })).toEqual({ action: 'deny' })
    expect(contents.openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(contents.openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(stand.openExternal).toEqual(['https://example.org/paper'])
    stand.appListeners.get('will-quit')!.forEach((l) => l())
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
