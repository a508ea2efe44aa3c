// The PDF font: DejaVu Sans, an open-licence TTF with Latin, Greek and Cyrillic coverage, so names
// such as Zoë, Øyvind, Łukasz or Дарья print. Ballast ships a copy in assets/fonts; a system copy
// (Debian's fonts-dejavu-core) is the fallback.
import fs from 'node:fs'
import path from 'node:path'

export interface PdfFontFiles {
  regular: string
  bold: string
}

const here = typeof __dirname === 'string' ? __dirname : process.cwd()

export const fontDirCandidates = (): string[] =>
  [
    process.env.BALLAST_FONT_DIR,
    path.resolve(here, '../../assets/fonts'), // out/main -> assets/fonts
    path.resolve(here, '../../../assets/fonts'), // src/main/pdf -> assets/fonts
    path.resolve(process.cwd(), 'assets/fonts'),
    (process as { resourcesPath?: string }).resourcesPath ? path.join((process as { resourcesPath?: string }).resourcesPath!, 'assets/fonts') : undefined,
    '/usr/share/fonts/truetype/dejavu',
    '/usr/share/fonts/TTF',
    '/usr/share/fonts/dejavu',
    '/usr/local/share/fonts'
  ].filter((d): d is string => typeof d === 'string' && d.length > 0)

export function findPdfFonts(candidates: string[] = fontDirCandidates()): PdfFontFiles {
  for (const dir of candidates) {
    const regular = path.join(dir, 'DejaVuSans.ttf')
    const bold = path.join(dir, 'DejaVuSans-Bold.ttf')
    if (fs.existsSync(regular) && fs.existsSync(bold)) return { regular, bold }
  }
  throw new Error(
    `Ballast cannot make a PDF: the DejaVu Sans font (DejaVuSans.ttf and DejaVuSans-Bold.ttf) was not found in any of: ${candidates.join(', ')}. ` +
      'Reinstall Ballast, set BALLAST_FONT_DIR to a folder holding those files, or install the fonts-dejavu-core package.'
  )
}
