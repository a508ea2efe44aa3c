// Plan exports: the PDF pack and the iCalendar file of one plan, and bulk packs for many athletes
// (save dialog and folder in Electron, bytes for the browser host). No plan with cautions or stops
// leaves Ballast unless the coach confirmed exactly what it carries.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {
  BulkItem,
  ExportAcknowledgement,
  ExportedFile,
  PlanDetail,
  PlannedWarning
} from '../../../shared/contract/plan'
import { planFileName, planToIcs, uniqueName } from '../../../shared/plan'
import { acknowledges, isMarked, markCounts, planMark, type PlanMark } from '../../../shared/plan/mark'
import type { BackendContext, HandlersFor } from '../../context'
import { BackendError } from '../../errors'
import { renderPlanPack, type PlanPackData, type RenderedPack } from '../../pdf/planPack'
import type { MarkedSeverity, PlanCore } from './core'

const PDF = { name: 'PDF', extensions: ['pdf'] }
const ICS = { name: 'iCalendar', extensions: ['ics'] }

/** Per planned session id: its worst uncleared severity and the rules behind it (for the PDF and .ics). */
export type SessionMarks = Record<number, { severity: MarkedSeverity; ruleIds: string[] }>

export const sessionMarks = (warnings: readonly PlannedWarning[]): SessionMarks => {
  const out: SessionMarks = {}
  for (const w of warnings) {
    if (w.severity === 'info') continue
    const m = (out[w.plannedSessionId] ??= { severity: w.severity, ruleIds: [] })
    if (w.severity === 'stop') m.severity = 'stop'
    if (!m.ruleIds.includes(w.ruleId)) m.ruleIds.push(w.ruleId)
  }
  return out
}

/** What the coach reads when a pack printed some characters as □ because no embedded font has them. */
export const unprintableWarning = (chars: readonly string[]): string | null =>
  chars.length === 0
    ? null
    : `${chars.length === 1 ? 'This character could not be printed and shows' : 'These characters could not be printed and show'} as □ in the PDF: ${chars
        .map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
        .join(', ')}`

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const markWords = (m: PlanMark) => `${plural(m.cautions, 'caution')} and ${plural(m.stops, 'stop')}`

export const planExportHandlers = (
  ctx: BackendContext,
  core: PlanCore
): HandlersFor<
  'exportPlanPdf' | 'exportPlanIcs' | 'checkBulkPlanExport' | 'beginBulkPlanExport' | 'exportBulkPlanItem'
> => {
  const { plans, requireAthlete, historyBefore, plannedWarnings, detail } = core
  /** The pack's PDF, from the host's renderer processes when it has them; a failure reads as what happened. */
  const render = async (data: PlanPackData): Promise<RenderedPack> => {
    try {
      return await (ctx.renderPack ?? renderPlanPack)(data)
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      throw new BackendError(
        'internal',
        message.startsWith('The PDF could not be made') ? message : `The PDF could not be made: ${message}`
      )
    }
  }
  const bulkExports = new Map<
    string,
    {
      folder: string | null
      taken: Set<string>
      athleteIds: Set<number>
      acknowledged: Map<number, ExportAcknowledgement>
      /** The next athlete's pack, rendered ahead while the coach's copy of this one is written. */
      ahead: Map<number, { key: string; pack: Promise<RenderedPack> }>
    }
  >()
  /** No plan with cautions or stops leaves Ballast unless the coach confirmed exactly what it carries. */
  const requireAcknowledged = (d: PlanDetail, acknowledged: ExportAcknowledgement | undefined): PlanMark => {
    const mark = planMark(d.warnings)
    if (!acknowledges(acknowledged, mark)) {
      throw new BackendError(
        'conflict',
        acknowledged
          ? `Not exported: "${d.plan.name}" changed since the export was confirmed; it now has ${markWords(mark)} that the rules did not clear. Confirm the export again.`
          : `Not exported: "${d.plan.name}" has ${markWords(mark)} that the rules did not clear. Confirm the export to print it marked "Not cleared by the rules".`
      )
    }
    return mark
  }

  /** The plan a bulk export prints for an athlete (latest published, else latest draft) and its mark. */
  const bulkMark = (athleteId: number) => {
    const athlete = requireAthlete(athleteId)
    const plan = plans.currentFor(athleteId)
    if (!plan) return { athleteId, athleteName: athlete.name, planId: null, planName: null, cautions: 0, stops: 0 }
    const mark = planMark(
      plannedWarnings(plan, athlete, historyBefore(athlete.id, plan.startDate), plans.sessions(plan.id))
    )
    return { athleteId, athleteName: athlete.name, planId: plan.id, planName: plan.name, ...mark }
  }
  const packData = (d: PlanDetail): PlanPackData => {
    const settings = ctx.settings.get()
    return {
      mark: planMark(d.warnings),
      sessionMarks: sessionMarks(d.warnings),
      plan: d.plan,
      athleteName: d.athlete.name,
      bodyMassKg: d.athlete.bodyMassKg,
      coachName: settings.coachName,
      coachContact: settings.coachContact,
      paperSize: settings.paperSize,
      sessions: d.sessions,
      weekStarts: d.weekStarts,
      ladder: d.forecast.ladder,
      units: { mass: settings.massUnit, distance: settings.distanceUnit },
      printedOn: ctx.today()
    }
  }

  /** What a bulk export prints for an athlete: null when it prints nothing (no plan, or a mark not confirmed). */
  const bulkPackData = (athleteId: number, acknowledged: Map<number, ExportAcknowledgement>): PlanPackData | null => {
    const plan = plans.currentFor(athleteId)
    if (!plan) return null
    const data = packData(detail(plan.id))
    return acknowledges(acknowledged.get(plan.id), data.mark) ? data : null
  }

  /** Electron: ask where to save and write the file. Browser host: hand the bytes back for a download. */
  const deliver = async (
    bytes: Buffer,
    fileName: string,
    mimeType: string,
    filter: { name: string; extensions: string[] },
    warning: string | null = null
  ): Promise<ExportedFile> => {
    if (ctx.host.chooseSavePath) {
      const target = await ctx.host.chooseSavePath(fileName, [filter])
      if (!target) return { fileName, mimeType, savedTo: null, base64: null, cancelled: true, warning: null }
      fs.writeFileSync(target, bytes)
      return { fileName: path.basename(target), mimeType, savedTo: target, base64: null, cancelled: false, warning }
    }
    return { fileName, mimeType, savedTo: null, base64: bytes.toString('base64'), cancelled: false, warning }
  }
  return {
    exportPlanPdf: async ({ planId, acknowledged }) => {
      const d = detail(planId)
      requireAcknowledged(d, acknowledged)
      const data = packData(d)
      const { bytes, unprintable } = await render(data)
      return deliver(
        bytes,
        planFileName(data.athleteName, data.plan.name, data.plan.startDate, 'pdf'),
        'application/pdf',
        PDF,
        unprintableWarning(unprintable)
      )
    },
    exportPlanIcs: async ({ planId, acknowledged }) => {
      const d = detail(planId)
      requireAcknowledged(d, acknowledged)
      const settings = ctx.settings.get()
      const stamp = ctx.clock
        .now()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')
      const text = planToIcs({
        planId,
        planName: d.plan.name,
        athleteName: d.athlete.name,
        sessions: d.sessions,
        marks: sessionMarks(d.warnings),
        units: { mass: settings.massUnit, distance: settings.distanceUnit },
        stamp
      })
      return deliver(
        Buffer.from(text, 'utf8'),
        planFileName(d.athlete.name, d.plan.name, d.plan.startDate, 'ics'),
        'text/calendar',
        ICS
      )
    },
    checkBulkPlanExport: ({ athleteIds }) => athleteIds.map(bulkMark),
    beginBulkPlanExport: async ({ athleteIds, acknowledged }) => {
      // Refused before any folder is asked for: every marked plan must have been confirmed as it is now.
      const unconfirmed = athleteIds.map(bulkMark).filter(
        (m) =>
          m.planId !== null &&
          !acknowledges(
            acknowledged.find((a) => a.planId === m.planId),
            m
          )
      )
      if (unconfirmed.length) {
        throw new BackendError(
          'conflict',
          `Not exported: ${unconfirmed.length === 1 ? 'a plan has' : `${unconfirmed.length} plans have`} warnings the rules did not clear (${unconfirmed
            .map((m) => `${m.athleteName}, "${m.planName}": ${markCounts(m)}`)
            .join('; ')}). Confirm the export to print ${unconfirmed.length === 1 ? 'it' : 'them'} marked.`
        )
      }
      let folder: string | null = null
      if (ctx.host.chooseFolder) {
        folder = await ctx.host.chooseFolder('Choose a folder for the plan packs')
        if (!folder) return { exportId: '', folder: null, cancelled: true }
      }
      const exportId = crypto.randomUUID()
      // The folder stays in main: the renderer only ever holds the opaque id.
      bulkExports.set(exportId, {
        folder,
        taken: new Set(folder ? fs.readdirSync(folder).map((f) => f.toLowerCase()) : []),
        athleteIds: new Set(athleteIds),
        acknowledged: new Map(acknowledged.map((a) => [a.planId, a])),
        ahead: new Map()
      })
      return { exportId, folder, cancelled: false }
    },
    exportBulkPlanItem: async ({ exportId, athleteId }): Promise<BulkItem> => {
      const job = bulkExports.get(exportId)
      if (!job || !job.athleteIds.has(athleteId))
        throw new BackendError(
          'not_found',
          'This export has ended or does not include that athlete; start the export again'
        )
      const athlete = requireAthlete(athleteId)
      job.athleteIds.delete(athleteId)
      if (job.athleteIds.size === 0) bulkExports.delete(exportId)
      const ahead = job.ahead.get(athleteId)
      job.ahead.delete(athleteId)
      // With renderer processes (two, one a core) the next athlete of the export, in the order the
      // coach picked (the order the renderer asks in), is rendered meanwhile from the data as it is
      // now. When it is asked for, its data is read again and the early copy used only if nothing
      // changed; a pack rendered ahead for an export stopped part way is never written anywhere.
      const next = ctx.renderPack ? [...job.athleteIds].find((id) => !job.ahead.has(id)) : undefined
      if (next !== undefined) {
        try {
          const nextData = bulkPackData(next, job.acknowledged)
          if (nextData) {
            const pack = render(nextData)
            pack.catch(() => undefined)
            job.ahead.set(next, { key: JSON.stringify(nextData), pack })
          }
        } catch {
          // Read again (and reported) when that athlete's pack is asked for.
        }
      }
      const plan = plans.currentFor(athleteId)
      if (!plan)
        return {
          athleteId,
          athleteName: athlete.name,
          status: 'skipped',
          fileName: null,
          base64: null,
          message: 'No plan yet',
          cautions: 0,
          stops: 0
        }
      const d = detail(plan.id)
      const data = packData(d)
      const { mark } = data
      // The plan may have changed since the coach confirmed: then it is left out, not printed unconfirmed.
      if (!acknowledges(job.acknowledged.get(plan.id), mark)) {
        return {
          athleteId,
          athleteName: athlete.name,
          status: 'skipped',
          fileName: null,
          base64: null,
          ...mark,
          message: `Not exported: "${plan.name}" changed since the export was confirmed and now has ${markWords(mark)} that the rules did not clear`
        }
      }
      // Named before rendering, so packs rendered side by side get the names they would get one by one.
      const fileName = uniqueName(planFileName(athlete.name, plan.name, plan.startDate, 'pdf'), job.taken)
      let rendered: RenderedPack
      try {
        // Rendered ahead from the same data: that copy (a failed one is tried again here).
        rendered = await (ahead && ahead.key === JSON.stringify(data)
          ? ahead.pack.catch(() => render(data))
          : render(data))
      } catch (e) {
        job.taken.delete(fileName.toLowerCase())
        throw e
      }
      const { bytes, unprintable } = rendered
      const missing = unprintableWarning(unprintable)
      const marked =
        (isMarked(mark) ? ` (marked: not cleared by the rules, ${markCounts(mark)})` : '') +
        (missing ? `. ${missing}` : '')
      if (job.folder) {
        fs.writeFileSync(path.join(job.folder, fileName), bytes)
        return {
          athleteId,
          athleteName: athlete.name,
          status: 'saved',
          fileName,
          base64: null,
          message: `Saved ${fileName}${marked}`,
          ...mark
        }
      }
      return {
        athleteId,
        athleteName: athlete.name,
        status: 'download',
        fileName,
        base64: bytes.toString('base64'),
        message: `Downloaded ${fileName}${marked}`,
        ...mark
      }
    }
  }
}
