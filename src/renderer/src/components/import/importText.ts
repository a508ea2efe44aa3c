// The import preview's words and file rules: which files are read, what a status or a duplicate's
// match is called, which time a duration comes from. Pure helpers for the import components.
import { IMPORT_EXTENSIONS, IMPORT_FILE_KINDS, MAX_IMPORT_FILE_BYTES } from '../../../../shared/contract/io'
import type { DuplicateMatch, ImportPreviewRow } from '../../../../shared/contract/io'
import { sessionTypeLabels } from '../../../../shared/domain'
import { formatDay } from '../../lib/format'

/** True for a file an import reads (by its name). */
export const isImportable = (name: string): boolean => IMPORT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))
/** The file input's accept list. */
export const importAccept = [...IMPORT_FILE_KINDS, '.gz'].join(',')
export const importKindsText = `${IMPORT_FILE_KINDS.slice(0, -1).join(', ')} or ${IMPORT_FILE_KINDS.at(-1)}`
export const maxImportMb = MAX_IMPORT_FILE_BYTES / 1024 / 1024

export const toBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export const statusLabel: Record<ImportPreviewRow['status'], string> = {
  new: 'New',
  duplicate: 'Duplicate',
  error: 'Error'
}

const sourceLabel: Record<DuplicateMatch['source'], string> = {
  manual: 'logged by hand',
  import: 'imported earlier',
  'this import': 'in this import'
}

/** What a duplicate matches, in the coach's words: day, time, type, duration, distance, source. */
export const matchText = (m: DuplicateMatch, distance: (km: number) => string): string =>
  [
    `${formatDay(m.date)}${m.startTime ? ` ${m.startTime}` : ' (no start time)'}`,
    sessionTypeLabels[m.type],
    `${m.durationMin} min`,
    m.distanceKm === null ? 'no distance' : distance(m.distanceKm),
    m.source === 'this import' ? `${m.file} (this import)` : sourceLabel[m.source]
  ].join(' · ')

export const timeUsedText = (r: ImportPreviewRow): string | null =>
  r.timeUsed === 'moving'
    ? `moving time${r.elapsedMin !== null ? ` (elapsed ${r.elapsedMin} min)` : ''}`
    : r.timeUsed === 'elapsed'
      ? 'elapsed time (the file has no moving time)'
      : null
