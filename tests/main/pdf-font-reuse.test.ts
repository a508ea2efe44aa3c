// The plan pack renders with pdfkit reusing its embedded fonts (src/main/pdf/fontReuse.ts). The coach
// must get the same PDF as pdfkit alone makes: the same text where it was, the same fonts embedded.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import PDFDocument from 'pdfkit'
import { afterAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import type { ChannelName } from '../../src/shared/channels'
import type { ExportedFile, PlanDetail } from '../../src/shared/contract/plan'
import { dispatch } from '../../src/main/dispatch'
import { reuseEmbeddedFonts, stopReusingEmbeddedFonts } from '../../src/main/pdf/fontReuse'
import { pdfFontsFor } from '../../src/main/pdf/fonts'
import { loadKit } from '../../src/main/pdf/kit'
import { tempBackend, tempDir } from '../helpers/tempdb'
import type { Reply } from '../helpers/call'

const fontsOf = (pdf: string) =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    // "ABCDEF+DejaVuSans-Bold  CID TrueType ...": the subset tag differs between files.
    .map((l) => l.replace(/^[A-Z]{6}\+/, '').replace(/\s+\d+\s+0\s*$/, ''))
    .sort()

describe('plan pack with embedded fonts reused', () => {
  afterAll(() => void reuseEmbeddedFonts(PDFDocument))

  it('prints the same text with the same fonts as pdfkit on its own', { timeout: 120_000 }, async () => {
    // A name in three scripts: DejaVu Sans, NanumSquare (Hangul) and Droid Sans Fallback (simplified Chinese).
    const render = await packOf('Zoë 김민지 张伟')
    const reused = await render('reused.pdf')
    stopReusingEmbeddedFonts(PDFDocument)
    const plain = await render('plain.pdf')

    expect(text(reused)).toContain('Zoë 김민지 张伟')
    expect(text(reused)).toBe(text(plain))
    const fonts = fontsOf(reused)
    expect(fonts.join('\n')).toMatch(/DejaVuSans[\s\S]*NanumSquare|NanumSquare[\s\S]*DejaVuSans/)
    expect(fonts.join('\n')).toMatch(/DroidSansFallback/)
    expect(fonts).toEqual(fontsOf(plain))
    // The reuse was in effect: pdfkit numbers each font it opens (/F1, /F2, ...); on its own it opens
    // one per text run, so the fonts it keeps get high numbers. (Its default Helvetica is F1, not embedded.)
    const highestFontId = (pdf: string) =>
      Math.max(...[...fs.readFileSync(pdf, 'latin1').matchAll(/\/F(\d+) \d+ 0 R/g)].map((m) => Number(m[1])))
    expect(highestFontId(reused)).toBeLessThanOrEqual(fonts.length + 1)
    expect(highestFontId(plain)).toBeGreaterThan(2 * highestFontId(reused))
  })

  it(
    'embeds only DejaVu Sans in a Latin-script pack, which prints every character of it',
    { timeout: 120_000 },
    async () => {
      const pdf = await (await packOf('Zoë Ødegaard-Łukasiewicz'))('latin.pdf')
      expect(fontsOf(pdf).every((f) => f.startsWith('DejaVuSans'))).toBe(true)
      // Every character on every page (the app's own text included) has a DejaVu Sans glyph.
      expect(await pdfFontsFor(await loadKit(), [text(pdf)])).toEqual({ stack: ['DejaVu Sans'], missing: [] })
    }
  )
})

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })

/** A six-week plan for a new athlete of that name; the function renders its pack to a file. */
async function packOf(name: string): Promise<(file: string) => Promise<string>> {
  {
    const { backend } = tempBackend('2026-11-29')
    const call = async <T>(channel: ChannelName, input: unknown) => {
      const r = (await dispatch(backend, channel, input, (e) => console.error(e))) as Reply<T>
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
      return r.value
    }
    const athlete = await call<{ id: number }>('createAthlete', {
      name,
      bodyMassKg: 64,
      level: 'intermediate',
      ownedWeightsKg: [0.5]
    })
    for (let d = -42; d < 0; d += 2)
      await call('createSession', {
        athleteId: athlete.id,
        date: addDays('2026-11-30', d),
        type: 'easy',
        durationMin: 40,
        rpe: 4,
        pain: 0
      })
    const plan = await call<PlanDetail>('generatePlan', {
      athleteId: athlete.id,
      name: 'Winter base',
      goal: 'Spring 10K',
      startDate: '2026-11-30',
      weeks: 6,
      runsPerWeek: 4,
      availableDays: [1, 2, 3, 4, 5, 6, 0]
    })
    const render = async (name: string) => {
      const file = await call<ExportedFile>('exportPlanPdf', { planId: plan.plan.id })
      const pdf = path.join(tempDir(), name)
      fs.writeFileSync(pdf, Buffer.from(file.base64!, 'base64'))
      return pdf
    }
    return render
  }
}
