// The browser host: serves the built renderer on loopback and answers the same contract over
// HTTP by forwarding each call to the backend worker (the same worker module Electron runs in its
// utility process). It exists because the Electron runtime cannot always be downloaded; Playwright
// drives the real UI through it. This thread only routes: a slow call never stops it serving files
// or taking the next request.
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Clock } from '../main/clock'
import type { Db } from '../main/db/open'
import { isChannelName } from '../main/dispatch'
import { contentSecurityPolicy } from '../main/security'
import { createBackendRunner, type BackendRunner } from '../main/worker/runner'
import { forkRenderer } from '../main/worker/pdfFork'
import { threadSpawner } from '../main/worker/thread'

export interface HostOptions {
  dbPath: string
  rendererDir: string
  port?: number
  token?: string
  /** "Now" for the backend; tests pin it (fixedClock) so a run never depends on the machine's date. */
  clock?: Clock
  /** Take the rolling start-up backup beside the database, as the desktop app does (npm run web). */
  backupOnStart?: boolean
  /** Answer cheap reads from a second, read-only worker while the main one is busy (default true). */
  readerLane?: boolean
  log?: (message: string) => void
  /** Limits (defaults below); tests make the timeouts short. */
  limits?: Partial<HostLimits>
}

/**
 * What one host run holds at most, so no page or program can grow its memory without bound or keep
 * its sockets forever: a body over maxBodyBytes is answered 413, calls past maxConcurrentCalls or bodies
 * past maxBufferedBytes (all calls together) are answered 503, and a request whose headers or body do
 * not arrive in time is dropped (408).
 */
export interface HostLimits {
  maxBodyBytes: number
  maxConcurrentCalls: number
  maxBufferedBytes: number
  headersTimeoutMs: number
  requestTimeoutMs: number
}

/** An import chunk (IMPORT_CHUNK_BYTES as base64, ~5.6 MB) fits several times over. */
export const defaultLimits: HostLimits = {
  maxBodyBytes: 20 * 1024 * 1024,
  maxConcurrentCalls: 64,
  maxBufferedBytes: 64 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000
}

export interface RunningHost {
  url: string
  port: number
  token: string
  /** The backend worker(s) behind the HTTP routes. */
  backend: BackendRunner
  /**
   * A read-only connection to the database for tests and tools, opened in this thread on first
   * use (reading it here does block the host; the app itself never does). Writes go through the backend.
   */
  readonly db: Db
  close: () => Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon'
}

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/**
 * Fetch Metadata, Origin and Referer: true when a browser says the request comes from another page
 * than ours. Another port on 127.0.0.1 is "same-site" but not "same-origin", so only same-origin
 * passes. A request without any of these headers (curl, a test) is not from a page.
 */
const fromAnotherPage = (req: http.IncomingMessage, ownOrigin: string): boolean => {
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return true
  const origin = req.headers.origin
  if (origin !== undefined && origin !== ownOrigin) return true
  const referer = req.headers.referer
  if (referer !== undefined) {
    try {
      if (new URL(referer).origin !== ownOrigin) return true
    } catch {
      return true
    }
  }
  return false
}

export const startHost = async (options: HostOptions): Promise<RunningHost> => {
  const token = options.token ?? crypto.randomBytes(24).toString('hex')
  const limits: HostLimits = { ...defaultLimits, ...options.limits }
  /** API calls between their first byte and their answer, and the body bytes they hold. */
  let inFlight = 0
  let buffered = 0
  const log = options.log ?? (() => undefined)
  const rendererDir = path.resolve(options.rendererDir)
  const indexFile = path.join(rendererDir, 'index.html')
  if (!fs.existsSync(indexFile))
    throw new Error(`The renderer is not built (${indexFile} is missing). Run "npm run build" first.`)
  const dbPath = path.resolve(options.dbPath)
  const backend = createBackendRunner({
    spawn: threadSpawner,
    dbPath,
    clock: options.clock,
    backupOnStart: options.backupOnStart,
    readerLane: options.readerLane,
    // Plan packs render in child processes of the host (src/main/worker/pdfPool.ts), as in Electron.
    pdfRenderers: { spawn: forkRenderer() },
    log
  })
  let port = 0

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    type = 'text/plain; charset=utf-8',
    extra: http.OutgoingHttpHeaders = {}
  ) => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...extra
    })
    res.end(body)
  }

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Loopback only, and only under our own host name: defeats DNS rebinding.
    const hostHeader = req.headers.host ?? ''
    if (hostHeader !== `127.0.0.1:${port}` && hostHeader !== `localhost:${port}`)
      return send(res, 403, 'Forbidden: unexpected Host header')
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://${hostHeader}`)
    } catch {
      return send(res, 400, 'Bad request: the address could not be read')
    }
    const ownOrigin = `http://${hostHeader}`

    // The API always needs the token, as a header only: never from a cookie or the address.
    if (url.pathname.startsWith('/api/')) {
      const presented = req.headers['x-ballast-token']
      if (typeof presented !== 'string' || !safeEqual(presented, token)) {
        return send(res, 401, 'Ballast needs the link with its token: use the URL printed when the host started.')
      }
      if (fromAnotherPage(req, ownOrigin)) return send(res, 403, 'Forbidden: the request comes from another page')
      const channel = url.pathname.slice('/api/'.length)
      if (req.method !== 'POST') return send(res, 405, 'Use POST')
      if (!isChannelName(channel)) return send(res, 404, `No such channel: ${channel}`)
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON')
      const envelope = (message: string) => JSON.stringify({ ok: false, error: { code: 'internal', message } })
      // Answered before the body is read; the rest of the body is read and dropped, so the client gets the answer, not a reset.
      const refuse = (status: 413 | 503, message: string) => {
        send(
          res,
          status,
          envelope(message),
          'application/json',
          status === 503 ? { 'retry-after': '1', connection: 'close' } : { connection: 'close' }
        )
        req.resume()
      }
      const tooLarge = `The request is larger than ${Math.round(limits.maxBodyBytes / 1024 / 1024)} MB, so the host did not read it.`
      const busy = 'The Ballast host is busy with other calls; try again in a moment.'
      const declared = Number(req.headers['content-length'])
      if (declared > limits.maxBodyBytes) return refuse(413, tooLarge)
      if (
        inFlight >= limits.maxConcurrentCalls ||
        (Number.isFinite(declared) && buffered + declared > limits.maxBufferedBytes)
      )
        return refuse(503, busy)
      inFlight++
      // A declared body is counted from the start, so calls arriving together cannot all pass the check before their bytes do.
      let held = Number.isFinite(declared) ? declared : 0
      buffered += held
      const release = () => {
        buffered -= held
        held = 0
      }
      res.on('close', () => {
        inFlight--
        release()
      })
      const chunks: Buffer[] = []
      let size = 0
      let refused: 413 | 503 | null = null
      req.on('data', (c: Buffer) => {
        if (refused) return
        size += c.length
        const extra = Math.max(0, size - held)
        if (size > limits.maxBodyBytes || buffered + extra > limits.maxBufferedBytes) {
          // A body without a length (chunked) that grows past a limit: drop what it holds, answer at its end.
          refused = size > limits.maxBodyBytes ? 413 : 503
          chunks.length = 0
          release()
          return
        }
        chunks.push(c)
        held += extra
        buffered += extra
      })
      req.on('error', () => undefined) // a client that goes away mid-request is not our failure
      req.on('end', async () => {
        if (refused)
          return send(res, refused, envelope(refused === 413 ? tooLarge : busy), 'application/json', {
            connection: 'close'
          })
        let input: unknown
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
        } catch {
          return send(
            res,
            400,
            JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON' } }),
            'application/json'
          )
        } finally {
          chunks.length = 0
        }
        try {
          const result = await backend.call(channel, input)
          // The page may have gone away while the worker was busy.
          if (!res.destroyed) send(res, 200, JSON.stringify(result), 'application/json')
        } catch (e) {
          log(`error in ${channel}: ${(e as Error)?.stack ?? e}`)
          if (!res.destroyed && !res.headersSent)
            send(
              res,
              500,
              JSON.stringify({
                ok: false,
                error: { code: 'internal', message: 'The Ballast host could not answer this call.' }
              }),
              'application/json'
            )
        }
      })
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed')
    // The rest is the public built renderer (its api client included: it holds no token) and needs no token.
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, 200, fs.readFileSync(indexFile), contentTypes['.html'], {
        'content-security-policy': contentSecurityPolicy
      })
    }
    let decoded: string
    try {
      decoded = decodeURIComponent(url.pathname)
    } catch {
      return send(res, 400, 'Bad request: the address could not be read')
    }
    const file = path.resolve(rendererDir, '.' + decoded)
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return send(res, 404, 'Not found')
    send(res, 200, fs.readFileSync(file), contentTypes[path.extname(file)] ?? 'application/octet-stream')
  }

  // No request, however malformed, may stop the host (DESIGN.md): whatever slips through is a 400.
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node looks for requests past those timeouts (its default, 30 s, would let them linger).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 2)
    },
    (req, res) => {
      try {
        handle(req, res)
      } catch (e) {
        log(`bad request ${JSON.stringify(req.url)}: ${(e as Error)?.message ?? e}`)
        if (!res.headersSent) send(res, 400, 'Bad request')
        else res.destroy()
      }
    }
  )

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as { port: number }).port
  const stopServer = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  try {
    // The worker opens (and if need be migrates) the database; a file it cannot open fails the start here.
    await backend.start()
  } catch (e) {
    await backend.close()
    await stopServer()
    throw e
  }
  // The token travels in the fragment: the browser never sends it to any server, and the page takes it out of the address bar.
  const url = `http://127.0.0.1:${port}/#token=${token}`
  let readConnection: Db | undefined
  return {
    url,
    port,
    token,
    backend,
    get db() {
      readConnection ??= new Database(dbPath, { readonly: true, fileMustExist: true })
      return readConnection
    },
    close: async () => {
      await stopServer()
      // This connection first, so the worker's is the last one and its close checkpoints the WAL.
      readConnection?.close()
      await backend.close()
    }
  }
}
