// The browser host has no save dialog: files the app exports reach the coach as a browser download
// (Blob + a[download]). Electron saves through main's native dialog instead and never comes here.
const downloadBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const downloadBase64 = (base64: string, fileName: string, mimeType: string): void =>
  downloadBlob(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mimeType }), fileName)

export const downloadText = (text: string, fileName: string, mimeType: string): void =>
  downloadBlob(new Blob([text], { type: mimeType }), fileName)
