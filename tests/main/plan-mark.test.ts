// A plan with cautions or stops cannot leave Ballast unmarked, and a published plan that draws one goes
// back to draft. Real SQLite file, every call through dispatch as the app makes it.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import type { BulkItem, BulkPlanMark, ExportedFile, PlanDetail } from '../../src/shared/contract/plan'
import type { WarningOut } from '../../src/shared/contract/rules'
import { tempDir } from '../helpers/tempdb'
import { planBackend } from '../helpers/plan-backend'

const setup = (host = {}) => planBackend(host, [0.25, 0.5, 0.75, 2])

const loudOf = (d: PlanDetail) => d.warnings.filter((w) => w.severity !== 'info')
const countOf = (d: PlanDetail) => ({
  cautions: loudOf(d).filter((w) => w.severity === 'caution').length,
  stops: loudOf(d).filter((w) => w.severity === 'stop').length
})
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const markLineOf = (d: PlanDetail) =>
  `Not cleared by the rules: ${plural(countOf(d).cautions, 'caution')}, ${plural(countOf(d).stops, 'stop')}`

/** The issue's case: a novice's weighted run made 2 kg (4.4 lb) per ankle for 30 minutes, a stop under AW1 (6.25% of 64 kg). */
const heavyNovicePlan = async (s: ReturnType<typeof setup>) => {
  const a = await s.athlete({ name: 'Nora Novice', level: 'novice' })
  // A base of easy runs, so the generator plans weights for the novice.
  for (let d = -60; d < 0; d += 3)
    await s.call('createSession', {
      athleteId: a.id,
      date: addDays('2026-11-30', d),
      type: 'easy',
      durationMin: 35,
      rpe: 3,
      pain: 0
    })
  const d = await s.generate(a.id)
  const target = d.sessions.find((x) => x.ankleWeightKg > 0) ?? d.sessions.find((x) => x.type === 'easy')!
  const heavy = await s.call<PlanDetail>('savePlannedSession', {
    ...target,
    ankleWeightKg: 2,
    weightedMin: 30,
    durationMin: Math.max(30, target.durationMin)
  })
  return { athlete: a, plan: heavy, target }
}

const writePdf = (file: ExportedFile) => {
  const pdf = path.join(tempDir(), 'pack.pdf')
  fs.writeFileSync(pdf, Buffer.from(file.base64!, 'base64'))
  return pdf
}
/** One page's text, whitespace folded (a narrow cell wraps its words onto several lines). */
const pageText = (pdf: string, p: number) =>
  execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])

describe('the export mark', () => {
  it(
    'refuses to export a plan with a stop unless the coach acknowledged exactly its warnings; a clean plan needs nothing',
    { timeout: 60_000 },
    async () => {
      const s = setup()
      const { plan } = await heavyNovicePlan(s)
      const mark = countOf(plan)
      expect(mark.stops).toBeGreaterThanOrEqual(1) // AW1: 6.25% of body mass is above the 5% stop

      for (const channel of ['exportPlanPdf', 'exportPlanIcs'] as const) {
        const refused = await s.raw(channel, { planId: plan.plan.id })
        expect(refused.ok).toBe(false)
        if (!refused.ok) {
          expect(refused.error.code).toBe('conflict')
          expect(refused.error.message).toBe(
            `Not exported: "Winter base" has ${plural(mark.cautions, 'caution')} and ${plural(mark.stops, 'stop')} that the rules did not clear. Confirm the export to print it marked "Not cleared by the rules".`
          )
        }
        // An acknowledgement of other counts (the plan changed since the dialog) is refused too.
        const stale = await s.raw(channel, {
          planId: plan.plan.id,
          acknowledged: { cautions: mark.cautions, stops: mark.stops + 1 }
        })
        expect(!stale.ok && stale.error.message).toMatch(/changed since the export was confirmed/)
        const ok = await s.call<ExportedFile>(channel, { planId: plan.plan.id, acknowledged: mark })
        expect(ok.base64).not.toBeNull()
      }
      // The .ics carries the mark on the session's event.
      const ics = Buffer.from(
        (await s.call<ExportedFile>('exportPlanIcs', { planId: plan.plan.id, acknowledged: mark })).base64!,
        'base64'
      ).toString('utf8')
      expect(ics.replace(/\r\n /g, '')).toMatch(
        /SUMMARY:\[Not cleared\] Easy run \d+ min\\, ankle weights 2 kg per ankle for 30 min/
      )
      expect(ics.replace(/\r\n /g, '')).toContain('Not cleared by the rules: stop (AW1')

      const clean = await s.generate((await s.athlete({ name: 'Clean Plan' })).id)
      expect(loudOf(clean)).toEqual([])
      expect((await s.raw('exportPlanPdf', { planId: clean.plan.id })).ok).toBe(true)
      const cleanIcs = await s.call<ExportedFile>('exportPlanIcs', { planId: clean.plan.id })
      expect(Buffer.from(cleanIcs.base64!, 'base64').toString('utf8')).not.toContain('Not cleared')
    }
  )

  /**
   * Every page against the plan: the cover carries the mark, and any other page carries it exactly when
   * it shows a week holding a marked session (a table page shows its weeks' sessions, a log sheet its week's).
   */
  const expectMarkedPages = (pdf: string, plan: PlanDetail) => {
    const week = (date: string) => plan.weekStarts.findLastIndex((w) => w <= date) + 1
    const markedWeeks = new Set(
      loudOf(plan).map((w) => week(plan.sessions.find((x) => x.id === w.plannedSessionId)!.date))
    )
    const n = pageCount(pdf)
    expect(pageText(pdf, 1)).toContain(markLineOf(plan))
    const seen: number[] = []
    let lastWeek = 0
    for (let p = 2; p <= n; p++) {
      const t = pageText(pdf, p)
      const weeks = [...t.matchAll(/Week (\d+) · /g)].map((m) => Number(m[1]))
      seen.push(...weeks)
      // A sheet without a week heading that shows planned sessions continues a week too tall for one sheet.
      const continuing =
        weeks.length === 0 &&
        /(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ [A-Z][a-z]{2} (Easy|Long|Tempo|Intervals|Hill|Incline|Race|Cross)/.test(t)
      if (weeks.some((w) => markedWeeks.has(w)) || (continuing && markedWeeks.has(lastWeek)))
        expect(t, `page ${p}`).toContain(markLineOf(plan))
      else expect(t, `page ${p}`).not.toContain('Not cleared')
      // No sheet is left blank but for its banner and footer.
      const rest = t
        .replace(markLineOf(plan), '')
        .replace(/Sessions marked "Not cleared" below[^.]*\./, '')
        .trim()
      // The footer is "Athlete · Plan  Page N of M": a sheet with little more than that was left blank.
      expect(rest.split(' ').length, `page ${p} holds more than its banner and footer: "${rest}"`).toBeGreaterThan(12)
      if (weeks.length) lastWeek = weeks[weeks.length - 1]
    }
    // Every week once in the table and once as a log sheet: no week was lost or split.
    expect(seen.sort((a, b) => a - b)).toEqual(plan.weekStarts.flatMap((_, i) => [i + 1, i + 1]))
    return { week, n }
  }

  it(
    'prints the mark on the cover and on exactly the pages holding a marked session, and marks the session',
    { timeout: 60_000 },
    async () => {
      const s = setup()
      const { plan, target } = await heavyNovicePlan(s)
      const pdf = writePdf(
        await s.call<ExportedFile>('exportPlanPdf', { planId: plan.plan.id, acknowledged: countOf(plan) })
      )
      const { week, n } = expectMarkedPages(pdf, plan)
      // The session itself, on its table page and on its log sheet: "Not cleared: stop (AW1, ...)".
      const holding = Array.from({ length: n - 1 }, (_, i) => pageText(pdf, i + 2)).filter((t) =>
        t.includes(`Week ${week(target.date)} · `)
      )
      expect(holding).toHaveLength(2)
      for (const t of holding) expect(t).toMatch(/Not cleared: stop \(AW1/)

      fs.mkdirSync('test-results/pdf', { recursive: true })
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, 'test-results/pdf/plan-mark'])
    }
  )

  it(
    'keeps the mark on every page when every session of a long plan is marked and its texts are long',
    { timeout: 60_000 },
    async () => {
      const s = setup()
      const d = await s.generate((await s.athlete()).id, { weeks: 10, runsPerWeek: 7 })
      const long =
        'Run easy and keep the effort conversational, relaxed shoulders and short quick steps on the flat loop by the river. '
          .repeat(3)
          .slice(0, 300)
      let plan = d
      for (const x of d.sessions)
        plan = await s.call<PlanDetail>('savePlannedSession', {
          ...x,
          ankleWeightKg: 2,
          weightedMin: Math.min(25, x.durationMin),
          description: long
        })
      const pdf = writePdf(
        await s.call<ExportedFile>('exportPlanPdf', { planId: plan.plan.id, acknowledged: countOf(plan) })
      )
      expectMarkedPages(pdf, plan)
    }
  )

  it('prints no mark for a plan with nothing above info', { timeout: 60_000 }, async () => {
    const s = setup()
    const clean = await s.generate((await s.athlete()).id)
    expect(clean.warnings.some((w) => w.severity === 'info') || clean.warnings.length === 0).toBe(true)
    const pdf = writePdf(await s.call<ExportedFile>('exportPlanPdf', { planId: clean.plan.id }))
    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(all).toContain('Winter base')
    expect(all).not.toContain('Not cleared')
  })

  it(
    'bulk export lists the marked plans, refuses them unconfirmed, and says which packs went out marked',
    { timeout: 60_000 },
    async () => {
      const folder = tempDir()
      const s = setup({ chooseFolder: async () => folder })
      const { athlete: marked, plan } = await heavyNovicePlan(s)
      const clean = await s.athlete({ name: 'Clean Plan' })
      await s.generate(clean.id)
      const none = await s.athlete({ name: 'No Plan Yet' })
      const ids = [marked.id, clean.id, none.id]

      const marks = await s.call<BulkPlanMark[]>('checkBulkPlanExport', { athleteIds: ids })
      expect(marks.map((m) => [m.athleteName, m.planName, m.cautions, m.stops])).toEqual([
        ['Nora Novice', 'Winter base', countOf(plan).cautions, countOf(plan).stops],
        ['Clean Plan', 'Winter base', 0, 0],
        ['No Plan Yet', null, 0, 0]
      ])

      const refused = await s.raw('beginBulkPlanExport', { athleteIds: ids })
      expect(!refused.ok && refused.error.message).toBe(
        `Not exported: a plan has warnings the rules did not clear (Nora Novice, "Winter base": ${plural(countOf(plan).cautions, 'caution')}, ${plural(countOf(plan).stops, 'stop')}). Confirm the export to print it marked.`
      )
      expect(fs.readdirSync(folder)).toEqual([])

      const job = await s.call<{ exportId: string }>('beginBulkPlanExport', {
        athleteIds: ids,
        acknowledged: [{ planId: plan.plan.id, ...countOf(plan) }]
      })
      const items: BulkItem[] = []
      for (const id of ids)
        items.push(await s.call<BulkItem>('exportBulkPlanItem', { exportId: job.exportId, athleteId: id }))
      expect(items.map((i) => [i.status, i.cautions, i.stops])).toEqual([
        ['saved', countOf(plan).cautions, countOf(plan).stops],
        ['saved', 0, 0],
        ['skipped', 0, 0]
      ])
      expect(items[0].message).toMatch(
        /^Saved Nora Novice - Winter base - 2026-11-30\.pdf \(marked: not cleared by the rules, /
      )
      expect(items[1].message).toBe('Saved Clean Plan - Winter base - 2026-11-30.pdf')
      expect(fs.readdirSync(folder)).toHaveLength(2)
    }
  )

  it(
    'a bulk export confirmed before the plan gained another warning leaves that plan out',
    { timeout: 60_000 },
    async () => {
      const folder = tempDir()
      const s = setup({ chooseFolder: async () => folder })
      const { athlete, plan, target } = await heavyNovicePlan(s)
      const job = await s.call<{ exportId: string }>('beginBulkPlanExport', {
        athleteIds: [athlete.id],
        acknowledged: [{ planId: plan.plan.id, ...countOf(plan) }]
      })
      // Another heavy session after the confirmation.
      const other = plan.sessions.find((x) => x.id !== target.id && x.type === 'easy' && x.date > target.date)!
      await s.call('savePlannedSession', { ...other, ankleWeightKg: 2, weightedMin: Math.min(30, other.durationMin) })
      const item = await s.call<BulkItem>('exportBulkPlanItem', { exportId: job.exportId, athleteId: athlete.id })
      expect(item.status).toBe('skipped')
      expect(item.message).toMatch(/changed since the export was confirmed/)
      expect(fs.readdirSync(folder)).toEqual([])
    }
  )
})

describe('a published plan that draws a caution or a stop', () => {
  const published = async (s: ReturnType<typeof setup>) => {
    const d = await s.generate((await s.athlete()).id)
    const p = await s.call<PlanDetail>('setPlanStatus', { id: d.plan.id, status: 'published' })
    expect(p.plan.status).toBe('published')
    return p
  }

  it('stays published after an edit that draws nothing above info', async () => {
    const s = setup()
    const p = await published(s)
    const easy = p.sessions.find((x) => x.type === 'easy' && x.ankleWeightKg === 0)!
    const after = await s.call<PlanDetail>('savePlannedSession', { ...easy, description: 'Easy run with the club.' })
    expect(after.plan.status).toBe('published')
    expect(after.returnedToDraft).toBeNull()
  })

  it('goes back to draft when a session is edited into a caution, and says which warning', async () => {
    const s = setup()
    const p = await published(s)
    const w = p.sessions.find((x) => x.ankleWeightKg > 0)!
    const after = await s.call<PlanDetail>('savePlannedSession', { ...w, ankleWeightKg: 1.5 })
    expect(after.plan.status).toBe('draft')
    expect(after.plan.publishedAt).toBeNull()
    expect(after.returnedToDraft).toMatchObject(countOf(after))
    const first = after.returnedToDraft!.first
    expect(after.warnings).toContainEqual(
      expect.objectContaining({
        plannedSessionId: w.id,
        ruleId: first.ruleId,
        severity: first.severity,
        message: first.message
      })
    )
    expect(first.date).toBe(w.date)
    // Stored: a fresh read says draft too, and the export now asks for confirmation.
    expect((await s.call<PlanDetail>('getPlan', { id: p.plan.id })).plan.status).toBe('draft')
    expect((await s.raw('exportPlanPdf', { planId: p.plan.id })).ok).toBe(false)
  })

  it('goes back to draft when a weighted session is added, or moved next to another', async () => {
    const s = setup()
    const p = await published(s)
    const weighted = p.sessions.filter((x) => x.ankleWeightKg > 0)
    // Added: a second weighted run the day after the first (AW5: less than 2 days apart).
    const added = await s.call<PlanDetail>('savePlannedSession', {
      planId: p.plan.id,
      date: addDays(weighted[0].date, 1),
      type: 'easy',
      durationMin: 30,
      ankleWeightKg: weighted[0].ankleWeightKg,
      weightedMin: 10
    })
    expect(added.plan.status).toBe('draft')
    expect(added.returnedToDraft?.first.ruleId).toBeDefined()

    const p2 = await published(s)
    const [a, b] = p2.sessions.filter((x) => x.ankleWeightKg > 0)
    const moved = await s.call<PlanDetail>('savePlannedSession', { ...b, date: addDays(a.date, 1) })
    expect(moved.plan.status).toBe('draft')
    expect(moved.returnedToDraft!.first.date).toBe(addDays(a.date, 1))
  })
})

describe('the planned-session draft check', () => {
  it('returns what Save will show for that session, for an edit and for a new session', async () => {
    const s = setup()
    const d = await s.generate((await s.athlete()).id)
    const w = d.sessions.find((x) => x.ankleWeightKg > 0)!
    const draft = { ...w, ankleWeightKg: 1.5, weightedMin: 25 }
    const live = await s.call<WarningOut[]>('checkDraftPlannedSession', draft)
    expect(live.length).toBeGreaterThan(0)
    expect(live.every((x) => x.sessionId === 'draft' && x.date === w.date)).toBe(true)
    const saved = await s.call<PlanDetail>('savePlannedSession', draft)
    const key = (x: { ruleId: string; severity: string; message: string }) => `${x.ruleId} ${x.severity} ${x.message}`
    expect(live.map(key).sort()).toEqual(
      saved.warnings
        .filter((x) => x.plannedSessionId === w.id)
        .map(key)
        .sort()
    )

    const fresh = {
      planId: d.plan.id,
      date: addDays(w.date, 1),
      type: 'easy',
      durationMin: 30,
      ankleWeightKg: 0.5,
      weightedMin: 10
    }
    const liveNew = await s.call<WarningOut[]>('checkDraftPlannedSession', fresh)
    const added = await s.call<PlanDetail>('savePlannedSession', fresh)
    const newId = Math.max(...added.sessions.map((x) => x.id))
    expect(liveNew.map(key).sort()).toEqual(
      added.warnings
        .filter((x) => x.plannedSessionId === newId)
        .map(key)
        .sort()
    )
    expect(liveNew.some((x) => x.severity !== 'info')).toBe(true)
  })

  it('names the field of a bad draft instead of checking it', async () => {
    const s = setup()
    const d = await s.generate((await s.athlete()).id)
    const r = await s.raw('checkDraftPlannedSession', {
      planId: d.plan.id,
      date: '2026-12-01',
      type: 'easy',
      durationMin: 20,
      ankleWeightKg: 0.5,
      weightedMin: 30
    })
    expect(!r.ok && r.error.issues?.[0]?.path).toBe('weightedMin')
  })
})
