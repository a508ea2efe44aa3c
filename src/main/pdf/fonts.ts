// The PDF fonts, all shipped in assets/fonts with their licences (assets/fonts/LICENSE.txt):
// DejaVu Sans (Latin, Greek, Cyrillic), Noto Sans Devanagari, NanumSquare (Hangul) and Droid Sans
// Fallback (Chinese and Japanese). react-pdf picks, per character, the first family in FONT_STACK that
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

/** In fallback order: the first family with a glyph for a character prints it. */
export const FONT_FAMILIES: readonly Family[] = [
  { family: 'DejaVu Sans', regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  { family: 'Noto Sans Devanagari', regular: 'NotoSansDevanagari-Regular.ttf', bold: 'NotoSansDevanagari-Bold.ttf' },
  { family: 'NanumSquare', regular: 'NanumSquareR.ttf', bold: 'NanumSquareB.ttf' },
  // Droid Sans Fallback has one weight: bold text in Chinese or Japanese prints regular.
  { family: 'Droid Sans Fallback', regular: 'DroidSansFallbackFull.ttf', bold: 'DroidSansFallbackFull.ttf' }
]

export const FONT_STACK: string[] = FONT_FAMILIES.map((f) => f.family)

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

/** Registers every family once; returns the loaded fontkit faces (regular weight) in stack order. */
export async function registerPdfFonts(R: Kit): Promise<{ hasGlyph: (cp: number) => boolean }> {
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
  const faces: { hasGlyphForCodePoint: (cp: number) => boolean }[] = []
  for (const f of FONT_FAMILIES) {
    await R.Font.load({ fontFamily: f.family })
    const face = (
      R.Font.getFont({ fontFamily: f.family }) as unknown as {
        data: { hasGlyphForCodePoint: (cp: number) => boolean } | null
      }
    ).data
    if (face) faces.push(face)
  }
  return { hasGlyph: (cp) => faces.some((face) => face.hasGlyphForCodePoint(cp)) }
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
