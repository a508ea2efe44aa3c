// Handlers of import, export, backup and restore. Long work (reading files, copying databases)
// is asynchronous so main keeps answering; every database write is one transaction.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import type { ioChannels } from '../../shared/channels'
import { IMPORT_CHUNK_BYTES, MAX_IMPORT_FILE_BYTES } from '../../shared/contract/io'
import {
  backupInto,
  backupsDir,
  backupTo,
  checkBackup,
  listBackups,
  manualBackup,
  pruneBackups,
  restoreInto,
  ROLLING_KEEP
} from '../backup'
import type { BackendContext, HandlersFor } from '../context'
import { BackendError } from '../errors'
import { sessionsToCsv } from '../export/csv'
import { evaluateWith, impactOf } from '../import/impact'
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
} from '../import/jobs'
import { toPreview } from '../import/preview'
import { supportedExtensions } from '../import/read'
import { toRuleSession } from '../warnings'

/** Jobs nobody has touched for this long are dropped (their bytes are held in memory). */
const JOB_IDLE_MS = 60 * 60 * 1000
const MAX_JOBS = 4
/** All open imports together hold at most this many bytes of files (each one at most MAX_JOB_BYTES). */
export const MAX_HELD_BYTES = 200 * 1024 * 1024
const tooManyFiles = `One import takes at most ${MAX_JOB_FILES} files: import these first, then start another import for the rest`

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'athlete'

export const ioHandlers = (ctx: BackendContext): HandlersFor<(typeof ioChannels)[number]> => {
  const { db, athletes, sessions, host, nowIso } = ctx
  const jobs = new Map<string, ImportJob>()
  /** Backups the coach has had checked, by token: the renderer never sends a file path. */
  const checked = new Map<string, string>()

  const requireDbPath = (): string => {
    if (!ctx.dbPath || ctx.dbPath === ':memory:')
      throw new BackendError('conflict', 'This database has no file, so it cannot be backed up or restored')
    return ctx.dbPath
  }
  const workDir = () => backupsDir(requireDbPath())

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

  const restoreFrom = async (file: string, label: string, jobId: string) => {
    const dbPath = requireDbPath()
    // Two steps the host can show: copying the live data aside, then restoring.
    ctx.progress({ jobId, done: 0, total: 2 })
    // The live data is copied aside first, so the restore itself can be undone.
    const aside = await backupInto(db, dbPath, 'before-restore', ctx.clock.now())
    ctx.progress({ jobId, done: 1, total: 2 })
    try {
      const counts = restoreInto(db, file, workDir())
      ctx.progress({ jobId, done: 2, total: 2 })
      // Copies set aside by restores are kept like the automatic ones: the newest 7.
      pruneBackups(dbPath, 'before-restore', ROLLING_KEEP)
      return { restoredFrom: label, setAside: path.basename(aside.path), counts }
    } catch (e) {
      fs.rmSync(aside.path, { force: true })
      throw new BackendError('conflict', `Nothing was changed: ${(e as Error).message}`)
    }
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
    },

    exportSessionsCsv: async ({ athleteId }) => {
      const who = athleteId === undefined ? athletes.listWithStats(true, '0000-01-01') : [ctx.requireAthlete(athleteId)]
      const rows = who.flatMap((a) =>
        sessions
          .listByAthlete(a.id)
          .reverse()
          .map((session) => ({ athlete: a.name, session }))
      )
      const csv = sessionsToCsv(rows)
      const fileName = `ballast-sessions-${athleteId === undefined ? 'all' : slug(who[0].name)}-${ctx.today()}.csv`
      let savedTo: string | null = null
      if (host.chooseSavePath) {
        savedTo = await host.chooseSavePath(fileName, [{ name: 'CSV', extensions: ['csv'] }])
        if (savedTo) await fs.promises.writeFile(savedTo, csv, 'utf8')
      }
      return { fileName, csv, rows: rows.length, savedTo }
    },

    listBackups: () => {
      const canPickFiles = Boolean(host.chooseOpenPaths)
      if (!ctx.dbPath || ctx.dbPath === ':memory:')
        return { folder: null, backups: [], undoAvailable: null, canPickFiles }
      const backups = listBackups(ctx.dbPath)
      return {
        folder: backupsDir(ctx.dbPath),
        backups,
        undoAvailable: backups.find((b) => b.kind === 'before-restore') ?? null,
        canPickFiles
      }
    },
    backupNow: async () => {
      const dbPath = requireDbPath()
      if (host.chooseSavePath) {
        const target = await host.chooseSavePath(`ballast-backup-${ctx.today()}.sqlite`, [
          { name: 'Ballast backup', extensions: ['sqlite'] }
        ])
        if (!target) return { path: null, bytes: 0 }
        return backupTo(db, target)
      }
      try {
        return await manualBackup(dbPath, db, ctx.clock.now())
      } catch (e) {
        throw new BackendError('conflict', `No backup was made: ${(e as Error).message}`)
      }
    },
    checkBackup: async ({ name, pick }) => {
      const dbPath = requireDbPath()
      let file: string
      if (pick) {
        if (!host.chooseOpenPaths)
          throw new BackendError(
            'invalid_input',
            'Choose one of the listed backups (a file dialog is only available in the desktop app)'
          )
        const picked = await host.chooseOpenPaths(
          'Backup to restore',
          [{ name: 'Ballast backup', extensions: ['sqlite', 'db'] }],
          false
        )
        if (picked.length === 0) return null
        file = picked[0]
      } else {
        // Only a plain file name inside the backups folder: the renderer never names a path.
        if (!name || name !== path.basename(name) || name.startsWith('.'))
          throw new BackendError('invalid_input', 'Choose a backup from the list')
        file = path.join(backupsDir(dbPath), name)
        if (!fs.existsSync(file))
          throw new BackendError('not_found', `The backup ${name} is not in the backups folder any more`)
      }
      const result = checkBackup(file, workDir())
      let token: string | null = null
      if (result.ok) {
        token = crypto.randomBytes(12).toString('base64url')
        checked.set(token, file)
      }
      return { ...result, token, name: path.basename(file) }
    },
    restoreBackup: async ({ token }) => {
      const file = checked.get(token)
      if (!file) throw new BackendError('not_found', 'Check the backup again before restoring it')
      checked.delete(token)
      return restoreFrom(file, path.basename(file), token)
    },
    undoRestore: async () => {
      const dbPath = requireDbPath()
      const aside = listBackups(dbPath).find((b) => b.kind === 'before-restore')
      if (!aside) throw new BackendError('not_found', 'There is no restore to undo')
      const file = path.join(backupsDir(dbPath), aside.name)
      const result = await restoreFrom(file, aside.name, `undo-${aside.name}`)
      // The copy has done its job; the data it replaced is now the newest copy set aside.
      fs.rmSync(file, { force: true })
      return result
    }
  }
}
