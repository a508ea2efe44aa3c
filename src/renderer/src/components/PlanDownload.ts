// Exports reach the coach two ways: Electron saves through a native dialog in main; the browser
// host hands the bytes back and the page triggers a download (Blob + a[download]).
import type { ExportedFile } from '../../../shared/contract/plan'
import { downloadBase64 } from '../lib/download'

/** Turns an export result into what the coach sees: a download, or where the file went. */
export const deliverExport = (file: ExportedFile): string => {
  if (file.cancelled) return 'Export cancelled.'
  const warning = file.warning ? ` Warning: ${file.warning}.` : ''
  if (file.base64 !== null) {
    downloadBase64(file.base64, file.fileName, file.mimeType)
    return `Downloaded ${file.fileName}.${warning}`
  }
  return `Saved ${file.savedTo ?? file.fileName}.${warning}`
}
