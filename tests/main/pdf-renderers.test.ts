// Plan packs rendered in PDF renderer processes beside the backend (src/main/worker/pdfPool.ts):
// the coach gets the same pack as before, a renderer that dies or hangs costs one export with a
// message saying so (never a hang), and no renderer outlives the backend or its host.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { fixedClock } from '../../src/main/clock'
import { openDatabase } from '../../src/main/db/open'
import { dispatch } from '../../src/main/dispatch'
import { forkRenderer } from '../../src/main/worker/pdfFork'
import { createPdfPool, RENDERER_STOPPED, type RendererLink } from '../../src/main/worker/pdfPool'
import { createBackendRunner, type BackendRunner } from '../../src/main/worker/runner'
import { threadSpawner } from '../../src/main/worker/thread'
import type { ExportedFile, PlanDetail } from '../../src/shared/contract/plan'
import { tempDir } from '../helpers/tempdb'

const clock = fixedClock(new Date(2026, 11, 9, 12)) // Wed 9 Dec 2026
const runners: BackendRunner[] = []
afterEach(async () => {
  for (const r of runners.splice(0)) await r.close()
})

/** A process that has ended and been reaped has no /proc entry; a zombie still has one. */
const gone = (pid: number) => !fs.existsSync(`/proc/${pid}`)

const pdfText = (bytes: Buffer) => {
  const file = path.join(tempDir(), 'pack.pdf')
  fs.writeFileSync(file, bytes)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** The app's runner (backend in a worker thread) with PDF renderer processes, as the browser host runs it. */
const start = async (pool: { idleMs?: number; timeoutMs?: number } = {}, dbPath = path.join(tempDir(), 'b.sqlite')) => {
  const runner = createBackendRunner({
    spawn: threadSpawner,
    dbPath,
    clock,
    readerLane: false,
    pdfRenderers: { spawn: forkRenderer(), ...pool }
  })
  runners.push(runner)
  await runner.start()
  const call = async <T = any>(channel: Parameters<typeof runner.call>[0], input: unknown): Promise<T> => {
    const r = await runner.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value as T
  }
  const planFor = async (name: string, notes = 'Flat loops only.') => {
    const a = await call<{ id: number }>('createAthlete', { name, bodyMassKg: 64, level: 'intermediate' })
    const plan = await call<PlanDetail>('generatePlan', {
      athleteId: a.id,
      name: 'Winter base',
      startDate: '2026-12-14',
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 5]
    })
    await call('updatePlan', {
      id: plan.plan.id,
      name: plan.plan.name,
      startDate: plan.plan.startDate,
      weeks: plan.plan.weeks,
      goal: plan.plan.goal,
      notes
    })
    return { athleteId: a.id, planId: plan.plan.id }
  }
  return { runner, call, planFor, dbPath }
}

describe('PDF renderer processes', () => {
  it(
    'render the same pack the backend renders itself, in a process that is neither the host nor the backend',
    { timeout: 60_000 },
    async () => {
      const { runner, call, planFor, dbPath } = await start()
      const { planId } = await planFor('Zoë Ødegaard')
      const file = await call<ExportedFile>('exportPlanPdf', { planId })
      const pids = runner.pdfRendererPids()
      expect(pids.length).toBeGreaterThanOrEqual(1)
      expect(pids).not.toContain(process.pid)
      // The same database read by a backend that renders in its own process (as before the pool).
      const db = openDatabase(dbPath)
      try {
        const here = (await dispatch(createBackend(db, { clock }), 'exportPlanPdf', { planId }, () => undefined)) as {
          ok: true
          value: ExportedFile
        }
        expect(file.fileName).toBe(here.value.fileName)
        const text = pdfText(Buffer.from(file.base64!, 'base64'))
        expect(text).toContain('Zoë Ødegaard')
        expect(text).toContain('Flat loops only.')
        expect(text).toBe(pdfText(Buffer.from(here.value.base64!, 'base64')))
      } finally {
        db.close()
      }
    }
  )

  it(
    'a renderer killed in the middle of a pack fails that export at once with a message, and the next export works',
    { timeout: 60_000 },
    async () => {
      const { runner, call, planFor } = await start()
      const { planId } = await planFor('Ida Berg')
      const exporting = runner.call('exportPlanPdf', { planId })
      // A fresh renderer takes a second or more to load react-pdf: it is killed with the pack in hand.
      await vi.waitUntil(() => runner.pdfRendererPids().length > 0, { timeout: 10_000, interval: 5 })
      const [pid] = runner.pdfRendererPids()
      process.kill(pid, 'SIGKILL')
      const failed = await exporting
      expect(failed).toEqual({ ok: false, error: { code: 'internal', message: RENDERER_STOPPED } })
      const again = await call<ExportedFile>('exportPlanPdf', { planId })
      expect(pdfText(Buffer.from(again.base64!, 'base64'))).toContain('Ida Berg')
      expect(runner.pdfRendererPids()).not.toContain(pid)
    }
  )

  it('a renderer that never answers is stopped after the time limit and the export says so', async () => {
    const killed: string[] = []
    let exit: (code: number | null) => void = () => undefined
    const silent: RendererLink = {
      post: () => undefined,
      onMessage: () => undefined,
      onExit: (l) => (exit = l),
      kill: () => {
        killed.push('killed')
        exit(null)
      }
    }
    const pool = createPdfPool({ spawn: () => silent, timeoutMs: 50 })
    await expect(pool.render({} as never)).rejects.toThrow(
      'The PDF could not be made: the PDF renderer took longer than 0 s and was stopped. Nothing was saved; try the export again.'
    )
    expect(killed).toEqual(['killed'])
    await pool.close()
  })

  it('a renderer ends after being idle, and none is left, nor a zombie, once the backend has closed', async () => {
    const { runner, call, planFor } = await start({ idleMs: 300 })
    const { planId } = await planFor('Ida Berg')
    await call('exportPlanPdf', { planId })
    const idle = runner.pdfRendererPids()
    expect(idle.length).toBeGreaterThan(0)
    await vi.waitUntil(() => runner.pdfRendererPids().length === 0, { timeout: 10_000, interval: 20 })
    await vi.waitUntil(() => idle.every(gone), { timeout: 5_000, interval: 20 })
    // A new pack starts a new renderer; closing the backend ends it.
    await call('exportPlanPdf', { planId })
    const running = runner.pdfRendererPids()
    expect(running.length).toBeGreaterThan(0)
    await runner.close()
    expect(running.every(gone)).toBe(true)
  }, 60_000)

  it(
    'renderers end when the process that started them dies without closing anything',
    { timeout: 60_000 },
    async () => {
      const script = path.join(tempDir(), 'host.ts')
      fs.writeFileSync(
        script,
        `import { createPdfPool } from ${JSON.stringify(path.resolve('src/main/worker/pdfPool.ts'))}
import { forkRenderer } from ${JSON.stringify(path.resolve('src/main/worker/pdfFork.ts'))}
const pool = createPdfPool({ spawn: forkRenderer() })
void pool.render(null as never).catch(() => undefined)
setTimeout(() => console.log(JSON.stringify(pool.pids())), 200)
setInterval(() => undefined, 1000)
`
      )
      const host = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
      const pids = await new Promise<number[]>((resolve) =>
        host.stdout.once('data', (d) => resolve(JSON.parse(String(d))))
      )
      expect(pids).toHaveLength(1)
      expect(gone(pids[0])).toBe(false)
      host.kill('SIGKILL')
      await vi.waitUntil(() => gone(pids[0]), { timeout: 15_000, interval: 50 })
    }
  )

  it(
    'a bulk export writes every pack under the same names as before, and a plan changed after its pack was rendered ahead is printed as changed',
    { timeout: 90_000 },
    async () => {
      const { runner, call, planFor } = await start()
      const a = await planFor('Ada Quist', 'First notes of Ada.')
      const b = await planFor('Ben Ode', 'First notes of Ben.')
      const c = await planFor('Ada Quist', 'Second Ada.')
      const athleteIds = [a.athleteId, b.athleteId, c.athleteId]
      const { exportId } = await call<{ exportId: string }>('beginBulkPlanExport', { athleteIds, acknowledged: [] })
      const first = await call('exportBulkPlanItem', { exportId, athleteId: a.athleteId })
      // Ben's pack is being rendered ahead now; his plan's notes change before it is asked for.
      expect(runner.pdfRendererPids().length).toBeLessThanOrEqual(2)
      const plan = await call<PlanDetail>('getPlan', { id: b.planId })
      await call('updatePlan', {
        id: b.planId,
        name: plan.plan.name,
        startDate: plan.plan.startDate,
        weeks: plan.plan.weeks,
        goal: plan.plan.goal,
        notes: 'Changed notes of Ben.'
      })
      const second = await call('exportBulkPlanItem', { exportId, athleteId: b.athleteId })
      const third = await call('exportBulkPlanItem', { exportId, athleteId: c.athleteId })
      expect([first, second, third].map((i) => [i.status, i.fileName])).toEqual([
        ['download', 'Ada Quist - Winter base - 2026-12-14.pdf'],
        ['download', 'Ben Ode - Winter base - 2026-12-14.pdf'],
        ['download', 'Ada Quist - Winter base - 2026-12-14 (2).pdf']
      ])
      const texts = [first, second, third].map((i) => pdfText(Buffer.from(i.base64, 'base64')))
      expect(texts[0]).toContain('First notes of Ada.')
      expect(texts[1]).toContain('Changed notes of Ben.')
      expect(texts[1]).not.toContain('First notes of Ben.')
      expect(texts[2]).toContain('Second Ada.')
    }
  )
})
