// @react-pdf/renderer is an ES module loaded once on first use; the page parts read it from here.
export type Kit = typeof import('@react-pdf/renderer')

import { reuseEmbeddedFonts } from './fontReuse'

let kit: Kit | null = null

/** The renderer, with pdfkit (the PDF writer under it) set to reuse embedded fonts (fontReuse.ts). */
export const loadKit = async (): Promise<Kit> => {
  if (!kit) {
    const loaded = await import('@react-pdf/renderer')
    reuseEmbeddedFonts((await import('pdfkit')).default)
    kit = loaded
  }
  return kit
}

/** The loaded renderer (renderPlanPack loads it before any part renders). */
export const K = (): Kit => {
  if (!kit) throw new Error('The PDF renderer is not loaded yet')
  return kit
}
