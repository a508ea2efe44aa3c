// Contract of the core channels: athletes, sessions, settings, the demo squad.
import { z } from 'zod'
import type { coreChannels } from '../channels'
import {
  Athlete,
  AthleteInput,
  Id,
  IsoDate,
  Session,
  SessionInput,
  SessionUpdate,
  Settings,
  StoredIsoDate
} from '../domain'
import type { ChannelSpec } from './spec'

export const AthleteSummary = Athlete.extend({
  lastSessionDate: z.string().nullable(),
  sessionCount: z.number().int(),
  weightedRuns7d: z.number().int()
})
export type AthleteSummary = z.infer<typeof AthleteSummary>

const ById = z.object({ id: Id })

/** A delete that can still be undone: what it removed, when, and until when. */
export const UndoEntry = z.object({
  token: z.string(),
  kind: z.enum(['athlete', 'session', 'plan']),
  /** The athlete's name, the session's type or the plan's name. */
  name: z.string(),
  athleteName: z.string().nullable(),
  date: StoredIsoDate.nullable(),
  deletedAt: z.string(),
  expiresAt: z.string()
})
export type UndoEntry = z.infer<typeof UndoEntry>

/**
 * Update checks (desktop app only; off by default). `available` is false where this host cannot
 * check (the browser host, an unpackaged run, a build without an update feed); `reason` says why.
 */
export const UpdateSettings = z.object({ available: z.boolean(), enabled: z.boolean(), reason: z.string() })
export type UpdateSettings = z.infer<typeof UpdateSettings>

export const coreContract = {
  getSettings: { input: z.object({}).default({}), output: Settings },
  updateSettings: { input: Settings.partial(), output: Settings },
  // Answered by Electron's main process itself (src/main/updates.ts); the backend answers "not here".
  getUpdateSettings: { input: z.object({}).default({}), output: UpdateSettings },
  setUpdateSettings: {
    input: z.object({ enabled: z.boolean({ error: 'enabled is true or false' }) }),
    output: UpdateSettings
  },
  listAthletes: {
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: z.array(AthleteSummary)
  },
  getAthlete: { input: ById, output: Athlete },
  createAthlete: { input: AthleteInput, output: Athlete },
  updateAthlete: { input: AthleteInput.extend({ id: Id }), output: Athlete },
  archiveAthlete: { input: ById, output: Athlete },
  restoreAthlete: { input: ById, output: Athlete },
  deleteAthlete: {
    // Permanent: the coach must type the athlete's name to confirm.
    input: z.object({ id: Id, confirmName: z.string() }),
    output: z.object({ deletedSessions: z.number().int(), undoToken: z.string() })
  },
  listSessions: {
    input: z.object({ athleteId: Id, from: IsoDate.optional(), to: IsoDate.optional() }),
    output: z.array(Session)
  },
  createSession: { input: SessionInput, output: Session },
  updateSession: { input: SessionUpdate, output: Session },
  deleteSession: { input: ById, output: z.object({ deleted: z.boolean(), undoToken: z.string() }) },
  undoDelete: {
    // Puts back what a delete removed (same ids, same child rows), within the undo window.
    input: z.object({ token: z.string().min(1) }),
    output: z.object({ restored: z.string() })
  },
  listUndo: {
    // What can still be undone (deletes of the last ten minutes), newest first.
    input: z.object({}).default({}),
    output: z.array(UndoEntry)
  },
  loadDemoSquad: {
    input: z.object({}).default({}),
    output: z.object({ athletes: z.number().int(), sessions: z.number().int() })
  }
} satisfies Record<(typeof coreChannels)[number], ChannelSpec>
