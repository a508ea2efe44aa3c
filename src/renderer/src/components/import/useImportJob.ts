// The import job as the page drives it: send the chosen files to main in chunks (or let main's own
// dialog pick them), poll while main reads them (a cached read refetched every POLL_MS), hold the
// preview, and commit the coach's choices. Leaving the page mid-import cancels the job, so no file
// bytes linger in main.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportPreviewRow, ImportSummary } from '../../../../shared/contract/io'
import type { ChannelInput } from '../../../../shared/ipc'
import type { Athlete } from '../../../../shared/domain'
import { call } from '../../lib/api'
import { useRead } from '../../lib/query'
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
  /** The job main is reading now: polled until it is ready (or cancelled, or fails). */
  const [reading, setReading] = useState<string | null>(null)
  const polled = useRead(
    'importProgress',
    { jobId: reading ?? '' },
    { enabled: phase === 'reading' && reading !== null, refetchInterval: POLL_MS }
  )

  useEffect(
    () => () => {
      if (job.current) void call('importCancel', { jobId: job.current })
    },
    []
  )

  // Stable (refs and setters only), so the poll's effect below can call them.
  const reset = useCallback(() => {
    job.current = null
    setReading(null)
    setPhase('idle')
    setRows([])
    setProgress({ done: 0, total: 0 })
  }, [])

  const fail = useCallback(
    (message: string) => {
      if (job.current) void call('importCancel', { jobId: job.current })
      reset()
      setError(message)
    },
    [reset]
  )

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
    setProgress({ done: 0, total })
    setReading(jobId)
    setPhase('reading')
  }

  // What the last poll said: the count so far, then the preview once main has read every file.
  const polledNow = phase === 'reading' ? polled.data : undefined
  if (polledNow?.state === 'ready') {
    setRows(polledNow.rows)
    setPhase('preview')
  } else if (polledNow?.state === 'cancelled') reset()
  // A failed poll ends the job (main may have dropped it).
  const pollError = phase === 'reading' ? (polled.error?.message ?? null) : null
  useEffect(() => {
    if (pollError !== null) fail(pollError)
  }, [pollError, fail])

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

  const shown = polledNow ? { done: polledNow.done, total: polledNow.total } : progress
  return {
    phase,
    progress: shown,
    rows,
    error,
    notice,
    summary,
    skipped,
    jobId: job,
    start,
    pickWithDialog,
    cancel,
    confirm
  }
}
