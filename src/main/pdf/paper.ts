// The two papers a plan pack is laid out for, in PDF points (1/72 inch), and the page margins.
import type { Settings } from '../../shared/domain'

export type PaperSize = Settings['paperSize']

export interface Paper {
  size: PaperSize
  width: number
  height: number
  marginX: number
  marginTop: number
  marginBottom: number
}

const SIZES: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] }

export const paper = (size: PaperSize): Paper => ({
  size,
  width: SIZES[size][0],
  height: SIZES[size][1],
  marginX: 36,
  marginTop: 34,
  marginBottom: 46
})

export const contentWidth = (p: Paper): number => p.width - 2 * p.marginX
export const contentHeight = (p: Paper): number => p.height - p.marginTop - p.marginBottom
