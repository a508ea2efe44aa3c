// The Electron checklist in one place: window options, CSP, which page is ours, navigation and
// permission policy. Plain functions (no electron import at run time), tested under Node.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserWindowConstructorOptions, WebFrameMain } from 'electron'

/**
 * The renderer's Content-Security-Policy. No inline script and no inline <style>: the page's CSS is
 * one built file. React sets `style={…}` through the CSSOM (element.style), which CSP does not
 * govern, so no 'unsafe-inline' is needed anywhere (checked in the e2e tour and the Electron smoke).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The same policy as a <meta> tag can carry it: the packaged app loads index.html from file://,
 * where no response header exists (onHeadersReceived never sees it), so the meta tag in
 * src/renderer/index.html is what protects the window. frame-ancestors is ignored in a meta tag
 * (browsers warn), so it is left out there.
 */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')

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

const loopbackHost = (hostname: string): boolean => {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\./.test(h) ||
    h === '0.0.0.0' ||
    h === '::1' ||
    h === '::' ||
    /^::ffff:127\./.test(h) ||
    /^::ffff:7f/.test(h)
  )
}

/**
 * Only https links to another machine may leave the app, and only to the system browser: no
 * http (a local server on this computer could be driven by a link), no file:, no loopback host.
 */
export const isSafeExternalUrl = (raw: string): boolean => {
  try {
    const url = new URL(raw)
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      url.hostname !== '' &&
      !loopbackHost(url.hostname)
    )
  } catch {
    return false
  }
}

/**
 * The dev server URL (electron-vite dev sets ELECTRON_RENDERER_URL) is honoured only in an
 * unpackaged app and only on this machine's loopback: a packaged app always shows its own file,
 * so no environment variable can give another page the window's IPC trust.
 */
export const devServerUrl = (isPackaged: boolean, candidate: string | undefined): string | undefined => {
  if (isPackaged || !candidate) return undefined
  try {
    const url = new URL(candidate)
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHost(url.hostname) ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Our page: the built renderer's index.html (exact file), or the dev server in development. */
export interface OwnPage {
  indexFile: string
  devServerUrl?: string
}

type FrameId = Pick<WebFrameMain, 'processId' | 'routingId' | 'url'>

const isOurFile = (raw: string, indexFile: string): boolean => {
  try {
    const url = new URL(raw)
    if (url.protocol !== 'file:' || url.search !== '') return false
    url.hash = '' // the app's own routes (#/athlete/3) are the same document
    return path.resolve(fileURLToPath(url)) === path.resolve(indexFile)
  } catch {
    return false // file://host/… or a malformed URL
  }
}

/** True only for our window's top frame, showing our own page (the built index.html or the dev server). */
export const isOwnFrame = (frame: FrameId | null | undefined, mainFrame: FrameId, own: OwnPage): boolean => {
  if (!frame) return false
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false
  if (isOurFile(frame.url, own.indexFile)) return true
  if (!own.devServerUrl) return false
  try {
    return new URL(frame.url).origin === new URL(own.devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * Permissions the renderer needs: none (no camera, microphone, notifications, clipboard reads,
 * geolocation, fullscreen, MIDI, HID, serial or USB). Every request and check is refused.
 */
export const grantedPermissions: readonly string[] = []
export const permissionGranted = (permission: string): boolean => grantedPermissions.includes(permission)
