// A job's rows as the contract's preview rows: numbers and ids, worded in the renderer.
import type { ImportPreviewRow } from '../../shared/contract/io'
import type { PreviewRow } from './jobs'

export const toPreview = (r: PreviewRow): ImportPreviewRow => ({
  rowId: r.rowId,
  file: r.file,
  label: r.label,
  format: r.format,
  status: r.status,
  reason: r.reason,
  date: r.draft?.date ?? null,
  startTime: r.draft?.startTime ?? null,
  type: r.draft?.type ?? null,
  durationMin: r.draft?.durationMin ?? null,
  distanceKm: r.draft?.distanceKm ?? null,
  ankleWeightKg: r.draft?.ankleWeightKg ?? 0,
  weightedMin: r.draft?.weightedMin ?? 0,
  notes: r.draft?.notes ?? '',
  timeUsed: r.info?.timeUsed ?? null,
  elapsedMin: r.info?.elapsedMin ?? null,
  typeReason: r.info?.typeReason ?? '',
  note: r.info?.note ?? '',
  match: r.match
})
