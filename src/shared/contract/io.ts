// Contract of import, export, backup and restore.
import { z } from 'zod'
import type { ioChannels } from '../channels'
import { Id, SessionTypeSchema, StoredIsoDate } from '../domain'
import { RuleIdSchema, SeveritySchema } from './rules'
import type { ChannelSpec } from './spec'

/** Files travel in chunks of this many bytes (base64 on the wire), under the browser host's request limit. */
export const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024
/** The kinds of file an import reads, each also as a .gz; the one list main and the page use. */
export const IMPORT_FILE_KINDS = ['.fit', '.gpx', '.tcx', '.csv'] as const
export const IMPORT_EXTENSIONS: readonly string[] = [...IMPORT_FILE_KINDS, ...IMPORT_FILE_KINDS.map((k) => `${k}.gz`)]

const JobId = z.string().min(8).max(40)
const Empty = z.object({}).default({})

export const ImportRowStatus = z.enum(['new', 'duplicate', 'error'])

export const DuplicateMatch = z.object({
  /** The saved session, or null for another row of this import. */
  sessionId: z.number().int().nullable(),
  source: z.enum(['manual', 'import', 'this import']),
  /** For another row of this import: its file and label. */
  file: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  type: SessionTypeSchema,
  durationMin: z.number(),
  distanceKm: z.number().nullable(),
  rule: z.enum(['same activity id', 'overlapping times', 'same day, duration and distance'])
})
export type DuplicateMatch = z.infer<typeof DuplicateMatch>

/** A duplicate row: left out (the default), imported anyway, or replacing the saved session it matches. */
export const DuplicateAction = z.enum(['skip', 'import', 'replace'])
export type DuplicateAction = z.infer<typeof DuplicateAction>

export const ImportPreviewRow = z.object({
  rowId: z.number().int(),
  file: z.string(),
  label: z.string(),
  format: z.string(),
  status: ImportRowStatus,
  reason: z.string(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  type: SessionTypeSchema.nullable(),
  durationMin: z.number().nullable(),
  distanceKm: z.number().nullable(),
  ankleWeightKg: z.number(),
  weightedMin: z.number(),
  notes: z.string(),
  /** Which of the file's times is the duration: moving (timer) time, or elapsed when that is all it has. */
  timeUsed: z.enum(['moving', 'elapsed']).nullable(),
  /** Elapsed time including pauses, when it differs from the duration. */
  elapsedMin: z.number().nullable(),
  /** Why the type was guessed ("4.1 km/h: looks like a walk or hike"). */
  typeReason: z.string(),
  /** Something the coach should know about how the file was read (a checksum that does not match, left-out transitions). */
  note: z.string(),
  /** What a duplicate row matches: a saved session (replaceable) or another row of this import. */
  match: DuplicateMatch.nullable()
})
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>

export const ImportProgress = z.object({
  jobId: z.string(),
  state: z.enum(['receiving', 'reading', 'ready', 'cancelled', 'done']),
  done: z.number().int(),
  total: z.number().int(),
  rows: z.array(ImportPreviewRow)
})
export type ImportProgress = z.infer<typeof ImportProgress>

/** The warnings an import creates: stops it puts in force, and every new session warning (stops first). */
export const ImportImpact = z.object({
  stopsInForce: z.array(z.object({ ruleId: RuleIdSchema, date: StoredIsoDate })),
  added: z.array(z.object({ ruleId: RuleIdSchema, severity: SeveritySchema, date: StoredIsoDate }))
})
export type ImportImpact = z.infer<typeof ImportImpact>

export const ImportSummary = z.object({
  imported: z.number().int(),
  /** Saved sessions a duplicate row replaced (keeping the coach's weights, RPE and pain). */
  replaced: z.number().int(),
  skippedDuplicates: z.number().int(),
  skippedErrors: z.number().int(),
  notChosen: z.number().int(),
  impact: ImportImpact
})
export type ImportSummary = z.infer<typeof ImportSummary>

export const BackupEntry = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'manual', 'before-restore']),
  bytes: z.number().int(),
  modifiedAt: z.string()
})
export type BackupEntry = z.infer<typeof BackupEntry>

export const BackupCheckResult = z.object({
  token: z.string().nullable(),
  name: z.string(),
  ok: z.boolean(),
  integrity: z.string(),
  schemaVersion: z.number().int(),
  supportedVersion: z.number().int(),
  counts: z.object({ athletes: z.number().int(), sessions: z.number().int() }),
  problem: z.string().nullable()
})
export type BackupCheckResult = z.infer<typeof BackupCheckResult>

/** The rows the coach chose from a preview, with their type and weight edits. */
const ImportChoices = z.object({
  jobId: JobId,
  rows: z
    .array(
      z.object({
        rowId: z.number().int(),
        type: SessionTypeSchema.optional(),
        ankleWeightKg: z.number().min(0).optional(),
        weightedMin: z.number().min(0).optional(),
        action: DuplicateAction.optional()
      })
    )
    .max(100_000)
})

const Counts = z.object({ athletes: z.number().int(), sessions: z.number().int() })

export const ioContract = {
  /** Starts an import for one athlete; files are then added, read, previewed and confirmed. */
  importBegin: {
    input: z.object({ athleteId: Id }),
    output: z.object({ jobId: z.string(), maxFileBytes: z.number().int(), chunkBytes: z.number().int() })
  },
  importAddFile: {
    input: z.object({
      jobId: JobId,
      name: z.string().min(1).max(260),
      size: z.number().int().min(0),
      offset: z.number().int().min(0),
      /** Base64 of at most IMPORT_CHUNK_BYTES bytes. */
      chunk: z.string().max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 4),
      last: z.boolean(),
      fileIndex: z.number().int().min(0).optional()
    }),
    output: z.object({ fileIndex: z.number().int(), error: z.string().nullable() })
  },
  /** Electron only: the native open dialog; the files are read in main. */
  importPickFiles: {
    input: z.object({ jobId: JobId }),
    output: z.object({ added: z.number().int(), available: z.boolean() })
  },
  /** Starts reading the added files in the background; poll importProgress. */
  importRead: { input: z.object({ jobId: JobId }), output: z.object({ started: z.boolean() }) },
  importProgress: { input: z.object({ jobId: JobId }), output: ImportProgress },
  importCancel: { input: z.object({ jobId: JobId }), output: z.object({ cancelled: z.boolean() }) },
  /** Writes the chosen rows in one transaction, with the coach's type and weight edits and each duplicate's action. */
  importConfirm: { input: ImportChoices, output: ImportSummary },
  /** The warnings the chosen rows would create if imported now (nothing is written). */
  importImpact: { input: ImportChoices, output: ImportImpact },

  /** Ballast CSV of one athlete's sessions (or everyone's when athleteId is absent). */
  exportSessionsCsv: {
    input: z.object({ athleteId: Id.optional() }),
    output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int(), savedTo: z.string().nullable() })
  },

  listBackups: {
    input: Empty,
    output: z.object({
      folder: z.string().nullable(),
      backups: z.array(BackupEntry),
      undoAvailable: BackupEntry.nullable(),
      /** True in the desktop app, where native file dialogs exist (import and restore can use them). */
      canPickFiles: z.boolean()
    })
  },
  /** A consistent copy now: to a chosen path (Electron) or into the backups folder. */
  backupNow: { input: Empty, output: z.object({ path: z.string().nullable(), bytes: z.number().int() }) },
  /** Checks a listed backup (by name) or one the coach picks (Electron); the token names it for restoreBackup. */
  checkBackup: {
    input: z.object({ name: z.string().max(260).optional(), pick: z.boolean().optional() }),
    output: BackupCheckResult.nullable()
  },
  restoreBackup: {
    input: z.object({ token: z.string().min(8).max(40) }),
    output: z.object({ restoredFrom: z.string(), setAside: z.string(), counts: Counts })
  },
  /** Puts back the data a restore replaced (the copy set aside); the replaced data is set aside in turn. */
  undoRestore: { input: Empty, output: z.object({ restoredFrom: z.string(), setAside: z.string(), counts: Counts }) }
} satisfies Record<(typeof ioChannels)[number], ChannelSpec>
