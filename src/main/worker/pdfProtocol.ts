// The messages between a PDF renderer process and the pool that drives it (pdfPool.ts). The
// renderer gets plain PlanPackData (the backend read it from the database) and answers with the
// PDF's bytes: it never opens the database. Structured clone carries both ways.
import type { PlanPackData } from '../pdf/context'

export type ToRenderer = { type: 'render'; id: number; data: PlanPackData }

export type FromRenderer =
  | { type: 'rendered'; id: number; bytes: Uint8Array; unprintable: string[] }
  | { type: 'renderFailed'; id: number; message: string }
