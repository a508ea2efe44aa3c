// The browser host's memory and socket limits (issue 13 item 6): an oversized body gets 413 (not a
// reset), calls past the concurrency or buffered-bytes limit get 503, slow headers or bodies are
// dropped, and the host keeps answering afterwards.
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultLimits, startHost, type HostLimits, type RunningHost } from '../../src/host/server'
import { fixedClock } from '../../src/main/clock'
import { tempDir } from '../helpers/tempdb'

const hosts: RunningHost[] = []
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

const start = async (limits: Partial<HostLimits> = {}) => {
  const dir = tempDir()
  const rendererDir = path.join(dir, 'renderer')
  fs.mkdirSync(rendererDir, { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>')
  const host = await startHost({
    dbPath: path.join(dir, 'data', 'ballast.sqlite'),
    rendererDir,
    clock: fixedClock(new Date(2026, 10, 25, 12)),
    limits
  })
  hosts.push(host)
  return host
}

/** A POST to the API; `chunked` sends the body without a length, in pieces. */
const post = (h: RunningHost, channel: string, body: Buffer | string, chunked = false) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ballast-token': h.token }
    if (!chunked) headers['content-length'] = String(Buffer.byteLength(body))
    const req = http.request(
      { host: '127.0.0.1', port: h.port, path: `/api/${channel}`, method: 'POST', headers },
      (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode!, body: text }))
      }
    )
    req.on('error', reject)
    if (chunked) {
      const b = Buffer.from(body)
      for (let i = 0; i < b.length; i += 1024 * 1024) req.write(b.subarray(i, i + 1024 * 1024))
    } else req.write(body)
    req.end()
  })

const alive = async (h: RunningHost) => expect(await post(h, 'getSettings', '{}')).toMatchObject({ status: 200 })

/** A JSON body of about `bytes` bytes: a note on a session draft. */
const bodyOf = (bytes: number) => JSON.stringify({ draft: { notes: 'x'.repeat(bytes) } })

describe('browser host limits', () => {
  it('a body over the limit is answered 413 with a message, with or without a length, and the host keeps serving', async () => {
    const h = await start()
    const big = bodyOf(defaultLimits.maxBodyBytes + 1024)
    for (const chunked of [false, true]) {
      const r = await post(h, 'checkDraftSession', big, chunked)
      expect(r.status).toBe(413)
      expect(JSON.parse(r.body)).toMatchObject({
        ok: false,
        error: { message: 'The request is larger than 20 MB, so the host did not read it.' }
      })
    }
    await alive(h)
  })

  it('ten bodies of 19 MB arriving together: those past the buffered limit get 503 at once, none a reset, and the host keeps serving', async () => {
    const h = await start()
    const body = Buffer.from(bodyOf(19 * 1024 * 1024))
    const half = body.length >> 1
    // All ten send their headers and half their body, so all ten are in the host at the same time.
    const sends = Array.from({ length: 10 }, () => {
      let finish = () => undefined as void
      const answer = new Promise<{ status: number; body: string }>((resolve) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: h.port,
            path: '/api/checkDraftSession',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-ballast-token': h.token,
              'content-length': String(body.length)
            }
          },
          (res) => {
            let text = ''
            res.on('data', (c) => (text += c))
            res.on('end', () => resolve({ status: res.statusCode!, body: text }))
          }
        )
        req.on('error', () => undefined) // a refused call may see its socket closed while it still writes
        req.write(body.subarray(0, half))
        finish = () => void req.end(body.subarray(half))
      })
      return { answer, finish: () => finish() }
    })
    const fits = Math.floor(defaultLimits.maxBufferedBytes / body.length)
    // The refused ones are answered before any body ends (whichever of the ten they are).
    const arrived: { status: number; body: string }[] = []
    for (const s of sends) void s.answer.then((r) => arrived.push(r))
    await expect.poll(() => arrived.length, { timeout: 15_000 }).toBe(10 - fits)
    for (const r of arrived) {
      expect(r.status).toBe(503)
      expect(JSON.parse(r.body)).toMatchObject({
        ok: false,
        error: { message: 'The Ballast host is busy with other calls; try again in a moment.' }
      })
    }
    for (const s of sends) s.finish()
    // The others are read whole and answered (as invalid input: the draft has no athlete).
    const all = await Promise.all(sends.map((s) => s.answer))
    expect(all.filter((r) => r.status === 200)).toHaveLength(fits)
    await alive(h)
  })

  it('a call past the concurrency limit gets 503 while the others are answered', async () => {
    const h = await start({ maxConcurrentCalls: 2 })
    // Two calls whose bodies have not finished arriving hold both places.
    const open = [0, 1].map(() => {
      const req = http.request({
        host: '127.0.0.1',
        port: h.port,
        path: '/api/getSettings',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ballast-token': h.token, 'content-length': '2' }
      })
      const answer = new Promise<number>((resolve) =>
        req.on('response', (res) => (res.resume(), resolve(res.statusCode!)))
      )
      req.write('{')
      return { req, answer }
    })
    await new Promise((r) => setTimeout(r, 300))
    const third = await post(h, 'getSettings', '{}')
    expect(third.status).toBe(503)
    for (const o of open) o.req.end('}')
    expect(await Promise.all(open.map((o) => o.answer))).toEqual([200, 200])
    await alive(h)
  })

  it('a client that sends half its headers, or half its body, is dropped after the timeout', async () => {
    const h = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 })
    const stall = (text: string) =>
      new Promise<{ answer: string; closedAfterMs: number }>((resolve) => {
        const began = performance.now()
        const socket = net.connect(h.port, '127.0.0.1', () => socket.write(text))
        let answer = ''
        socket.on('data', (d) => (answer += d))
        socket.on('error', () => undefined)
        socket.on('close', () => resolve({ answer, closedAfterMs: performance.now() - began }))
      })
    const headers = await stall(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`)
    expect(headers.answer).toMatch(/^HTTP\/1.1 408/)
    expect(headers.closedAfterMs).toBeLessThan(5000)
    const body = await stall(
      `POST /api/getSettings HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nContent-Type: application/json\r\nX-Ballast-Token: ${h.token}\r\nContent-Length: 100\r\n\r\n{"a":`
    )
    expect(body.answer).toMatch(/^HTTP\/1.1 408/)
    expect(body.closedAfterMs).toBeLessThan(5000)
    await alive(h)
  })
})
