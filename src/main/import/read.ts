// One file in, candidate sessions out: unzips .gz, picks the reader by name and content, and turns
// every failure into a message that names the problem (never a stack trace).
import zlib from 'node:zlib'
import { IMPORT_EXTENSIONS, MAX_IMPORT_FILE_BYTES } from '../../shared/contract/io'
import { readCsv, type ParsedRow } from './csv'
import { ImportFileError, type ReadContext, type ReadDraft } from './draft'
import { isFitBytes, readFit } from './fit'
import { readGpx, readTcx } from './gpx'

export const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES
/** A .gz may unpack to more than its size, but not without bound (a "zip bomb"). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024

export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const tooLargeMessage = (bytes: number): string =>
  `the file is ${formatMb(bytes)}; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not imported`

export const supportedExtensions = IMPORT_EXTENSIONS

export type FileRead = { ok: true; rows: ParsedRow[]; format: string } | { ok: false; error: string }

/** What to do about a file that could not be read, when the reader's message does not already say. */
const WHAT_TO_DO = ' Copy or export it again from the watch or app, or log the session by hand.'

/** A reader's message ends with what to do; older messages that do not say get the usual advice. */
const withWhatToDo = (message: string): string => (/[.!]$/.test(message) ? message : `${message}.${WHAT_TO_DO}`)

/** A library's message without its jargon (byte offsets, "Runtime Error"). */
const plainReason = (e: unknown): string =>
  String((e as Error)?.message ?? e)
    .replace(/FIT Runtime Error/gi, '')
    .replace(/\s*at byte \d+/gi, '')
    .trim()
    .replace(/\.$/, '') || 'an unknown problem'

const gunzip = (bytes: Uint8Array): Buffer => {
  try {
    return zlib.gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ERR_BUFFER_TOO_LARGE')
      throw new ImportFileError(`it unpacks to more than ${formatMb(MAX_UNPACKED_BYTES)}`)
    throw new ImportFileError(`it is not a readable .gz file (${err.message.replace(/\.$/, '')})`)
  }
}

const text = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')

const sniff = (bytes: Uint8Array): string => {
  if (isFitBytes(bytes)) return 'fit'
  const head = text(bytes.subarray(0, 2048)).toLowerCase()
  if (head.includes('<gpx')) return 'gpx'
  if (head.includes('<trainingcenterdatabase')) return 'tcx'
  return ''
}

export const readImportFile = (name: string, raw: Uint8Array, ctx: ReadContext): FileRead => {
  try {
    if (raw.byteLength > MAX_FILE_BYTES) throw new ImportFileError(tooLargeMessage(raw.byteLength))
    if (raw.byteLength === 0) throw new ImportFileError('the file is empty')
    let lower = name.toLowerCase()
    let bytes = raw
    const gz = lower.endsWith('.gz') || (raw[0] === 0x1f && raw[1] === 0x8b)
    if (gz) {
      bytes = gunzip(raw)
      lower = lower.replace(/\.gz$/, '')
    }
    const ext = /\.([a-z0-9]+)$/.exec(lower)?.[1] ?? ''
    const format = ['fit', 'gpx', 'tcx', 'csv'].includes(ext) ? ext : sniff(bytes) || (ext === 'txt' ? 'csv' : '')
    const label = gz ? `${format.toUpperCase()} (gzip)` : format.toUpperCase()
    const rows = (list: { label: string; read?: ReadDraft; error?: string }[]): ParsedRow[] =>
      list.map((r) =>
        r.read
          ? { label: r.label, draft: r.read.draft, info: r.read.info }
          : { label: r.label, error: r.error ?? 'it could not be read' }
      )
    switch (format) {
      case 'fit':
        return { ok: true, format: label, rows: rows(readFit(bytes, ctx)) }
      case 'gpx':
        return { ok: true, format: label, rows: rows(readGpx(text(bytes), ctx)) }
      case 'tcx':
        return { ok: true, format: label, rows: rows(readTcx(text(bytes), ctx)) }
      case 'csv':
        return { ok: true, format: label, rows: readCsv(text(bytes), ctx) }
      default:
        throw new ImportFileError(`Ballast cannot read this kind of file; it imports ${supportedExtensions.join(', ')}`)
    }
  } catch (e) {
    // The file's name first, so a message read on its own still says which file it is about.
    if (e instanceof ImportFileError) return { ok: false, error: `${name}: ${withWhatToDo(e.message)}` }
    return { ok: false, error: `${name}: it could not be read (${plainReason(e)}).${WHAT_TO_DO}` }
  }
}
