// The PDF fonts, all shipped in assets/fonts with their licences (assets/fonts/LICENSE.txt):
// DejaVu Sans (Latin, Greek, Cyrillic), Noto Sans Devanagari, NanumSquare (Hangul) and Droid Sans
// Fallback (Chinese and Japanese). react-pdf picks, per character, the first family of the pack's stack that
// has a glyph for it. A character none of them has is reported by unprintable() and printed as □.
import fs from 'node:fs'
import path from 'node:path'
import type { Kit } from './kit'

export interface PdfFontFiles {
  regular: string
  bold: string
}

interface Family {
  family: string
  regular: string
  bold: string
}

/** In fallback order: the first family with a glyph for a character prints it (pdfFontsFor picks them). */
export const FONT_FAMILIES: readonly Family[] = [
  { family: 'DejaVu Sans', regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  { family: 'Noto Sans Devanagari', regular: 'NotoSansDevanagari-Regular.ttf', bold: 'NotoSansDevanagari-Bold.ttf' },
  { family: 'NanumSquare', regular: 'NanumSquareR.ttf', bold: 'NanumSquareB.ttf' },
  // Droid Sans Fallback has one weight: bold text in Chinese or Japanese prints regular.
  { family: 'Droid Sans Fallback', regular: 'DroidSansFallbackFull.ttf', bold: 'DroidSansFallbackFull.ttf' }
]

/** Printed in place of a character no font has (DejaVu Sans has it). */
export const MISSING_GLYPH = '□'

const here = typeof __dirname === 'string' ? __dirname : process.cwd()

export const fontDirCandidates = (): string[] =>
  [
    process.env.BALLAST_FONT_DIR,
    path.resolve(here, '../../assets/fonts'), // out/main -> assets/fonts
    path.resolve(here, '../../../assets/fonts'), // src/main/pdf -> assets/fonts
    path.resolve(process.cwd(), 'assets/fonts'),
    (process as { resourcesPath?: string }).resourcesPath
      ? path.join((process as { resourcesPath?: string }).resourcesPath!, 'assets/fonts')
      : undefined
  ].filter((d): d is string => typeof d === 'string' && d.length > 0)

/** The folder holding every font of FONT_FAMILIES, and the DejaVu Sans files in it. */
export function findPdfFonts(candidates: string[] = fontDirCandidates()): PdfFontFiles & { dir: string } {
  const names = FONT_FAMILIES.flatMap((f) => [f.regular, f.bold])
  for (const dir of candidates) {
    if (names.every((n) => fs.existsSync(path.join(dir, n)))) {
      return { dir, regular: path.join(dir, FONT_FAMILIES[0].regular), bold: path.join(dir, FONT_FAMILIES[0].bold) }
    }
  }
  throw new Error(
    `Ballast cannot make a PDF: its fonts (${[...new Set(names)].join(', ')}) were not found in any of: ${candidates.join(', ')}. ` +
      'Reinstall Ballast, or set BALLAST_FONT_DIR to a folder holding those files.'
  )
}

let registeredFrom: string | null = null

type Face = { hasGlyphForCodePoint: (cp: number) => boolean }

const faceOf = async (R: Kit, family: string): Promise<Face | null> => {
  await R.Font.load({ fontFamily: family })
  return (R.Font.getFont({ fontFamily: family }) as unknown as { data: Face | null }).data
}

/**
 * Registers every family once, then picks the families a pack needs, in FONT_FAMILIES order: DejaVu
 * Sans (all of the app's own text), and a fallback family only when it prints a character of `texts`
 * that the families before it lack. A family left out is never loaded, so a pack in Latin script does
 * not hold the large CJK font in memory. Also returns the characters no family prints.
 */
export async function pdfFontsFor(R: Kit, texts: readonly string[]): Promise<{ stack: string[]; missing: string[] }> {
  const { dir } = findPdfFonts()
  if (registeredFrom !== dir) {
    for (const f of FONT_FAMILIES) {
      R.Font.register({
        family: f.family,
        fonts: [{ src: path.join(dir, f.regular) }, { src: path.join(dir, f.bold), fontWeight: 'bold' }]
      })
    }
    // Whole words only: hyphenated athlete names look like typos.
    R.Font.registerHyphenationCallback((word) => [word])
    registeredFrom = dir
  }
  const [first, ...fallbacks] = FONT_FAMILIES
  const base = await faceOf(R, first.family)
  const stack = [first.family]
  let missing = unprintable(texts, (cp) => base?.hasGlyphForCodePoint(cp) ?? false)
  for (const f of fallbacks) {
    if (missing.length === 0) break
    const face = await faceOf(R, f.family)
    const printed = missing.filter((ch) => face?.hasGlyphForCodePoint(ch.codePointAt(0)!))
    if (printed.length === 0) continue
    stack.push(f.family)
    missing = missing.filter((ch) => !printed.includes(ch))
  }
  return { stack, missing }
}

/** Characters no font prints (each once, in order of appearance); spaces and controls never count. */
export function unprintable(texts: readonly string[], hasGlyph: (cp: number) => boolean): string[] {
  const out: string[] = []
  for (const t of texts) {
    for (const ch of t) {
      const cp = ch.codePointAt(0)!
      // Whitespace, controls, joiners and variation selectors take no glyph of their own.
      if (/[\s\p{Cc}\p{Cf}\p{Mn}\p{Me}]/u.test(ch) && !/[\u0900-\u097F]/.test(ch)) continue
      if (!hasGlyph(cp) && !out.includes(ch)) out.push(ch)
    }
  }
  return out
}

/** The text with every unprintable character shown as MISSING_GLYPH instead of a wrong glyph. */
export const printable = (text: string, missing: readonly string[]): string =>
  missing.length === 0 ? text : [...text].map((ch) => (missing.includes(ch) ? MISSING_GLYPH : ch)).join('')
