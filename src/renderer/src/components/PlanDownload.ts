// Exports reach the coach two ways: Electron saves through a native dialog in main; the browser
// host hands the bytes back and the page triggers a download (Blob + a[download]).
import type { ExportedFile } from '../../../shared/contract/plan'

export const downloadBase64 = (base64: string, fileName: string, mimeType: string): void => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

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
