// The browser host's guards: loopback only, Host check, per-run token, same contract.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../../src/host/server'
import { fixedClock, type Clock } from '../../src/main/clock'
import { tempDir } from '../helpers/tempdb'

const hosts: RunningHost[] = []
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

const pinned = fixedClock(new Date(2026, 10, 25, 12))
const start = async (clock: Clock = pinned) => {
  const dir = tempDir()
  const rendererDir = path.join(dir, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<html><head><title>Ballast</title></head><body></body></html>'
  )
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve')
  const host = await startHost({ dbPath: path.join(dir, 'data', 'ballast.sqlite'), rendererDir, clock })
  hosts.push(host)
  return host
}

const request = (
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }
) =>
  new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
      }
    )
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })

describe('browser host', () => {
  it('listens on loopback and serves the public page, its script and its api client without the token, and sets no cookie', async () => {
    const h = await start()
    // The token is in the fragment of the link: a browser never sends it to a server.
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/)
    const page = await request(h.port, { path: '/' })
    expect(page.status).toBe(200)
    // The page is the built renderer as it is: no script is added to it, and the CSP allows none inline.
    expect(page.body).toBe('<html><head><title>Ballast</title></head><body></body></html>')
    expect(page.body).not.toContain(h.token)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    const asset = await request(h.port, { path: '/assets/app.js' })
    expect(asset.status).toBe(200)
    // The HTTP client is part of the renderer's bundle now; the old separate script is gone.
    expect((await request(h.port, { path: '/host-api.js' })).status).toBe(404)
    const headers = { 'content-type': 'application/json', 'x-ballast-token': h.token }
    const responses = [
      page,
      asset,
      await request(h.port, { path: `/?token=${h.token}` }),
      await request(h.port, { path: '/api/listAthletes', method: 'POST', headers, body: '{}' }),
      await request(h.port, {
        path: '/api/listAthletes',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}'
      }),
      await request(h.port, { path: '/nothing-here' })
    ]
    for (const r of responses) expect(r.headers['set-cookie']).toBeUndefined()
  })

  it('refuses an api call without the token header, even with the old cookie or the token in the address', async () => {
    const h = await start()
    const json = { 'content-type': 'application/json' }
    const withCookie = await request(h.port, {
      path: '/api/listAthletes',
      method: 'POST',
      headers: { ...json, cookie: `ballast_token=${h.token}` },
      body: '{}'
    })
    expect(withCookie.status).toBe(401)
    const inQuery = await request(h.port, {
      path: `/api/listAthletes?token=${h.token}`,
      method: 'POST',
      headers: json,
      body: '{}'
    })
    expect(inQuery.status).toBe(401)
    const wrong = await request(h.port, {
      path: '/api/listAthletes',
      method: 'POST',
      headers: { ...json, 'x-ballast-token': 'f'.repeat(48) },
      body: '{}'
    })
    expect(wrong.status).toBe(401)
    const right = await request(h.port, {
      path: '/api/listAthletes',
      method: 'POST',
      headers: { ...json, 'x-ballast-token': h.token },
      body: '{}'
    })
    expect(JSON.parse(right.body)).toEqual({ ok: true, value: [] })
  })

  it('answers the api only to its own page: another site, or another port on 127.0.0.1, is refused even with the token', async () => {
    const h = await start()
    const other = `http://127.0.0.1:${h.port + 1}`
    const foreign: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      // A page on another local port is "same-site" for the browser: still not ours.
      { 'sec-fetch-site': 'same-site' },
      { referer: `${other}/attack.html` },
      { origin: 'https://evil.example' }
    ]
    const call = (headers: Record<string, string>) =>
      request(h.port, {
        path: '/api/listAthletes',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ballast-token': h.token, ...headers },
        body: '{}'
      })
    for (const headers of foreign) expect((await call(headers)).status, JSON.stringify(headers)).toBe(403)
    const own = await call({ 'sec-fetch-site': 'same-origin', referer: `http://127.0.0.1:${h.port}/` })
    expect(JSON.parse(own.body)).toEqual({ ok: true, value: [] })
  })

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const h = await start()
    for (const p of ['/', '/assets/app.js']) {
      const r = await request(h.port, { path: p, headers: { host: `attacker.example:${h.port}` } })
      expect(r.status).toBe(403)
    }
    const api = await request(h.port, {
      path: '/api/listAthletes',
      method: 'POST',
      headers: { host: `attacker.example:${h.port}`, 'content-type': 'application/json', 'x-ballast-token': h.token },
      body: '{}'
    })
    expect(api.status).toBe(403)
  })

  it('answers contract calls with the same Result envelope as IPC', async () => {
    const h = await start()
    const headers = { 'content-type': 'application/json', 'x-ballast-token': h.token }
    const created = await request(h.port, {
      path: '/api/createAthlete',
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Ida', level: 'novice' })
    })
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Ida' } })
    const bad = await request(h.port, {
      path: '/api/createSession',
      method: 'POST',
      headers,
      body: JSON.stringify({
        athleteId: 1,
        date: '2026-11-01',
        type: 'easy',
        durationMin: 20,
        ankleWeightKg: 1,
        weightedMin: 25
      })
    })
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'weightedMin' }] }
    })
    expect((await request(h.port, { path: '/api/dropTables', method: 'POST', headers, body: '{}' })).status).toBe(404)
    expect(
      (
        await request(h.port, {
          path: '/api/listAthletes',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}'
        })
      ).status
    ).toBe(401)
    expect(
      (
        await request(h.port, {
          path: '/api/listAthletes',
          method: 'POST',
          headers: { ...headers, origin: 'https://evil.example' },
          body: '{}'
        })
      ).status
    ).toBe(403)
    expect(
      (
        await request(h.port, {
          path: '/api/listAthletes',
          method: 'POST',
          headers: { 'x-ballast-token': h.token, 'content-type': 'text/plain' },
          body: '{}'
        })
      ).status
    ).toBe(415)
  })

  it('answers "today" from the clock it was given, not the machine\'s', async () => {
    const h = await start(fixedClock(new Date(2028, 1, 29, 23, 30)))
    const headers = { 'content-type': 'application/json', 'x-ballast-token': h.token }
    const squad = await request(h.port, { path: '/api/getSquad', method: 'POST', headers, body: '{}' })
    expect(JSON.parse(squad.body)).toMatchObject({ ok: true, value: { today: '2028-02-29' } })
  })

  it('survives malformed addresses, with or without the token, and keeps answering', async () => {
    const h = await start()
    // `//` made `new URL` throw outside any try and killed the host; `%zz` did the same in decodeURIComponent.
    expect((await request(h.port, { path: '//' })).status).toBe(400)
    expect((await request(h.port, { path: '//', headers: { 'x-ballast-token': h.token } })).status).toBe(400)
    expect((await request(h.port, { path: '/%zz', headers: { 'x-ballast-token': h.token } })).status).toBe(400)
    expect((await request(h.port, { path: '/assets/%E0%A4%A', headers: { 'x-ballast-token': h.token } })).status).toBe(
      400
    )
    expect((await request(h.port, { path: '/' })).status).toBe(200)
  })

  it('never serves files outside the renderer folder', async () => {
    const h = await start()
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const r = await request(h.port, { path: p, headers: { 'x-ballast-token': h.token } })
      expect(r.status).toBe(404)
      expect(r.body).not.toContain('do not serve')
    }
  })
})
