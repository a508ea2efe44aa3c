// The backend runs in a worker behind the browser host (and, the same module, behind Electron main):
// a slow call must not hold up the host, a cheap read must not wait behind it, and a crashed worker
// must cost the coach one failed call, not the app.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { EventEmitter } from 'node:events'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../../src/host/server'
import { fixedClock, type Clock } from '../../src/main/clock'
import { athleteRepo } from '../../src/main/db/athletes'
import { openDatabase } from '../../src/main/db/open'
import { sessionRepo } from '../../src/main/db/sessions'
import { serveBackend, utilityParentLink } from '../../src/main/worker/serve'
import type { FromWorker, JobProgress } from '../../src/main/worker/protocol'
import { addDays } from '../../src/shared/calendar'
import { AthleteInput, SessionInput } from '../../src/shared/domain'
import { tempDir } from '../helpers/tempdb'

const hosts: RunningHost[] = []
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

const pinned = fixedClock(new Date(2026, 10, 25, 12))

const rendererIn = (dir: string) => {
  const rendererDir = path.join(dir, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<html><head><title>Ballast</title></head><body></body></html>'
  )
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  return rendererDir
}

const start = async (options: { dir?: string; clock?: Clock; backupOnStart?: boolean } = {}) => {
  const dir = options.dir ?? tempDir()
  const host = await startHost({
    dbPath: path.join(dir, 'data', 'ballast.sqlite'),
    rendererDir: rendererIn(dir),
    clock: options.clock ?? pinned,
    backupOnStart: options.backupOnStart
  })
  hosts.push(host)
  return host
}

/** A squad with years of history, written straight through the repositories before the host starts. */
const seed = (dir: string, athletes: number, sessionsEach: number) => {
  const db = openDatabase(path.join(dir, 'data', 'ballast.sqlite'))
  const a = athleteRepo(db)
  const s = sessionRepo(db)
  db.transaction(() => {
    for (let i = 0; i < athletes; i++) {
      const athlete = a.create(
        AthleteInput.parse({ name: `Runner ${i}`, level: 'intermediate', bodyMassKg: 70 }),
        '2026-01-01T00:00:00.000Z'
      )
      const rows = Array.from({ length: sessionsEach }, (_, k) =>
        SessionInput.parse({
          athleteId: athlete.id,
          date: addDays('2026-11-20', -k),
          type: 'easy',
          durationMin: 40,
          distanceKm: 8,
          ankleWeightKg: k % 3 === 0 ? 0.5 : 0,
          weightedMin: k % 3 === 0 ? 10 : 0,
          notes: `run ${k}`
        })
      )
      s.createMany(rows, '2026-01-01T00:00:00.000Z')
    }
  })()
  db.close()
}

const request = (
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }
) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, body }))
      }
    )
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })

const api =
  (h: RunningHost) =>
  async (channel: string, input: unknown = {}) => {
    const r = await request(h.port, {
      path: `/api/${channel}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ballast-token': h.token },
      body: JSON.stringify(input)
    })
    return JSON.parse(r.body)
  }

describe('the backend worker behind the browser host', () => {
  it('answers settings and serves the page while a slow export of every session runs', async () => {
    const dir = tempDir()
    seed(dir, 20, 1500)
    const h = await start({ dir })
    expect(await h.backend.whenReaderReady()).toBe(true)
    const call = api(h)
    const finished: string[] = []
    // Every session of the squad as CSV: the worker is busy with it for a while.
    const slow = call('exportSessionsCsv').then((r) => (finished.push('export'), r))
    const settings = call('getSettings').then((r) => (finished.push('settings'), r))
    const page = request(h.port, { path: '/assets/app.js', headers: { 'x-ballast-token': h.token } }).then(
      (r) => (finished.push('static file'), r)
    )
    const [exported, got, file] = await Promise.all([slow, settings, page])
    expect(exported).toMatchObject({ ok: true, value: { rows: 20 * 1500 } })
    expect(got).toMatchObject({ ok: true, value: { massUnit: 'kg' } })
    expect(file.status).toBe(200)
    expect(finished.indexOf('settings')).toBeLessThan(finished.indexOf('export'))
    expect(finished.indexOf('static file')).toBeLessThan(finished.indexOf('export'))
  })

  it('a read answered by the reader sees the write answered just before it', async () => {
    const h = await start()
    expect(await h.backend.whenReaderReady()).toBe(true)
    const call = api(h)
    expect(await call('updateSettings', { massUnit: 'lb', coachName: 'Sam' })).toMatchObject({ ok: true })
    expect(await call('getSettings')).toMatchObject({ ok: true, value: { massUnit: 'lb', coachName: 'Sam' } })
    const created = await call('createAthlete', { name: 'Ida', level: 'novice' })
    expect(await call('getAthlete', { id: created.value.id })).toMatchObject({ ok: true, value: { name: 'Ida' } })
    expect((await call('listAthletes', { includeArchived: false })).value.map((a: { name: string }) => a.name)).toEqual(
      ['Ida']
    )
  })

  it('a crashed worker fails the call in flight with an error the page can show, then answers again', async () => {
    const dir = tempDir()
    seed(dir, 10, 1500)
    const h = await start({ dir })
    const call = api(h)
    const ida = await call('createAthlete', { name: 'Ida', level: 'novice' })
    // The export is handed to the worker (the call the HTTP route makes), then the worker ends as a crash would.
    const inFlight = h.backend.call('exportSessionsCsv', {})
    h.backend.kill()
    const failed = (await inFlight) as any
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(failed.error.message).toMatch(/stopped unexpectedly.*try again/)
    // A new worker takes over: what was saved before the crash is there, and writes work.
    expect(await call('getAthlete', { id: ida.value.id })).toMatchObject({ ok: true, value: { name: 'Ida' } })
    expect(await call('createAthlete', { name: 'Jo', level: 'novice' })).toMatchObject({
      ok: true,
      value: { name: 'Jo' }
    })
    // The reader crashing costs nothing either: its reads go to the main worker until it is back.
    h.backend.kill('reader')
    expect(await call('getSettings')).toMatchObject({ ok: true, value: { massUnit: 'kg' } })
    expect(await h.backend.whenReaderReady()).toBe(true)
    const listed = await call('listAthletes', { includeArchived: false })
    expect(listed.value.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Ida', 'Jo']))
  })

  it('the pinned clock reaches the worker: "today" and the start-up backup both use it', async () => {
    const at = new Date(2028, 1, 29, 23, 30)
    const dir = tempDir()
    const h = await start({ dir, clock: fixedClock(at), backupOnStart: true })
    expect(await api(h)('getSquad')).toMatchObject({ ok: true, value: { today: '2028-02-29' } })
    const backups = path.join(dir, 'data', 'backups')
    const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-')
    await expect
      .poll(() => (fs.existsSync(backups) ? fs.readdirSync(backups) : []))
      .toEqual([`ballast-auto-${stamp}.sqlite`])
  })

  it('reports the progress of an import being confirmed, and the rows land in the database', async () => {
    const h = await start()
    const call = api(h)
    const progress: JobProgress[] = []
    h.backend.onProgress((p) => progress.push(p))
    const athlete = await call('createAthlete', { name: 'Ada Quist', level: 'intermediate', bodyMassKg: 60 })
    const { value: job } = await call('importBegin', { athleteId: athlete.value.id })
    const csv = fs.readFileSync(path.join(__dirname, '../fixtures/import/good/sessions.csv'))
    expect(
      await call('importAddFile', {
        jobId: job.jobId,
        name: 'sessions.csv',
        size: csv.length,
        offset: 0,
        chunk: csv.toString('base64'),
        last: true
      })
    ).toMatchObject({ ok: true, value: { error: null } })
    await call('importRead', { jobId: job.jobId })
    let preview: any
    await expect
      .poll(async () => (preview = await call('importProgress', { jobId: job.jobId })).value.state)
      .toBe('ready')
    const rows = preview.value.rows
      .filter((r: { status: string }) => r.status === 'new')
      .map((r: { rowId: number }) => ({ rowId: r.rowId }))
    expect(rows.length).toBeGreaterThan(0)
    const summary = await call('importConfirm', { jobId: job.jobId, rows })
    expect(summary).toMatchObject({ ok: true, value: { imported: rows.length } })
    expect(progress).toEqual([
      { jobId: job.jobId, done: 0, total: rows.length },
      { jobId: job.jobId, done: rows.length, total: rows.length }
    ])
    expect((h.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(rows.length)
  })

  it('closes cleanly: the WAL is folded into the file and the next start sees everything', async () => {
    const dir = tempDir()
    const h = await start({ dir })
    await api(h)('createAthlete', { name: 'Ida', level: 'novice' })
    expect((h.db.prepare('SELECT name FROM athletes').all() as { name: string }[]).map((r) => r.name)).toEqual(['Ida'])
    await h.close()
    hosts.splice(hosts.indexOf(h), 1)
    const dbFile = path.join(dir, 'data', 'ballast.sqlite')
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false)
    const again = await start({ dir })
    expect(await api(again)('listAthletes', { includeArchived: false })).toMatchObject({
      ok: true,
      value: [{ name: 'Ida' }]
    })
  })

  it('refuses to start on a database from a newer Ballast, with the reason, and leaves the file alone', async () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'data'))
    const db = openDatabase(path.join(dir, 'data', 'ballast.sqlite'))
    db.pragma('user_version = 999')
    db.close()
    await expect(start({ dir })).rejects.toThrow(/newer version of Ballast/)
    const probe = new Database(path.join(dir, 'data', 'ballast.sqlite'), { readonly: true })
    expect(probe.pragma('user_version', { simple: true })).toBe(999)
    probe.close()
  })
})

describe('the worker side over an Electron-style parent port', () => {
  it('unwraps message events, asks the host for a dialog and answers the call with a Result', async () => {
    const port = new EventEmitter() as EventEmitter & { postMessage: (m: unknown) => void }
    const sent: FromWorker[] = []
    const exits: number[] = []
    const dir = tempDir()
    const target = path.join(dir, 'out.csv')
    port.postMessage = (message) => {
      const m = message as FromWorker
      sent.push(m)
      // The host's half: answer the save dialog with a path.
      if (m.type === 'ability')
        port.emit('message', { data: { type: 'abilityResult', id: m.id, ok: true, value: target } })
    }
    serveBackend(utilityParentLink(port, (code) => exits.push(code)))
    const send = (data: unknown) => port.emit('message', { data })
    send({
      type: 'init',
      lane: 'main',
      dbPath: path.join(dir, 'ballast.sqlite'),
      clock: { kind: 'fixed', at: pinned.now().getTime() },
      abilities: ['chooseSavePath'],
      backupOnStart: false
    })
    expect(sent).toEqual([{ type: 'ready' }])
    send({ type: 'call', id: 7, channel: 'exportSessionsCsv', input: {} })
    await expect
      .poll(() => sent.find((m) => m.type === 'result'))
      .toMatchObject({
        type: 'result',
        id: 7,
        result: { ok: true, value: { savedTo: target, fileName: 'ballast-sessions-all-2026-11-25.csv' } }
      })
    expect(sent.filter((m) => m.type === 'ability')).toEqual([
      {
        type: 'ability',
        id: 1,
        name: 'chooseSavePath',
        args: ['ballast-sessions-all-2026-11-25.csv', [{ name: 'CSV', extensions: ['csv'] }]]
      }
    ])
    expect(fs.existsSync(target)).toBe(true)
    send({ type: 'call', id: 8, channel: 'dropTables', input: {} })
    expect(sent.at(-1)).toEqual({
      type: 'result',
      id: 8,
      result: { ok: false, error: { code: 'invalid_input', message: 'No such channel: dropTables' } }
    })
    send({ type: 'close' })
    expect(sent.at(-1)).toEqual({ type: 'closed' })
    expect(exits).toEqual([0])
  })
})

describe('a bulk export of 30 plan packs', () => {
  it(
    'shows its progress item by item, and the squad view and settings are answered while it runs',
    { timeout: 240_000 },
    async () => {
      const h = await start()
      expect(await h.backend.whenReaderReady()).toBe(true)
      const call = api(h)
      const ids: number[] = []
      for (let i = 0; i < 30; i++) {
        const a = await call('createAthlete', {
          name: `Runner ${String(i + 1).padStart(2, '0')}`,
          level: 'intermediate',
          bodyMassKg: 60 + i
        })
        const plan = await call('generatePlan', {
          athleteId: a.value.id,
          name: 'Spring block',
          goal: '',
          startDate: '2026-11-30',
          weeks: 12,
          runsPerWeek: 3,
          availableDays: [1, 3, 6]
        })
        expect(plan, `plan for runner ${i + 1}`).toMatchObject({ ok: true })
        ids.push(a.value.id)
      }
      const job = await call('beginBulkPlanExport', { athleteIds: ids, acknowledged: [] })
      expect(job).toMatchObject({ ok: true, value: { cancelled: false } })
      // The renderer asks for one pack at a time, so it can move its progress bar after each.
      const events: string[] = []
      const progress: number[] = []
      const exporting = (async () => {
        for (const [n, athleteId] of ids.entries()) {
          const item = await call('exportBulkPlanItem', { exportId: job.value.exportId, athleteId })
          expect(item, `pack ${n + 1}`).toMatchObject({ ok: true, value: { status: 'download' } })
          expect(Buffer.from(item.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
          progress.push(n + 1)
          events.push(`pack ${n + 1}`)
        }
      })()
      // Once the export is under way, the coach opens the squad view and the settings.
      await expect.poll(() => progress.length, { timeout: 120_000 }).toBeGreaterThan(0)
      const [squad, settings] = await Promise.all([
        call('getSquad').then((r) => (events.push('squad'), r)),
        call('getSettings').then((r) => (events.push('settings'), r))
      ])
      await exporting
      expect(squad).toMatchObject({ ok: true })
      expect(squad.value.athletes).toHaveLength(30)
      expect(settings).toMatchObject({ ok: true, value: { massUnit: 'kg' } })
      expect(progress).toEqual(ids.map((_, i) => i + 1))
      // Both were answered between packs, long before the last one: the export did not hold the app.
      expect(events.indexOf('squad')).toBeLessThan(events.indexOf('pack 30'))
      expect(events.indexOf('settings')).toBeLessThan(events.indexOf('pack 30'))
    }
  )
})
