// An import job: files arrive (in chunks, so they fit through the browser host's request limit),
// are read one at a time with a pause between files so main keeps answering, and become a
// preview. Progress is polled and a cancel flag is checked between files, which works the same
// over IPC and HTTP. Nothing touches the database until the coach confirms, and then it is one
// transaction, so a cancel or a crash leaves the database exactly as it was.
import crypto from 'node:crypto'
import { dayNumber, minutesOfDay } from '../../shared/calendar'
import { FUTURE_SESSION_MESSAGE, isFutureSession, isoDateProblem, SessionInput, type Session, type SessionTypeName } from '../../shared/domain'
import { zodIssues } from '../../shared/validate'
import type { Db } from '../db/open'
import type { SessionRepo } from '../db/sessions'
import type { ImportDraft } from './draft'
import { MAX_FILE_BYTES, readImportFile, tooLargeMessage } from './read'

export type RowStatus = 'new' | 'duplicate' | 'error'

export interface PreviewRow {
  rowId: number
  file: string
  label: string
  format: string
  status: RowStatus
  reason: string
  draft: ImportDraft | null
}

interface JobFile {
  name: string
  size: number
  chunks: Buffer[]
  received: number
  error: string | null
}

export type JobState = 'receiving' | 'reading' | 'ready' | 'cancelled' | 'done'

export interface ImportJob {
  id: string
  athleteId: number
  files: JobFile[]
  state: JobState
  done: number
  total: number
  rows: PreviewRow[]
  cancelRequested: boolean
  touched: number
}

/** Two starts this close are the same run (a watch file and a Strava row of it, say). */
export const DUPLICATE_WINDOW_MIN = 2

const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Existing (and already accepted) sessions, indexed for the two duplicate rules. */
export class DuplicateIndex {
  /** External id (a watch file's or app's own id) -> which session has it. */
  private externalIds = new Map<string, string>()
  /** Start minute (days since 1970 * 1440 + minute of day) -> which session starts then. */
  private starts = new Map<number, string>()
  private untimed = new Map<string, string>()

  add(s: Pick<Session, 'date' | 'startTime' | 'externalId' | 'type' | 'durationMin'>, what: string): void {
    if (s.externalId && !this.externalIds.has(s.externalId)) this.externalIds.set(s.externalId, what)
    const minute = minutesOfDay(s.startTime)
    if (minute === null) this.untimed.set(`${s.date}|${s.type}|${s.durationMin}`, what)
    else {
      const at = dayNumber(s.date) * 1440 + minute
      if (!this.starts.has(at)) this.starts.set(at, what)
    }
  }

  /** Why this draft is a duplicate, or null when it is new. */
  match(d: ImportDraft): string | null {
    const same = d.externalId ? this.externalIds.get(d.externalId) : undefined
    if (same) return `${same} is the same activity (${d.externalId})`
    const minute = minutesOfDay(d.startTime)
    if (minute === null) {
      const hit = this.untimed.get(`${d.date}|${d.type}|${d.durationMin}`)
      return hit ? `${hit} has the same date, type and duration` : null
    }
    const at = dayNumber(d.date) * 1440 + minute
    // Nearest first, so the reason names the closest start.
    for (const delta of [0, -1, 1, -2, 2].filter((x) => Math.abs(x) <= DUPLICATE_WINDOW_MIN)) {
      const hit = this.starts.get(at + delta)
      if (hit) return `${hit} starts within ${DUPLICATE_WINDOW_MIN} minutes of it`
    }
    return null
  }
}

const existingIndex = (sessions: SessionRepo, athleteId: number): DuplicateIndex => {
  const index = new DuplicateIndex()
  for (const s of sessions.listByAthlete(athleteId)) index.add(s, `a session already logged on ${s.date}${s.startTime ? ` at ${s.startTime}` : ''}`)
  return index
}

export const newJob = (athleteId: number): ImportJob => ({
  id: crypto.randomBytes(9).toString('base64url'),
  athleteId,
  files: [],
  state: 'receiving',
  done: 0,
  total: 0,
  rows: [],
  cancelRequested: false,
  touched: Date.now()
})

export interface Chunk {
  name: string
  size: number
  offset: number
  bytes: Buffer
  last: boolean
  /** The index the first chunk of this file returned; absent on the first chunk. */
  fileIndex?: number
}

/** One import holds its files in memory until it is read: at most this many files and bytes. */
export const MAX_JOB_FILES = 500
export const MAX_JOB_BYTES = 100 * 1024 * 1024

/** Bytes a job holds or has been told are coming (a file's declared size counts before its bytes travel). */
export const jobBytes = (job: ImportJob): number => job.files.reduce((n, f) => n + (f.error ? 0 : Math.max(f.size, f.received)), 0)

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Why one more file of `size` bytes cannot join this import; null when it can. */
export const jobLimitProblem = (job: ImportJob, size: number): string | null => {
  if (job.files.length >= MAX_JOB_FILES) return `one import takes at most ${MAX_JOB_FILES} files; import these first, then start another import for the rest`
  if (jobBytes(job) + size > MAX_JOB_BYTES) return `one import takes at most ${mb(MAX_JOB_BYTES)} of files; import these first, then start another import for the rest`
  return null
}

/** Adds one chunk of a file; a file over the limit, or one the import has no room for, is refused at once, before its bytes travel. */
export const addChunk = (job: ImportJob, c: Chunk): { fileIndex: number; error: string | null } => {
  let index = c.fileIndex ?? -1
  if (c.offset === 0 || !job.files[index] || job.files[index].name !== c.name) {
    const error = c.size > MAX_FILE_BYTES ? tooLargeMessage(c.size) : jobLimitProblem(job, c.size)
    // Past the file count only the first refusal is kept, so a flood of names cannot grow the job.
    if (error && job.files.length >= MAX_JOB_FILES) return { fileIndex: -1, error }
    job.files.push({ name: c.name, size: c.size, chunks: [], received: 0, error })
    index = job.files.length - 1
  }
  job.touched = Date.now()
  const file = job.files[index]
  if (file.error) return { fileIndex: index, error: file.error }
  if (c.offset !== file.received) {
    file.error = 'parts of the file arrived out of order; pick the file again'
    file.chunks = []
  } else if (c.bytes.length > 0 && file.received + c.bytes.length > file.size && jobBytes(job) + c.bytes.length > MAX_JOB_BYTES) {
    // More bytes than the file said it had, past the import's room: refused like a file too big to hold.
    file.error = jobLimitProblem(job, c.bytes.length)
    file.chunks = []
  } else {
    file.received += c.bytes.length
    if (file.received > MAX_FILE_BYTES) {
      file.error = tooLargeMessage(Math.max(file.received, file.size))
      file.chunks = []
    } else file.chunks.push(c.bytes)
  }
  if (c.last && !file.error && file.received !== file.size) file.error = `only ${file.received} of ${file.size} bytes arrived; pick the file again`
  return { fileIndex: index, error: file.error }
}

/** Why a session dated `date` cannot be logged today (out of range, or in the future); null when it can. */
export const sessionDateProblem = (date: string, today: string): string | null =>
  isoDateProblem(date) ?? (isFutureSession(date, today) ? FUTURE_SESSION_MESSAGE : null)

/**
 * Reads every file, yielding between files; stops early when the coach cancels. `today` is main's
 * day: a row dated out of range or in the future is an error row, with the reason.
 */
export const readJob = async (job: ImportJob, sessions: SessionRepo, today: string): Promise<void> => {
  job.state = 'reading'
  job.total = job.files.length
  job.done = 0
  job.rows = []
  const index = existingIndex(sessions, job.athleteId)
  let rowId = 1
  for (const file of job.files) {
    await pause()
    if (job.cancelRequested) {
      job.state = 'cancelled'
      job.rows = []
      return
    }
    if (file.error) {
      job.rows.push({ rowId: rowId++, file: file.name, label: '', format: '', status: 'error', reason: file.error, draft: null })
    } else {
      const read = readImportFile(file.name, Buffer.concat(file.chunks))
      if (!read.ok) {
        job.rows.push({ rowId: rowId++, file: file.name, label: '', format: '', status: 'error', reason: read.error, draft: null })
      } else if (read.rows.length === 0) {
        job.rows.push({ rowId: rowId++, file: file.name, label: '', format: read.format, status: 'error', reason: 'it holds no sessions', draft: null })
      } else {
        for (const row of read.rows) {
          if ('error' in row) {
            job.rows.push({ rowId: rowId++, file: file.name, label: row.label, format: read.format, status: 'error', reason: row.error, draft: null })
            continue
          }
          const dateProblem = sessionDateProblem(row.draft.date, today)
          if (dateProblem) {
            // The draft stays on the row so the preview shows the date that was refused.
            job.rows.push({ rowId: rowId++, file: file.name, label: row.label, format: read.format, status: 'error', reason: row.label ? `${row.label}: ${dateProblem}` : dateProblem, draft: row.draft })
            continue
          }
          const dup = index.match(row.draft)
          job.rows.push({ rowId: rowId++, file: file.name, label: row.label, format: read.format, status: dup ? 'duplicate' : 'new', reason: dup ?? '', draft: row.draft })
          if (!dup) index.add(row.draft, `${file.name}${row.label ? ` ${row.label}` : ''} in this import`)
        }
      }
    }
    file.chunks = []
    job.done++
    job.touched = Date.now()
  }
  job.state = job.cancelRequested ? 'cancelled' : 'ready'
}

export interface RowChoice {
  rowId: number
  type?: SessionTypeName
  ankleWeightKg?: number
  weightedMin?: number
}

export class ImportChoiceError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Please check the rows: ${issues.map((i) => i.message).join('; ')}`)
  }
}

/** The chosen new rows as checked sessions, with the coach's edits; refuses (naming each row) if any is wrong. */
export const chosenSessions = (job: ImportJob, choices: RowChoice[], today: string): { row: PreviewRow; session: ReturnType<typeof SessionInput.parse> }[] => {
  const byId = new Map(job.rows.map((r) => [r.rowId, r]))
  const issues: { path: string; message: string }[] = []
  const chosen: { row: PreviewRow; session: ReturnType<typeof SessionInput.parse> }[] = []
  for (const c of choices) {
    const row = byId.get(c.rowId)
    if (!row || row.status !== 'new' || !row.draft) continue
    const parsed = SessionInput.safeParse({
      ...row.draft,
      athleteId: job.athleteId,
      type: c.type ?? row.draft.type,
      ankleWeightKg: c.ankleWeightKg ?? row.draft.ankleWeightKg,
      weightedMin: c.weightedMin ?? row.draft.weightedMin
    })
    const where = `${row.file}${row.label ? ` ${row.label}` : ''}`
    if (!parsed.success) {
      for (const i of zodIssues(parsed.error)) issues.push({ path: `rows.${c.rowId}.${i.path}`, message: `${where}: ${i.message}` })
    } else if (isFutureSession(parsed.data.date, today)) {
      // Checked again: the day may have changed since the preview.
      issues.push({ path: `rows.${c.rowId}.date`, message: `${where}: ${FUTURE_SESSION_MESSAGE}` })
    } else chosen.push({ row, session: parsed.data })
  }
  if (issues.length) throw new ImportChoiceError(issues)
  return chosen
}

/**
 * Writes the chosen new rows in ONE transaction. Duplicates are checked again inside it (the
 * coach may have logged a session meanwhile); rows that became duplicates are skipped.
 */
export const commitJob = (db: Db, sessions: SessionRepo, job: ImportJob, choices: RowChoice[], now: string, today: string) => {
  const chosen = chosenSessions(job, choices, today)
  return db.transaction(() => {
    const index = existingIndex(sessions, job.athleteId)
    const toInsert = []
    let becameDuplicates = 0
    for (const { row, session } of chosen) {
      if (index.match(session)) {
        becameDuplicates++
        continue
      }
      index.add(session, row.file)
      toInsert.push(session)
    }
    const imported = sessions.createMany(toInsert, now)
    return {
      imported,
      skippedDuplicates: job.rows.filter((r) => r.status === 'duplicate').length + becameDuplicates,
      skippedErrors: job.rows.filter((r) => r.status === 'error').length,
      notChosen: job.rows.filter((r) => r.status === 'new').length - chosen.length
    }
  })()
}

/** Electron's native dialog gives paths: read each from disk (size checked before reading). */
export const addPath = async (job: ImportJob, file: string, stat: (f: string) => Promise<{ size: number }>, read: (f: string) => Promise<Buffer>): Promise<void> => {
  const name = file.split(/[\\/]/).pop() ?? file
  const { size } = await stat(file)
  if (size > MAX_FILE_BYTES || jobLimitProblem(job, size)) {
    addChunk(job, { name, size, offset: 0, bytes: Buffer.alloc(0), last: true })
    return
  }
  const bytes = await read(file)
  addChunk(job, { name, size: bytes.length, offset: 0, bytes, last: true })
}
