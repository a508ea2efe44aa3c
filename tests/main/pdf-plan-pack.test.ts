// The plan pack as an athlete reads it: text pulled back out of the PDF with poppler's pdftotext.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import type { ChannelName } from '../../src/shared/channels'
import type { ExportedFile, PlanDetail } from '../../src/shared/contract/plan'
import { dispatch } from '../../src/main/dispatch'
import { findPdfFonts } from '../../src/main/pdf/fonts'
import { expectedPageCount } from '../../src/main/pdf/planPack'
import { SAFETY_LINES } from '../../src/main/pdf/text'
import { tempBackend, tempDir } from '../helpers/tempdb'
import { type Reply } from '../helpers/call'

const setup = async (name: string, settings: Record<string, unknown> = {}, planOptions: Record<string, unknown> = {}) => {
  // Today is the eve of the plan: the six weeks of history below are all in the past (a session
  // dated after tomorrow is refused as "in the future").
  const { backend } = tempBackend('2026-11-29')
  const call = async <T,>(channel: ChannelName, input: unknown) => {
    const r = (await dispatch(backend, channel, input, (e) => console.error(e))) as Reply<T>
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }
  await call('updateSettings', { coachName: 'Coach Kateřina Dvořák', ...settings })
  const athlete = await call<{ id: number }>('createAthlete', { name, bodyMassKg: 64, level: 'intermediate', ownedWeightsKg: [0.25, 0.5, 0.75] })
  // Six weeks of steady, unweighted running before the plan.
  for (let d = -42; d < 0; d += 2) {
    await call('createSession', { athleteId: athlete.id, date: addDays('2026-11-30', d), type: d % 6 === 0 ? 'long' : 'easy', durationMin: d % 6 === 0 ? 60 : 40, rpe: 4, pain: 0 })
  }
  const plan = await call<PlanDetail>('generatePlan', {
    athleteId: athlete.id, name: 'Winter base', goal: 'Spring half marathon', startDate: '2026-11-30', weeks: 8, runsPerWeek: 4, availableDays: [1, 2, 3, 4, 5, 6, 0], ...planOptions
  })
  const file = await call<ExportedFile>('exportPlanPdf', { planId: plan.plan.id })
  const pdf = path.join(tempDir(), file.fileName)
  fs.writeFileSync(pdf, Buffer.from(file.base64!, 'base64'))
  return { plan, file, pdf }
}

const text = (pdf: string, args: string[] = []) => execFileSync('pdftotext', ['-layout', ...args, pdf, '-'], { encoding: 'utf8' })
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])

describe('plan pack PDF', () => {
  it('prints the athlete, coach, every week, the safety card and page numbers', { timeout: 60_000 }, async () => {
    const { plan, file, pdf } = await setup('Zoë Ødegaard-Łukasiewicz')
    expect(file).toMatchObject({ mimeType: 'application/pdf', savedTo: null, cancelled: false })
    expect(file.fileName).toBe('Zoë Ødegaard-Łukasiewicz - Winter base - 2026-11-30.pdf')
    const all = text(pdf)
    expect(all).toContain('Zoë Ødegaard-Łukasiewicz')
    expect(all).toContain('Coach Kateřina Dvořák')
    expect(all).toContain('Goal: Spring half marathon')
    for (let w = 1; w <= 8; w++) expect(all).toMatch(new RegExp(`Week ${w} `))
    for (const line of SAFETY_LINES) expect(all.replace(/\s+/g, ' ')).toContain(line)
    expect(all).not.toMatch(/improves? (your )?(running )?form/i)
    const n = pages(pdf)
    // Cover + 3 table pages (3 weeks a page) + safety card + 8 log sheets.
    expect(n).toBe(1 + 3 + 1 + 8)
    expect(n).toBe(expectedPageCount(plan.sessions, plan.weekStarts))
    for (let p = 1; p <= n; p++) expect(text(pdf, ['-f', String(p), '-l', String(p)])).toContain(`Page ${p} of ${n}`)
    // The weighted runs appear with their load in the week table.
    const weighted = plan.sessions.find((s) => s.ankleWeightKg > 0)!
    expect(all).toContain(`${weighted.ankleWeightKg} kg × ${weighted.weightedMin} min`)

    // Page 1 as an image, kept for a person to look at (test-results/ is not committed).
    fs.mkdirSync('test-results/pdf', { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, 'test-results/pdf/plan-pack-page1'])
    expect(fs.statSync('test-results/pdf/plan-pack-page1.png').size).toBeGreaterThan(10_000)
    if (process.env.BALLAST_WRITE_DOCS === '1') {
      fs.copyFileSync(pdf, 'docs/plan-pack-sample.pdf')
      execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, 'docs/plan-pack-page1'])
    }
  })

  it('keeps a Cyrillic name intact and uses the coach units (lb, mi)', { timeout: 60_000 }, async () => {
    const { pdf } = await setup('Дарья Соколова', { massUnit: 'lb', distanceUnit: 'mi' })
    const all = text(pdf)
    expect(all).toContain('Дарья Соколова')
    expect(all).toMatch(/1\.1 lb × \d+ min/) // 0.5 kg per ankle shown as 1.1 lb
    expect(all).not.toMatch(/\d kg ×/)
  })

  it('keeps every week of a 16-week, 7-runs-a-week plan on its page (no overflow pages)', { timeout: 60_000 }, async () => {
    const { plan, pdf } = await setup('Ingrid Solberg', {}, { weeks: 16, runsPerWeek: 7 })
    expect(plan.sessions.length).toBeGreaterThan(100)
    // Cover + 8 table pages (2 weeks a page when a week holds more than 5 sessions) + safety card + 16 log sheets.
    expect(pages(pdf)).toBe(1 + 8 + 1 + 16)
    expect(pages(pdf)).toBe(expectedPageCount(plan.sessions, plan.weekStarts))
    for (let w = 1; w <= 16; w++) expect(text(pdf)).toMatch(new RegExp(`Week ${w} `))
    fs.mkdirSync('test-results/pdf', { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', pdf, 'test-results/pdf/plan-pack-16w-page2'])
  })

  it('uses the DejaVu Sans copy shipped in assets/fonts, so machines without the font still print names', () => {
    expect(findPdfFonts().regular).toBe(path.resolve('assets/fonts/DejaVuSans.ttf'))
    expect(fs.existsSync('assets/fonts/LICENSE.txt')).toBe(true)
  })

  it('names the missing font instead of failing obscurely', () => {
    expect(() => findPdfFonts(['/nonexistent/fonts'])).toThrow(/DejaVu Sans .* not found in any of: \/nonexistent\/fonts/)
  })
})
