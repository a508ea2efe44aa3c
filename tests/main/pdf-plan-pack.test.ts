// The plan pack as an athlete reads it: text pulled back out of the PDF with poppler's pdftotext,
// fonts listed with pdffonts, pages sized with pdfinfo.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import type { ChannelName } from '../../src/shared/channels'
import type { ExportedFile, PlanDetail } from '../../src/shared/contract/plan'
import { formatDay } from '../../src/shared/dayFormat'
import { dispatch } from '../../src/main/dispatch'
import { findPdfFonts } from '../../src/main/pdf/fonts'
import {
  EVIDENCE_LINE,
  FORM_SIGNS,
  MISSED_LINES,
  MOVE_UP_LINES,
  PAIN_ANCHORS,
  RED_FLAGS,
  RED_FLAGS_ACTION,
  RPE_ANCHORS,
  SAFETY_LINES,
  WEAR_LINES
} from '../../src/main/pdf/text'
import { tempBackend, tempDir } from '../helpers/tempdb'
import { type Reply } from '../helpers/call'

const setup = async (
  name: string,
  settings: Record<string, unknown> = {},
  planOptions: Record<string, unknown> = {}
) => {
  // Today is the eve of the plan: the six weeks of history below are all in the past (a session
  // dated after tomorrow is refused as "in the future").
  const { backend } = tempBackend('2026-11-29')
  const call = async <T>(channel: ChannelName, input: unknown) => {
    const r = (await dispatch(backend, channel, input, (e) => console.error(e))) as Reply<T>
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }
  await call('updateSettings', {
    coachName: 'Coach Kateřina Dvořák',
    coachContact: 'katerina@example.org · +420 600 123 456',
    ...settings
  })
  const athlete = await call<{ id: number }>('createAthlete', {
    name,
    bodyMassKg: 64,
    level: 'intermediate',
    ownedWeightsKg: [0.25, 0.5, 0.75]
  })
  // Six weeks of steady, unweighted running before the plan.
  for (let d = -42; d < 0; d += 2) {
    await call('createSession', {
      athleteId: athlete.id,
      date: addDays('2026-11-30', d),
      type: d % 6 === 0 ? 'long' : 'easy',
      durationMin: d % 6 === 0 ? 60 : 40,
      rpe: 4,
      pain: 0
    })
  }
  let plan = await call<PlanDetail>('generatePlan', {
    athleteId: athlete.id,
    name: 'Winter base',
    goal: 'Spring half marathon',
    startDate: '2026-11-30',
    weeks: 8,
    runsPerWeek: 4,
    availableDays: [1, 2, 3, 4, 5, 6, 0],
    ...planOptions
  })
  plan = await call<PlanDetail>('updatePlan', {
    id: plan.plan.id,
    name: plan.plan.name,
    startDate: plan.plan.startDate,
    weeks: plan.plan.weeks,
    goal: plan.plan.goal,
    notes: 'Keep the long run on Sundays. Weights only on flat loops.'
  })
  const exportPdf = async () => {
    const file = await call<ExportedFile>('exportPlanPdf', { planId: plan.plan.id })
    const pdf = path.join(tempDir(), file.fileName)
    fs.writeFileSync(pdf, Buffer.from(file.base64!, 'base64'))
    return { file, pdf }
  }
  return { plan, call, exportPdf, ...(await exportPdf()) }
}

const text = (pdf: string, args: string[] = []) =>
  execFileSync('pdftotext', ['-layout', ...args, pdf, '-'], { encoding: 'utf8' })
/** The text with whitespace folded: a paragraph wraps its words onto several lines. */
const flat = (pdf: string, args: string[] = []) =>
  execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
const info = (pdf: string) => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(info(pdf))![1])
const pageOf = (pdf: string, needle: string) => {
  for (let p = 1; p <= pages(pdf); p++) if (flat(pdf, ['-f', String(p), '-l', String(p)]).includes(needle)) return p
  throw new Error(`"${needle}" is on no page`)
}

describe('plan pack PDF', () => {
  it(
    'prints every section an athlete needs, in order, with page numbers on every page',
    { timeout: 90_000 },
    async () => {
      const { plan, file, pdf } = await setup('Zoë Ødegaard-Łukasiewicz')
      expect(file).toMatchObject({ mimeType: 'application/pdf', savedTo: null, cancelled: false, warning: null })
      expect(file.fileName).toBe('Zoë Ødegaard-Łukasiewicz - Winter base - 2026-11-30.pdf')
      const all = flat(pdf)
      // Cover: athlete, plan, coach and contact line, goal, the plan's notes, the neutral evidence line.
      const cover = flat(pdf, ['-f', '1', '-l', '1'])
      for (const t of [
        'Zoë Ødegaard-Łukasiewicz',
        'Winter base',
        'Coach Kateřina Dvořák · katerina@example.org · +420 600 123 456',
        'Goal: Spring half marathon',
        'Keep the long run on Sundays. Weights only on flat loops.',
        EVIDENCE_LINE,
        'The weight ladder'
      ]) {
        expect(cover).toContain(t)
      }
      expect(all).not.toMatch(/strength supplement|improves? (your )?(running )?form|better form/i)
      // Page 2: the whole plan on one page, every week and every session's minutes.
      const overview = flat(pdf, ['-f', '2', '-l', '2'])
      expect(overview).toContain('8 weeks at a glance')
      for (let w = 1; w <= 8; w++)
        expect(overview).toContain(`W${w} ${formatDay(plan.weekStarts[w - 1], false).slice(4)}`)
      // Week by week: each session's date on one line (the Day column never wraps) and its instructions.
      const layout = text(pdf)
      for (let w = 1; w <= 8; w++) expect(all).toMatch(new RegExp(`Week ${w} · `))
      for (const s of plan.sessions) expect(layout).toContain(formatDay(s.date, false))
      expect(all).toMatch(/Warm up \d+ min: walk, then jog very easily\./)
      expect(all).toMatch(/Main set \d+ min at RPE \d+ \((easy|steady|hard|very easy|very hard): [a-z ]+\)\./)
      expect(all).toMatch(/Cool down \d+ min: easy jog, then walk\./)
      const weighted = plan.sessions.find((s) => s.ankleWeightKg > 0)!
      expect(all).toContain(`${weighted.ankleWeightKg} kg × ${weighted.weightedMin} min`)
      // The session's own "What to do" says the same about when the weights go on.
      expect(weighted.description).toContain(
        `Ankle weights on after the 5-min warm-up, for ${weighted.weightedMin} min; then take them off`
      )
      expect(all).toContain(
        `Weights ${weighted.ankleWeightKg} kg per ankle for ${weighted.weightedMin} min, put on after the 5-min warm-up: snug above the ankle bone, both sides equal; check for chafing. Take them off on a loop past home or the car, not carried in your hands.`
      )
      // How to follow the plan, and when to stop.
      for (const line of [
        ...WEAR_LINES,
        ...MOVE_UP_LINES,
        ...MISSED_LINES,
        ...FORM_SIGNS,
        ...RED_FLAGS,
        RED_FLAGS_ACTION,
        ...SAFETY_LINES
      ])
        expect(all).toContain(line)
      for (const [band, feel, talk] of RPE_ANCHORS) expect(all).toContain(`${band}: ${feel}, ${talk}`)
      for (const [band, words] of PAIN_ANCHORS) expect(all).toContain(`${band}: ${words}`)
      // Log sheets: pain location and the scales; two weeks a page.
      expect(all).toMatch(/Pain .*where\?/)
      const logPage = pageOf(pdf, 'Bring this sheet to your next check-in')
      const log = flat(pdf, ['-f', String(logPage), '-l', String(logPage)])
      expect([...log.matchAll(/Week (\d+) · /g)].map((m) => Number(m[1]))).toEqual([1, 2])
      // Order: cover, overview, week by week, the guide, the log sheets.
      expect(pageOf(pdf, 'Week by week')).toBe(3)
      expect(pageOf(pdf, 'Before you move up a step')).toBeLessThan(logPage)
      const n = pages(pdf)
      expect(n).toBe(logPage + 3) // 8 weeks: 4 log pages
      for (let p = 1; p <= n; p++) expect(text(pdf, ['-f', String(p), '-l', String(p)])).toContain(`Page ${p} of ${n}`)
      expect(info(pdf)).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/)

      fs.mkdirSync('test-results/pdf', { recursive: true })
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        'test-results/pdf/plan-pack-page1'
      ])
      expect(fs.statSync('test-results/pdf/plan-pack-page1.png').size).toBeGreaterThan(10_000)
      if (process.env.BALLAST_WRITE_DOCS === '1') {
        fs.copyFileSync(pdf, 'docs/plan-pack-sample.pdf')
        execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, 'docs/plan-pack-page1'])
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '90',
          '-f',
          '2',
          '-l',
          '2',
          '-singlefile',
          pdf,
          'docs/plan-pack-overview'
        ])
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '90',
          '-f',
          String(logPage),
          '-l',
          String(logPage),
          '-singlefile',
          pdf,
          'docs/plan-pack-log'
        ])
      }
    }
  )

  it(
    'prints a planned distance in the Distance column and "–" only where there is none',
    { timeout: 60_000 },
    async () => {
      const { plan, call, exportPdf } = await setup('Marta Ruiz')
      const [first, ...rest] = plan.sessions
      await call('savePlannedSession', { ...first, distanceKm: 8.5 })
      for (const s of rest) if (s.distanceKm !== null) await call('savePlannedSession', { ...s, distanceKm: null })
      const { pdf } = await exportPdf()
      const row = text(pdf)
        .split('\n')
        .find((l) => l.includes(formatDay(first.date, false)) && l.includes('min'))!
      expect(row).toContain('8.5 km')
      const other = text(pdf)
        .split('\n')
        .find((l) => l.includes(formatDay(rest[0].date, false)) && l.includes('min'))!
      expect(other).toContain('–')
    }
  )

  it.each(['李娜', '김민준', 'अनन्या', 'Zoë'])(
    'prints the name %s as written, with embedded fonts only and no warning',
    { timeout: 60_000 },
    async (name) => {
      const { file, pdf } = await setup(name)
      expect(file.warning).toBeNull()
      expect(flat(pdf, ['-f', '1', '-l', '1'])).toContain(name)
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2)
      expect(fonts.length).toBeGreaterThan(0)
      // Columns: name type encoding emb sub uni object: every font embedded.
      for (const row of fonts) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/)
    }
  )

  it('reports the characters no embedded font can print instead of claiming success', { timeout: 60_000 }, async () => {
    const { file, pdf } = await setup('Ankh 𓀀 Amun')
    expect(file.warning).toBe('This character could not be printed and shows as □ in the PDF: 𓀀 (U+13000)')
    expect(flat(pdf, ['-f', '1', '-l', '1'])).toContain('Ankh □ Amun')
  })

  it(
    'lays the pack out on US Letter when Settings say so, and in the coach units (lb, mi)',
    { timeout: 60_000 },
    async () => {
      const { pdf } = await setup('Дарья Соколова', { massUnit: 'lb', distanceUnit: 'mi', paperSize: 'Letter' })
      expect(info(pdf)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
      const all = flat(pdf)
      expect(all).toContain('Дарья Соколова')
      expect(all).toMatch(/1\.1 lb × \d+ min/) // 0.5 kg per ankle shown as 1.1 lb
      expect(all).not.toMatch(/\d kg ×/)
      expect(
        flat(pdf, [
          '-f',
          String(pageOf(pdf, 'Bring this sheet to your next check-in')),
          '-l',
          String(pageOf(pdf, 'Bring this sheet to your next check-in'))
        ])
      ).toMatch(/Dist \(mi\)/)
    }
  )

  it('keeps every week of a 16-week, 7-runs-a-week plan whole, on A4 and on Letter', { timeout: 120_000 }, async () => {
    for (const paperSize of ['A4', 'Letter']) {
      const { plan, pdf } = await setup('Ingrid Solberg', { paperSize }, { weeks: 16, runsPerWeek: 7 })
      // RULES.md v2: runs are added one every 2 weeks from the novice start of 3, so 7 a week comes late in the plan.
      expect(plan.sessions.length).toBeGreaterThan(90)
      // Each week's heading once in the tables and once on a log sheet: none split, none lost.
      const seen: number[] = []
      for (let p = 1; p <= pages(pdf); p++)
        seen.push(
          ...[...flat(pdf, ['-f', String(p), '-l', String(p)]).matchAll(/Week (\d+) · /g)].map((m) => Number(m[1]))
        )
      expect(seen.sort((a, b) => a - b)).toEqual(plan.weekStarts.flatMap((_, i) => [i + 1, i + 1]))
      // The overview is one page: week 16 is on page 2.
      expect(flat(pdf, ['-f', '2', '-l', '2'])).toContain(`W16 ${formatDay(plan.weekStarts[15], false).slice(4)}`)
    }
  })

  it('ships its fonts and their licences in assets/fonts, so machines without them still print names', () => {
    const fonts = findPdfFonts()
    expect(fonts.dir).toBe(path.resolve('assets/fonts'))
    const licence = fs.readFileSync('assets/fonts/LICENSE.txt', 'utf8')
    for (const f of [
      'DejaVuSans.ttf',
      'NotoSansDevanagari-Regular.ttf',
      'NanumSquareR.ttf',
      'DroidSansFallbackFull.ttf'
    ]) {
      expect(fs.existsSync(path.join('assets/fonts', f))).toBe(true)
      expect(licence).toContain(f)
    }
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1')
    expect(licence).toContain('Apache License')
  })

  it('names the missing fonts instead of failing obscurely', () => {
    expect(() => findPdfFonts(['/nonexistent/fonts'])).toThrow(
      /its fonts \(DejaVuSans\.ttf.*\) were not found in any of: \/nonexistent\/fonts/
    )
  })
})
