// The import job as the page drives it: send the chosen files to main in chunks (or let main's own
// dialog pick them), poll while main reads them, hold the preview, and commit the coach's choices.
// Leaving the page mid-import cancels the job, so no file bytes linger in main.
import { useEffect, useRef, useState } from 'react'
import type { ImportPreviewRow, ImportSummary } from '../../../../shared/contract/io'
import type { ChannelInput } from '../../../../shared/ipc'
import type { Athlete } from '../../../../shared/domain'
import { call } from '../../lib/api'
import { importKindsText, isImportable, toBase64 } from './importText'

const POLL_MS = 150

export type ImportChoice = ChannelInput<'importConfirm'>['rows'][number]

export type ImportPhase = 'idle' | 'sending' | 'reading' | 'preview' | 'saving'

export const useImportJob = (athleteId: number | '') => {
  const [phase, setPhase] = useState<ImportPhase>('idle')
  const [progress, setProgress] = useState({ done: 0, total: 0 })
  const [rows, setRows] = useState<ImportPreviewRow[]>([])
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [summary, setSummary] = useState<(ImportSummary & { athlete: Athlete }) | null>(null)
  /** Files in a chosen folder that are not of a kind an import reads. */
  const [skipped, setSkipped] = useState(0)
  const job = useRef<string | null>(null)
  const cancelled = useRef(false)

  useEffect(
    () => () => {
      if (job.current) void call('importCancel', { jobId: job.current })
    },
    []
  )

  const reset = () => {
    job.current = null
    setPhase('idle')
    setRows([])
    setProgress({ done: 0, total: 0 })
  }

  const fail = (message: string) => {
    if (job.current) void call('importCancel', { jobId: job.current })
    reset()
    setError(message)
  }

  const clearMessages = () => {
    setError(null)
    setNotice(null)
    setSummary(null)
  }

  const begin = async () => {
    if (athleteId === '') {
      setError('Choose the athlete these sessions belong to first')
      return null
    }
    cancelled.current = false
    const begun = await call('importBegin', { athleteId })
    if (!begun.ok) {
      setError(begun.error.message)
      return null
    }
    job.current = begun.value.jobId
    return begun.value
  }

  const readAndPreview = async (jobId: string, total: number) => {
    const read = await call('importRead', { jobId })
    if (!read.ok) return fail(read.error.message)
    setPhase('reading')
    setProgress({ done: 0, total })
    for (;;) {
      await new Promise((r) => setTimeout(r, POLL_MS))
      if (cancelled.current) return
      const p = await call('importProgress', { jobId })
      if (!p.ok) return fail(p.error.message)
      setProgress({ done: p.value.done, total: p.value.total })
      if (p.value.state === 'ready') {
        setRows(p.value.rows)
        setPhase('preview')
        return
      }
      if (p.value.state === 'cancelled') return reset()
    }
  }

  /** Files picked in the page (a file input or a folder): their bytes travel to main in chunks. */
  const start = async (list: FileList | null) => {
    clearMessages()
    if (!list || list.length === 0) return
    if (athleteId === '') return setError('Choose the athlete these sessions belong to first')
    const all = Array.from(list)
    // By name, so the preview reads like the folder (and a file comes before its .gz copy).
    const files = all
      .filter((f) => isImportable(f.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    setSkipped(all.length - files.length)
    if (files.length === 0) return setError(`None of the chosen files is a ${importKindsText} file (or a .gz of one)`)
    const begun = await begin()
    if (!begun) return
    const { jobId, chunkBytes, maxFileBytes } = begun
    setPhase('sending')
    setProgress({ done: 0, total: files.length })
    for (const [i, file] of files.entries()) {
      if (cancelled.current) return
      if (file.size > maxFileBytes) {
        // Main refuses it by its size and names it in the preview; the bytes never travel.
        const r = await call('importAddFile', {
          jobId,
          name: file.name,
          size: file.size,
          offset: 0,
          chunk: '',
          last: true
        })
        if (!r.ok) return fail(r.error.message)
      } else {
        const bytes = new Uint8Array(await file.arrayBuffer())
        let fileIndex: number | undefined
        for (let offset = 0; offset === 0 || offset < bytes.length; offset += chunkBytes) {
          if (cancelled.current) return
          const r = await call('importAddFile', {
            jobId,
            name: file.name,
            size: bytes.length,
            offset,
            chunk: toBase64(bytes.subarray(offset, offset + chunkBytes)),
            last: offset + chunkBytes >= bytes.length,
            fileIndex
          })
          if (!r.ok) return fail(r.error.message)
          fileIndex = r.value.fileIndex
        }
      }
      setProgress({ done: i + 1, total: files.length })
    }
    await readAndPreview(jobId, files.length)
  }

  /** Desktop app: the system's file dialog; main reads the files itself. */
  const pickWithDialog = async () => {
    clearMessages()
    setSkipped(0)
    const begun = await begin()
    if (!begun) return
    const picked = await call('importPickFiles', { jobId: begun.jobId })
    if (!picked.ok) return fail(picked.error.message)
    if (picked.value.added === 0) {
      await call('importCancel', { jobId: begun.jobId })
      return reset()
    }
    await readAndPreview(begun.jobId, picked.value.added)
  }

  const cancel = async () => {
    cancelled.current = true
    if (job.current) await call('importCancel', { jobId: job.current })
    reset()
    setNotice('Import cancelled. Nothing was imported.')
  }

  const confirm = async (choices: ImportChoice[], athlete: Athlete) => {
    if (!job.current) return
    setPhase('saving')
    setError(null)
    const r = await call('importConfirm', { jobId: job.current, rows: choices })
    if (!r.ok) {
      setPhase('preview')
      return setError(r.error.message)
    }
    job.current = null
    setSummary({ ...r.value, athlete })
    reset()
  }

  return { phase, progress, rows, error, notice, summary, skipped, jobId: job, start, pickWithDialog, cancel, confirm }
}
