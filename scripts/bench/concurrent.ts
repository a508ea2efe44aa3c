// getSettings answered while a squad view, an import and a bulk export run: through the backend
// worker(s) exactly as the browser host runs them (worker_threads, main lane + reader lane).
import { performance } from 'node:perf_hooks'
import { fixedClock } from '../../src/main/clock'
import { createBackendRunner } from '../../src/main/worker/runner'
import { forkRenderer } from '../../src/main/worker/pdfFork'
import { threadSpawner } from '../../src/main/worker/thread'
import type { ChannelName } from '../../src/shared/channels'
import { ballastCsv, bulkExport, importCsv, type Call } from './backend'
import { summarise, type Timing } from './measure'

export async function settingsUnderLoad(
  dbFile: string,
  today: string,
  csvRows: number,
  minSamples: number
): Promise<{ timing: Timing; loadMs: number }> {
  const [y, m, d] = today.split('-').map(Number)
  const runner = createBackendRunner({
    spawn: threadSpawner,
    // As the browser host runs it: plan packs in PDF renderer processes.
    pdfRenderers: { spawn: forkRenderer() },
    dbPath: dbFile,
    clock: fixedClock(new Date(y, m - 1, d, 12, 0, 0))
  })
  await runner.start()
  await runner.whenReaderReady()
  const call: Call = async (channel: ChannelName, input: unknown) => {
    const r = (await runner.call(channel, input)) as
      { ok: true; value: never } | { ok: false; error: { message: string } }
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }
  try {
    await call('getSettings', {})
    const withPlans = (await call<{ id: number }[]>('listAthletes', { includeArchived: false })).map((a) => a.id)
    const marks = await call<{ athleteId: number; planId: number | null }[]>('checkBulkPlanExport', {
      athleteIds: withPlans
    })
    const exportIds = marks.filter((mk) => mk.planId !== null).map((mk) => mk.athleteId)
    const { id } = await call<{ id: number }>('createAthlete', {
      name: 'Import Under Load',
      bodyMassKg: 70,
      level: 'advanced'
    })
    const samples: number[] = []
    const t0 = performance.now()
    let busy = true
    const load = Promise.all([
      call('getSquad', { includeArchived: true }),
      importCsv(call, id, ballastCsv('Import Under Load', csvRows, today)),
      exportIds.length ? bulkExport(call, exportIds) : Promise.resolve(0)
    ]).finally(() => (busy = false))
    while (busy || samples.length < minSamples) {
      await new Promise((r) => setTimeout(r, 25))
      const s0 = performance.now()
      await call('getSettings', {})
      if (busy || samples.length < minSamples) samples.push(performance.now() - s0)
    }
    await load
    // Off the roster again, so the rendered views below show the generated squad.
    await call('archiveAthlete', { id })
    return { timing: summarise(samples), loadMs: performance.now() - t0 }
  } finally {
    await runner.close()
  }
}
