// Peak RSS of the backend process itself, the figure issue 12 asks for. The bench process's own peak
// also holds an in-process backend, worker threads, the browser host and Playwright's driver, so it
// is only an upper bound. Here the production bundle Electron runs in its utility process
// (out/main/backendWorker.js, from `npm run build`) runs in a Node process of its own, spoken to by
// the app's own runner (src/main/worker/runner.ts) over the worker protocol; a small preload gives it
// the process.parentPort an Electron utility process has. After the bench's work (a new day's squad
// view, the busiest athlete's view, a CSV import, a plan pack PDF and a bulk export of every plan the
// figures made), its peak resident set is read from /proc/<pid>/status (VmHWM): Linux only. Plan
// packs render in PDF renderer processes beside it (src/main/worker/pdfPool.ts); their peaks are
// read the same way while they run and reported as their own figure, not left out.
import { fork, type ChildProcess } from 'node:child_process'
import Database from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fixedClock } from '../../src/main/clock'
import { createBackendRunner } from '../../src/main/worker/runner'
import type { WorkerLink } from '../../src/main/worker/runner'
import { addDays } from '../../src/shared/calendar'
import { forkRenderer } from '../../src/main/worker/pdfFork'
import { ballastCsv, bulkExport, importCsv, type Call } from './backend'
import { BUILT_RENDERER } from './figures'

const bundle = path.resolve(__dirname, '..', '..', 'out', 'main', 'backendWorker.js')

// Electron's utility process delivers MessageEvents ({ data }) on process.parentPort.
const SHIM = `process.parentPort = {
  on: (event, listener) => process.on(event, (data) => listener({ data })),
  postMessage: (message) => process.send(message)
}
`

const peakKb = (pid: number): number | null => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : null
  } catch {
    return null
  }
}

export async function backendProcessRss(
  dbFile: string,
  today: string,
  csvRows: number
): Promise<{
  maxRssMb: number | null
  plans: number
  why?: string
  /** The PDF renderer processes beside it (pdfPool.ts): the largest one's peak, the sum of all peaks, how many ran. */
  renderers: { maxRssMb: number; sumRssMb: number; count: number } | null
}> {
  if (!fs.existsSync(bundle) || !fs.existsSync(BUILT_RENDERER))
    return { maxRssMb: null, plans: 0, why: 'no build (run npm run build first)', renderers: null }
  // Found here, read-only, so the backend process does no extra work for it.
  const ro = new Database(dbFile, { readonly: true })
  const busiest = (
    ro.prepare('SELECT athlete_id AS id FROM sessions GROUP BY athlete_id ORDER BY count(*) DESC LIMIT 1').get() as {
      id: number
    }
  ).id
  ro.close()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-rss-'))
  const shim = path.join(dir, 'utility-port.cjs')
  fs.writeFileSync(shim, SHIM)
  let child: ChildProcess | undefined
  // A day after the bench's: every athlete is evaluated in this process, as on a coach's first view.
  const [y, m, d] = addDays(today, 1).split('-').map(Number)
  const runner = createBackendRunner({
    dbPath: dbFile,
    clock: fixedClock(new Date(y, m - 1, d, 12, 0, 0)),
    readerLane: false,
    // The app's PDF renderers (the built entry), forked by this host as the browser host does; in
    // Electron main forks the same entry as utility processes. Their memory is measured below.
    pdfRenderers: { spawn: forkRenderer(BUILT_RENDERER) },
    spawn: (): WorkerLink => {
      const c = fork(bundle, [], {
        execArgv: ['--require', shim],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc']
      })
      child = c
      return {
        post: (message) => c.send(message),
        onMessage: (listener) => void c.on('message', listener as (m: unknown) => void),
        onExit: (listener) => void c.once('exit', (code) => listener(code ?? 1)),
        kill: () => void c.kill()
      }
    }
  })
  // Each renderer's peak resident set, read while it runs (a renderer ends when idle or at close).
  const rendererPeaks = new Map<number, number>()
  const sample = () => {
    for (const pid of runner.pdfRendererPids()) {
      const kb = peakKb(pid)
      if (kb !== null) rendererPeaks.set(pid, Math.max(kb, rendererPeaks.get(pid) ?? 0))
    }
  }
  const sampler = setInterval(sample, 100)
  const call: Call = async (channel, input) => {
    const r = await runner.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value as never
  }
  try {
    await runner.start()
    await call('getSquad', { includeArchived: false })
    await call('getSquad', { includeArchived: false })
    const squad = await call<{ today: string; athletes: { id: number }[] }>('getSquad', { includeArchived: true })
    await Promise.all([
      call('getAthlete', { id: busiest }),
      call('listSessions', { athleteId: busiest }),
      call('listWarnings', { athleteId: busiest }),
      call('getAthleteDashboard', { athleteId: busiest, range: 'all' })
    ])
    const { id } = await call<{ id: number }>('createAthlete', {
      name: 'Import RSS',
      bodyMassKg: 70,
      level: 'advanced'
    })
    await importCsv(call, id, ballastCsv('Import RSS', csvRows, squad.today))
    const marks = await call<{ athleteId: number; planId: number | null; cautions: number; stops: number }[]>(
      'checkBulkPlanExport',
      { athleteIds: squad.athletes.map((a) => a.id) }
    )
    const withPlans = marks.filter((mk) => mk.planId !== null)
    if (withPlans.length) {
      const first = withPlans[0]
      await call('exportPlanPdf', {
        planId: first.planId,
        acknowledged: { cautions: first.cautions, stops: first.stops }
      })
      await bulkExport(
        call,
        withPlans.map((mk) => mk.athleteId)
      )
    }
    const kb = child?.pid ? peakKb(child.pid) : null
    sample()
    const peaks = [...rendererPeaks.values()]
    const renderers = peaks.length
      ? {
          maxRssMb: Math.max(...peaks) / 1024,
          sumRssMb: peaks.reduce((a, b) => a + b, 0) / 1024,
          count: peaks.length
        }
      : null
    return kb === null
      ? { maxRssMb: null, plans: withPlans.length, why: 'no /proc/<pid>/status here (Linux only)', renderers }
      : { maxRssMb: kb / 1024, plans: withPlans.length, renderers }
  } finally {
    clearInterval(sampler)
    await runner.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
