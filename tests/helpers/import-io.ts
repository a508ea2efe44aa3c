// Drives the import channels exactly as the renderer does: through dispatch, files in base64 chunks.
import fs from 'node:fs'
import path from 'node:path'
import type { Handlers } from '../../src/main/backend'
import type { ImportPreviewRow, ImportProgress } from '../../src/shared/contract/io'
import { caller, type Reply } from './call'

export { caller, type Reply }

export const value = <T>(r: Reply<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

export const fixtures = path.resolve(__dirname, '..', 'fixtures', 'import')

export const filesIn = (dir: string): { name: string; bytes: Buffer }[] =>
  fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }))

/** Begin, send every file in chunks, read, and wait for the preview. */
export const preview = async (backend: Handlers, athleteId: number, files: { name: string; bytes: Buffer }[]) => {
  const call = caller(backend)
  const { jobId, chunkBytes } = value(await call<{ jobId: string; chunkBytes: number }>('importBegin', { athleteId }))
  for (const f of files) {
    let fileIndex: number | undefined
    for (let offset = 0; offset === 0 || offset < f.bytes.length; offset += chunkBytes) {
      const part = f.bytes.subarray(offset, offset + chunkBytes)
      const r = value(
        await call<{ fileIndex: number }>('importAddFile', {
          jobId,
          name: f.name,
          size: f.bytes.length,
          offset,
          chunk: part.toString('base64'),
          last: offset + chunkBytes >= f.bytes.length,
          fileIndex
        })
      )
      fileIndex = r.fileIndex
    }
  }
  value(await call('importRead', { jobId }))
  const rows = await waitReady(backend, jobId)
  return { jobId, rows }
}

export const waitReady = async (backend: Handlers, jobId: string): Promise<ImportPreviewRow[]> => {
  const call = caller(backend)
  for (let k = 0; k < 2000; k++) {
    const p = value(await call<ImportProgress>('importProgress', { jobId }))
    if (p.state === 'ready') return p.rows
    if (p.state === 'cancelled') throw new Error('cancelled')
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error('the import never became ready')
}
