// The Electron checklist in one place: window options, CSP, navigation and permission policy.
import type { BrowserWindowConstructorOptions, WebFrameMain } from 'electron'

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export const windowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  width: 1320,
  height: 860,
  minWidth: 960,
  minHeight: 640,
  show: false,
  title: 'Ballast',
  backgroundColor: '#f6f7f9',
  autoHideMenuBar: true,
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true
  }
})

/** Only plain web links may leave the app, and only to the system browser. */
export const isSafeExternalUrl = (raw: string): boolean => {
  try {
    const url = new URL(raw)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.hostname !== ''
  } catch {
    return false
  }
}

type FrameId = Pick<WebFrameMain, 'processId' | 'routingId' | 'url'>

/** True only for our window's top frame, showing our own page (the built file or the dev server). */
export const isOwnFrame = (frame: FrameId | null | undefined, mainFrame: FrameId, devServerUrl?: string): boolean => {
  if (!frame) return false
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false
  if (frame.url.startsWith('file://')) return true
  return devServerUrl !== undefined && devServerUrl !== '' && new URL(frame.url).origin === new URL(devServerUrl).origin
}
