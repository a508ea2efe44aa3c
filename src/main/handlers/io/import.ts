// Import handlers: a job receives files (chunks from the page, or paths from a native dialog), reads
// them into a preview, and commits the coach's choice in one transaction.
import fs from 'node:fs'
import { IMPORT_CHUNK_BYTES, MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/io'
import type { BackendContext, HandlersFor } from '../../context'
import { BackendError } from '../../errors'
import { evaluateWith, impactOf } from '../../import/impact'
import {
  addChunk,
  addPath,
  chosenSessions,
  commitJob,
  ImportChoiceError,
  jobBytes,
  MAX_JOB_FILES,
  newJob,
  readJob,
  type ImportJob
} from '../../import/jobs'
import { toPreview } from '../../import/preview'
import { supportedExtensions } from '../../import/read'
import { toRuleSession } from '../../warnings'

/** Jobs nobody has touched for this long are dropped (their bytes are held in memory). */
const JOB_IDLE_MS = 60 * 60 * 1000
const MAX_JOBS = 4
/** All open imports together hold at most this many bytes of files (each one at most MAX_JOB_BYTES). */
export const MAX_HELD_BYTES = 200 * 1024 * 1024
const tooManyFiles = `One import takes at most ${MAX_JOB_FILES} files: import these first, then start another import for the rest`

export const importHandlers = (
  ctx: BackendContext
): HandlersFor<
  | 'importBegin'
  | 'importAddFile'
  | 'importPickFiles'
  | 'importRead'
  | 'importProgress'
  | 'importCancel'
  | 'importConfirm'
  | 'importImpact'
> => {
  const { db, athletes, sessions, host, nowIso } = ctx
  const jobs = new Map<string, ImportJob>()
  const requireJob = (jobId: string): ImportJob => {
    const job = jobs.get(jobId)
    if (!job)
      throw new BackendError(
        'not_found',
        'This import is no longer open (it finished, was cancelled or expired). Start it again.'
      )
    job.touched = Date.now()
    return job
  }
  const requireReceiving = (job: ImportJob) => {
    if (job.state !== 'receiving')
      throw new BackendError('conflict', 'Files can only be added before the import is read')
  }

  const prune = () => {
    const now = Date.now()
    for (const [id, job] of jobs) if (now - job.touched > JOB_IDLE_MS) jobs.delete(id)
    while (jobs.size >= MAX_JOBS) jobs.delete(jobs.keys().next().value!)
  }
  return {
    importBegin: ({ athleteId }) => {
      const athlete = ctx.requireAthlete(athleteId)
      if (athlete.archivedAt)
        throw new BackendError('conflict', `${athlete.name} is archived; restore the athlete before importing sessions`)
      prune()
      const job = newJob(athleteId, athlete.timeZone)
      jobs.set(job.id, job)
      return { jobId: job.id, maxFileBytes: MAX_IMPORT_FILE_BYTES, chunkBytes: IMPORT_CHUNK_BYTES }
    },
    importAddFile: ({ jobId, name, size, offset, chunk, last, fileIndex }) => {
      const job = requireJob(jobId)
      requireReceiving(job)
      const newFile = offset === 0 || fileIndex === undefined
      if (newFile && job.files.length >= MAX_JOB_FILES) throw new BackendError('invalid_input', tooManyFiles)
      let held = 0
      for (const j of jobs.values()) held += jobBytes(j)
      if (newFile && held + size > MAX_HELD_BYTES) {
        throw new BackendError(
          'conflict',
          `Imports not yet confirmed already hold ${Math.round(held / 1024 / 1024)} MB of files: confirm or cancel one before adding more`
        )
      }
      return addChunk(job, { name, size, offset, bytes: Buffer.from(chunk, 'base64'), last, fileIndex })
    },
    importPickFiles: async ({ jobId }) => {
      const job = requireJob(jobId)
      requireReceiving(job)
      if (!host.chooseOpenPaths) return { added: 0, available: false }
      const files = await host.chooseOpenPaths(
        'Files to import',
        [{ name: 'Activity files', extensions: supportedExtensions.map((e) => e.replace(/^\./, '')) }],
        true
      )
      if (job.files.length + files.length > MAX_JOB_FILES) throw new BackendError('invalid_input', tooManyFiles)
      for (const f of files)
        await addPath(
          job,
          f,
          (p) => fs.promises.stat(p),
          (p) => fs.promises.readFile(p)
        )
      return { added: files.length, available: true }
    },
    importRead: ({ jobId }) => {
      const job = requireJob(jobId)
      requireReceiving(job)
      if (job.files.length === 0) throw new BackendError('invalid_input', 'Choose at least one file to import')
      // Not awaited: the renderer polls importProgress, and can cancel between files.
      void readJob(job, sessions, ctx.today()).catch((e: Error) => {
        job.rows = [
          {
            rowId: 1,
            file: '',
            label: '',
            format: '',
            status: 'error',
            reason: `Reading stopped: ${e.message}`,
            draft: null,
            info: null,
            match: null
          }
        ]
        job.state = 'ready'
      })
      return { started: true }
    },
    importProgress: ({ jobId }) => {
      const job = requireJob(jobId)
      return {
        jobId,
        state: job.state,
        done: job.done,
        total: job.total || job.files.length,
        rows: job.state === 'ready' ? job.rows.map(toPreview) : []
      }
    },
    importCancel: ({ jobId }) => {
      const job = jobs.get(jobId)
      if (!job) return { cancelled: false }
      job.cancelRequested = true
      if (job.state !== 'reading') job.state = 'cancelled'
      jobs.delete(jobId)
      return { cancelled: true }
    },
    importConfirm: ({ jobId, rows }) => {
      const job = requireJob(jobId)
      if (job.state !== 'ready')
        throw new BackendError('conflict', 'The files are still being read; wait for the preview')
      const athlete = athletes.get(job.athleteId)
      if (!athlete || athlete.archivedAt)
        throw new BackendError('conflict', 'The athlete of this import was archived or deleted meanwhile')
      try {
        const before = evaluateWith(ctx, athlete)
        // One transaction, so progress is all or nothing: the rows chosen, then the rows written.
        ctx.progress({ jobId, done: 0, total: rows.length })
        const summary = commitJob(db, sessions, job, rows, nowIso(), ctx.today())
        ctx.progress({ jobId, done: rows.length, total: rows.length })
        job.state = 'done'
        jobs.delete(jobId)
        return { ...summary, impact: impactOf(before, evaluateWith(ctx, athlete)) }
      } catch (e) {
        if (e instanceof ImportChoiceError) throw new BackendError('invalid_input', e.message, e.issues)
        throw e
      }
    },

    importImpact: ({ jobId, rows }) => {
      const job = requireJob(jobId)
      if (job.state !== 'ready')
        throw new BackendError('conflict', 'The files are still being read; wait for the preview')
      const athlete = ctx.requireAthlete(job.athleteId)
      try {
        const drafts = chosenSessions(job, rows, ctx.today(), (id) => sessions.get(id)).map(
          ({ session, replaces }, i) => toRuleSession({ ...session, id: replaces ?? `import-${i + 1}` })
        )
        return impactOf(evaluateWith(ctx, athlete), evaluateWith(ctx, athlete, drafts))
      } catch (e) {
        if (e instanceof ImportChoiceError) throw new BackendError('invalid_input', e.message, e.issues)
        throw e
      }
    }
  }
}
