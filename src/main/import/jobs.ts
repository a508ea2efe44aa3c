// An import job: files arrive (in chunks, so they fit through the browser host's request limit),
// are read one at a time with a pause between files so main keeps answering, and become a
// preview. Progress is polled and a cancel flag is checked between files, which works the same
// over IPC and HTTP. Nothing touches the database until the coach confirms, and then it is one
// transaction, so a cancel or a crash leaves the database exactly as it was.
import crypto from 'node:crypto'
import {
  FUTURE_SESSION_MESSAGE,
  isFutureSession,
  isoDateProblem,
  SessionInput,
  type Session,
  type SessionTypeName
} from '../../shared/domain'
import { zodIssues } from '../../shared/validate'
import type { Db } from '../db/open'
import type { SessionRepo } from '../db/sessions'
import type { DraftInfo, ImportDraft } from './draft'
import { DuplicateIndex, duplicateReason, type Candidate, type DuplicateMatch } from './duplicates'
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
  /** How the row was read (time used, type reason, a note), for readers that say. */
  info: DraftInfo | null
  /** What a duplicate row matches. */
  match: DuplicateMatch | null
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
  /** The athlete's time zone: timestamps become their local day and time. */
  timeZone: string
  files: JobFile[]
  state: JobState
  done: number
  total: number
  rows: PreviewRow[]
  cancelRequested: boolean
  touched: number
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

const savedCandidate = (s: Session): Candidate => ({
  sessionId: s.id,
  source: s.source,
  file: '',
  date: s.date,
  startTime: s.startTime,
  type: s.type,
  durationMin: s.durationMin,
  distanceKm: s.distanceKm,
  externalId: s.externalId
})

const existingIndex = (sessions: SessionRepo, athleteId: number): DuplicateIndex => {
  const index = new DuplicateIndex()
  for (const s of sessions.listByAthlete(athleteId)) index.add(savedCandidate(s))
  return index
}

/**
 * Which row of a set of same sessions goes in as new: the richest source (a watch file before an
 * app's CSV row), then the plain file before its .gz copy. It depends on the rows, never on the
 * order the files were named or picked in.
 */
const FORMAT_RANK: Record<string, number> = { FIT: 0, TCX: 1, GPX: 2, CSV: 3 }
const preference = (r: PreviewRow): [number, number, string, string] => [
  FORMAT_RANK[r.format.replace(/ \(gzip\)$/, '')] ?? 9,
  r.format.endsWith('(gzip)') ? 1 : 0,
  r.draft?.externalId ?? '',
  `${r.file}\u0000${r.label}`
]
const byPreference = (a: PreviewRow, b: PreviewRow): number => {
  const pa = preference(a)
  const pb = preference(b)
  for (let k = 0; k < pa.length; k++) if (pa[k] !== pb[k]) return pa[k] < pb[k] ? -1 : 1
  return a.rowId - b.rowId
}

const comparable = (r: PreviewRow) => ({ ...r.draft!, elapsedMin: r.info?.elapsedMin ?? null })

/** Marks every candidate row new or duplicate: first against saved sessions, then against each other. */
export const markDuplicates = (rows: PreviewRow[], saved: DuplicateIndex): void => {
  const candidates = rows.filter((r) => r.status === 'new' && r.draft)
  const batch = new DuplicateIndex()
  for (const r of [...candidates].sort(byPreference)) {
    const match = saved.match(comparable(r)) ?? batch.match(comparable(r))
    if (match) {
      r.status = 'duplicate'
      r.match = match
      r.reason = duplicateReason(match)
      continue
    }
    batch.add({
      ...r.draft!,
      sessionId: null,
      source: 'this import',
      file: `${r.file}${r.label ? ` ${r.label}` : ''}`,
      elapsedMin: r.info?.elapsedMin ?? null
    })
  }
}

export const newJob = (athleteId: number, timeZone: string): ImportJob => ({
  id: crypto.randomBytes(9).toString('base64url'),
  athleteId,
  timeZone,
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
export const jobBytes = (job: ImportJob): number =>
  job.files.reduce((n, f) => n + (f.error ? 0 : Math.max(f.size, f.received)), 0)

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Why one more file of `size` bytes cannot join this import; null when it can. */
export const jobLimitProblem = (job: ImportJob, size: number): string | null => {
  if (job.files.length >= MAX_JOB_FILES)
    return `one import takes at most ${MAX_JOB_FILES} files; import these first, then start another import for the rest`
  if (jobBytes(job) + size > MAX_JOB_BYTES)
    return `one import takes at most ${mb(MAX_JOB_BYTES)} of files; import these first, then start another import for the rest`
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
  } else if (
    c.bytes.length > 0 &&
    file.received + c.bytes.length > file.size &&
    jobBytes(job) + c.bytes.length > MAX_JOB_BYTES
  ) {
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
  if (c.last && !file.error && file.received !== file.size)
    file.error = `only ${file.received} of ${file.size} bytes arrived; pick the file again`
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
  let rowId = 1
  const row = (
    file: string,
    format: string,
    fields: Partial<PreviewRow> & Pick<PreviewRow, 'status' | 'reason'>
  ): PreviewRow => ({
    rowId: rowId++,
    file,
    label: '',
    format,
    draft: null,
    info: null,
    match: null,
    ...fields
  })
  const rows: PreviewRow[] = []
  for (const file of job.files) {
    await pause()
    if (job.cancelRequested) {
      job.state = 'cancelled'
      job.rows = []
      return
    }
    if (file.error) {
      rows.push(row(file.name, '', { status: 'error', reason: file.error }))
    } else {
      const read = readImportFile(file.name, Buffer.concat(file.chunks), { timeZone: job.timeZone })
      if (!read.ok) {
        rows.push(row(file.name, '', { status: 'error', reason: read.error }))
      } else if (read.rows.length === 0) {
        rows.push(
          row(file.name, read.format, {
            status: 'error',
            reason: `${file.name}: it holds no sessions. Check that it is the activity file itself.`
          })
        )
      } else {
        for (const r of read.rows) {
          const where = `${file.name}${r.label ? ` ${r.label}` : ''}`
          if ('error' in r) {
            // CSV row errors start with "row 5:"; others name nothing: the file goes first either way.
            const message = /^row \d+:/.test(r.error) ? `${file.name} ${r.error}` : `${where}: ${r.error}`
            rows.push(row(file.name, read.format, { label: r.label, status: 'error', reason: message }))
            continue
          }
          const dateProblem = sessionDateProblem(r.draft.date, today)
          // The draft stays on an error row so the preview shows the date that was refused.
          if (dateProblem)
            rows.push(
              row(file.name, read.format, {
                label: r.label,
                status: 'error',
                reason: `${where}: ${dateProblem}`,
                draft: r.draft,
                info: r.info ?? null
              })
            )
          else
            rows.push(
              row(file.name, read.format, {
                label: r.label,
                status: 'new',
                reason: '',
                draft: r.draft,
                info: r.info ?? null
              })
            )
        }
      }
    }
    file.chunks = []
    job.done++
    job.touched = Date.now()
  }
  // Duplicates are decided once every file is read, so the file order cannot change the outcome.
  markDuplicates(rows, existingIndex(sessions, job.athleteId))
  job.rows = rows
  job.state = job.cancelRequested ? 'cancelled' : 'ready'
}

/** What the coach does with a duplicate row: leave it out (the default), import it anyway, or let it replace the saved session. */
export type DuplicateAction = 'skip' | 'import' | 'replace'

export interface RowChoice {
  rowId: number
  type?: SessionTypeName
  ankleWeightKg?: number
  weightedMin?: number
  /** For a duplicate row only; a new row is always imported when chosen. */
  action?: DuplicateAction
}

export class ImportChoiceError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Please check the rows: ${issues.map((i) => i.message).join('; ')}`)
  }
}

type CheckedSession = ReturnType<typeof SessionInput.parse>
export interface Chosen {
  row: PreviewRow
  session: CheckedSession
  /** The saved session this row replaces, or null when it is added. */
  replaces: number | null
}

/** Fields the coach entered by hand: a replacement keeps them (the file knows nothing about weights, effort or pain). */
const coachFields = (s: Session) => ({
  ankleWeightKg: s.ankleWeightKg,
  weightedMin: s.weightedMin,
  rpe: s.rpe,
  pain: s.pain,
  painNextMorning: s.painNextMorning,
  painLocation: s.painLocation,
  formBreakdown: s.formBreakdown
})

/**
 * The chosen rows as checked sessions, with the coach's edits; refuses (naming each row) if any is
 * wrong. `saved` finds a session a duplicate row would replace.
 */
export const chosenSessions = (
  job: ImportJob,
  choices: RowChoice[],
  today: string,
  saved: (id: number) => Session | undefined = () => undefined
): Chosen[] => {
  const byId = new Map(job.rows.map((r) => [r.rowId, r]))
  const issues: { path: string; message: string }[] = []
  const chosen: Chosen[] = []
  const replaced = new Set<number>()
  for (const c of choices) {
    const row = byId.get(c.rowId)
    if (!row || !row.draft || row.status === 'error') continue
    const action = row.status === 'new' ? 'import' : (c.action ?? 'skip')
    if (action === 'skip') continue
    const where = `${row.file}${row.label ? ` ${row.label}` : ''}`
    let base = { ...row.draft, athleteId: job.athleteId }
    let replaces: number | null = null
    if (action === 'replace') {
      const target = row.match?.sessionId ? saved(row.match.sessionId) : undefined
      if (!row.match?.sessionId) {
        issues.push({
          path: `rows.${c.rowId}.action`,
          message: `${where}: it matches another file of this import, not a saved session; import it anyway or leave it out`
        })
        continue
      }
      if (!target || target.athleteId !== job.athleteId) {
        issues.push({
          path: `rows.${c.rowId}.action`,
          message: `${where}: the session it would replace was deleted meanwhile; start the import again`
        })
        continue
      }
      if (replaced.has(target.id)) {
        issues.push({
          path: `rows.${c.rowId}.action`,
          message: `${where}: another row already replaces the session on ${target.date}; choose one of them`
        })
        continue
      }
      replaced.add(target.id)
      replaces = target.id
      // The file's date, times and distance; the coach's weights, effort, pain, notes and type stay.
      base = { ...base, ...coachFields(target), type: target.type, notes: target.notes || row.draft.notes }
    }
    const parsed = SessionInput.safeParse({
      ...base,
      type: c.type ?? base.type,
      ankleWeightKg: c.ankleWeightKg ?? base.ankleWeightKg,
      weightedMin: c.weightedMin ?? base.weightedMin
    })
    if (!parsed.success) {
      for (const i of zodIssues(parsed.error))
        issues.push({ path: `rows.${c.rowId}.${i.path}`, message: `${where}: ${i.message}` })
    } else if (isFutureSession(parsed.data.date, today)) {
      // Checked again: the day may have changed since the preview.
      issues.push({ path: `rows.${c.rowId}.date`, message: `${where}: ${FUTURE_SESSION_MESSAGE}` })
    } else chosen.push({ row, session: parsed.data, replaces })
  }
  if (issues.length) throw new ImportChoiceError(issues)
  return chosen
}

/**
 * Writes the chosen rows in ONE transaction. New rows are checked again against the saved
 * sessions inside it (the coach may have logged one meanwhile) and skipped if they became
 * duplicates; rows the coach imports anyway or lets replace a session are written as chosen.
 */
export const commitJob = (
  db: Db,
  sessions: SessionRepo,
  job: ImportJob,
  choices: RowChoice[],
  now: string,
  today: string
) => {
  return db.transaction(() => {
    const savedById = new Map(sessions.listByAthlete(job.athleteId).map((s) => [s.id, s]))
    const chosen = chosenSessions(job, choices, today, (id) => savedById.get(id))
    const index = existingIndex(sessions, job.athleteId)
    const toInsert: CheckedSession[] = []
    let becameDuplicates = 0
    let replaced = 0
    for (const { row, session, replaces } of chosen) {
      if (replaces !== null) {
        sessions.update(replaces, session, now)
        replaced++
        continue
      }
      if (row.status === 'new' && index.match({ ...session, elapsedMin: row.info?.elapsedMin ?? null })) {
        becameDuplicates++
        continue
      }
      toInsert.push(session)
    }
    const imported = sessions.createMany(toInsert, now)
    const chosenIds = new Set(chosen.map((c) => c.row.rowId))
    return {
      imported,
      replaced,
      skippedDuplicates:
        job.rows.filter((r) => r.status === 'duplicate' && !chosenIds.has(r.rowId)).length + becameDuplicates,
      skippedErrors: job.rows.filter((r) => r.status === 'error').length,
      notChosen: job.rows.filter((r) => r.status === 'new' && !chosenIds.has(r.rowId)).length
    }
  })()
}

/** Electron's native dialog gives paths: read each from disk (size checked before reading). */
export const addPath = async (
  job: ImportJob,
  file: string,
  stat: (f: string) => Promise<{ size: number }>,
  read: (f: string) => Promise<Buffer>
): Promise<void> => {
  const name = file.split(/[\\/]/).pop() ?? file
  const { size } = await stat(file)
  if (size > MAX_FILE_BYTES || jobLimitProblem(job, size)) {
    addChunk(job, { name, size, offset: 0, bytes: Buffer.alloc(0), last: true })
    return
  }
  const bytes = await read(file)
  addChunk(job, { name, size: bytes.length, offset: 0, bytes, last: true })
}
