// The backend figures, called as the app calls them: through dispatch (validation, Result envelope),
// on a real SQLite file built by generate.ts, with a clock pinned to the bench's "today".
import type { Db } from '../../src/main/db/open'
import { createBackend, type Handlers } from '../../src/main/backend'
import { dispatch } from '../../src/main/dispatch'
import type { RenderPack } from '../../src/main/pdf/planPack'
import type { ChannelName } from '../../src/shared/channels'
import { addDays } from '../../src/shared/calendar'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench reads loosely typed replies
export type Call = <T = any>(channel: ChannelName, input: unknown) => Promise<T>

/** A clock at local noon of `today` that the bench can move forward by whole days (a new day). */
export const movableClock = (today: string) => {
  const [y, m, d] = today.split('-').map(Number)
  let offset = 0
  return {
    clock: { now: () => new Date(y, m - 1, d + offset, 12, 0, 0) },
    nextDay: () => void offset++,
    today: () => addDays(today, offset)
  }
}

export const callerOf =
  (backend: Handlers): Call =>
  async (channel, input) => {
    const r = (await dispatch(backend, channel, input, () => undefined)) as
      { ok: true; value: never } | { ok: false; error: { message: string } }
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }

/** `renderPack`: the host's PDF renderer processes (pdfPool.ts), as the app runs them; absent = in this process. */
export const backendOn = (db: Db, clock: { now: () => Date }, renderPack?: RenderPack) => {
  const backend = createBackend(db, { clock, renderPack })
  return { backend, call: callerOf(backend) }
}

/** A Ballast CSV of `rows` sessions for one athlete, oldest first, ending on `today`. */
export const ballastCsv = (name: string, rows: number, today: string): string => {
  const lines = [
    'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id'
  ]
  const perDay = Math.max(1, Math.ceil(rows / 1000))
  for (let i = 0; i < rows; i++) {
    const date = addDays(today, -Math.floor((rows - 1 - i) / perDay))
    // An hour apart (each lasts under 50 minutes): sessions whose times overlap by more than half, or
    // that start within 2 minutes of each other, are read as duplicates.
    const at = 5 * 60 + 60 * (i % perDay)
    const start = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`
    const weighted = i % 5 === 0
    lines.push(
      `${name},${date},${start},${i % 7 === 3 ? 'tempo' : 'easy'},${30 + (i % 20)},${(5 + (i % 7)).toFixed(1)},${weighted ? '0.5' : '0'},${weighted ? 10 : 0},4,${i % 13 === 0 ? 3 : 0},,,0,,import,bench-${i}`
    )
  }
  return lines.join('\n') + '\n'
}

/** Import a CSV through the channels the renderer uses: begin, chunks, read, preview, confirm everything. */
export const importCsv = async (call: Call, athleteId: number, csv: string): Promise<number> => {
  const bytes = Buffer.from(csv, 'utf8')
  const { jobId, chunkBytes } = await call<{ jobId: string; chunkBytes: number }>('importBegin', { athleteId })
  let fileIndex: number | undefined
  for (let offset = 0; offset === 0 || offset < bytes.length; offset += chunkBytes) {
    const part = bytes.subarray(offset, offset + chunkBytes)
    const r = await call<{ fileIndex: number }>('importAddFile', {
      jobId,
      name: 'sessions.csv',
      size: bytes.length,
      offset,
      chunk: part.toString('base64'),
      last: offset + chunkBytes >= bytes.length,
      fileIndex
    })
    fileIndex = r.fileIndex
  }
  await call('importRead', { jobId })
  for (;;) {
    const p = await call<{ state: string; rows: { rowId: number; status: string }[] }>('importProgress', { jobId })
    if (p.state === 'ready') {
      const rows = p.rows.filter((r) => r.status === 'new').map((r) => ({ rowId: r.rowId }))
      const summary = await call<{ imported: number }>('importConfirm', { jobId, rows })
      return summary.imported
    }
    if (p.state === 'cancelled') throw new Error('import cancelled')
    await new Promise((r) => setTimeout(r, 2))
  }
}

/** A 12-week plan for an athlete (the generator's), published as the coach would before printing. */
export const makePlan = async (call: Call, athleteId: number, startDate: string, weeks: number): Promise<number> => {
  const plan = await call<{ plan: { id: number } }>('generatePlan', {
    athleteId,
    name: 'Spring block',
    goal: 'Half marathon',
    startDate,
    weeks,
    runsPerWeek: 4,
    availableDays: [1, 2, 3, 4, 5, 6, 0]
  })
  return plan.plan.id
}

/** Bulk export of the current plans of `athleteIds`, confirming every mark, downloads in memory. */
export const bulkExport = async (call: Call, athleteIds: number[]): Promise<number> => {
  const marks = await call<{ planId: number | null; cautions: number; stops: number }[]>('checkBulkPlanExport', {
    athleteIds
  })
  const acknowledged = marks
    .filter((m) => m.planId !== null)
    .map((m) => ({ planId: m.planId, cautions: m.cautions, stops: m.stops }))
  const { exportId } = await call<{ exportId: string }>('beginBulkPlanExport', { athleteIds, acknowledged })
  let bytes = 0
  for (const athleteId of athleteIds) {
    const item = await call<{ status: string; base64: string | null }>('exportBulkPlanItem', { exportId, athleteId })
    if (item.status !== 'download') throw new Error(`bulk export: athlete ${athleteId} was ${item.status}`)
    bytes += item.base64?.length ?? 0
  }
  return bytes
}
