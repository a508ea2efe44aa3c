// Which channels read and which change data, and for each channel that changes data, the reads it
// makes stale. The renderer's data layer caches reads by [channel, input] and, after every ok result
// of a changing channel, refetches what this table names, so a view is fresh after any save without
// counting reloads by hand. Pure: names only (src/shared/channels.ts), no schemas.
import type { ChannelName } from '../channels'

/**
 * Channels that change nothing a later read could see: cached by the renderer, refetched when a
 * change names them. A draft check (checkDraft*, importImpact) is a read of "what would happen".
 */
export const readChannels = [
  'getSettings',
  'getUpdateSettings',
  'listAthletes',
  'getAthlete',
  'listSessions',
  'listUndo',
  'listWarnings',
  'checkDraftSession',
  'getRulesConfig',
  'listClearances',
  'getSquad',
  'getAthleteDashboard',
  'listPlans',
  'getPlan',
  'checkDraftPlannedSession',
  'listPlanTemplates',
  'checkBulkPlanExport',
  'athletePlanCompliance',
  'importProgress',
  'importImpact',
  'listBackups'
] as const satisfies readonly ChannelName[]

export type ReadChannel = (typeof readChannels)[number]
/** Everything else: writes, jobs, exports and dialogs (checkBackup mints a token and may open one). */
export type ChangeChannel = Exclude<ChannelName, ReadChannel>

const readSet: ReadonlySet<string> = new Set(readChannels)
export const isReadChannel = (channel: ChannelName): channel is ReadChannel => readSet.has(channel)

/** What an athlete's row says (name, level, body mass, archived): pickers, the squad, plan headers. */
const athleteReads = [
  'listAthletes',
  'getAthlete',
  'getSquad',
  'listPlans',
  'getPlan',
  'checkBulkPlanExport'
] as const satisfies readonly ReadChannel[]

/** What the rules say about logged sessions, and everything drawn from them. */
const ruleReads = [
  'listWarnings',
  'checkDraftSession',
  'getSquad',
  'getAthleteDashboard',
  'getPlan',
  'checkDraftPlannedSession',
  'checkBulkPlanExport',
  'importImpact'
] as const satisfies readonly ReadChannel[]

/** A logged session added, changed or removed (the athlete list carries each athlete's latest session). */
const sessionReads = [
  ...ruleReads,
  'listSessions',
  'listAthletes',
  'athletePlanCompliance'
] as const satisfies readonly ReadChannel[]

/** A plan or its planned sessions changed (a draft planned session is checked against the rest of its plan). */
const planReads = [
  'listPlans',
  'getPlan',
  'athletePlanCompliance',
  'checkBulkPlanExport',
  'checkDraftPlannedSession'
] as const satisfies readonly ReadChannel[]

/** A change that can touch any table (a restore replaces the whole database). */
const everything = readChannels

export const invalidates: Record<ChangeChannel, readonly ReadChannel[]> = {
  // Units and the week start shape every view; the week start also moves rule windows.
  updateSettings: everything,
  setUpdateSettings: ['getUpdateSettings'],

  createAthlete: athleteReads,
  updateAthlete: [...athleteReads, ...sessionReads, 'getRulesConfig'],
  archiveAthlete: athleteReads,
  restoreAthlete: athleteReads,
  deleteAthlete: everything,

  createSession: sessionReads,
  updateSession: sessionReads,
  deleteSession: [...sessionReads, 'listUndo'],
  createGroupSessions: sessionReads,

  undoDelete: everything,
  loadDemoSquad: everything,

  updateRulesConfig: ['getRulesConfig', ...ruleReads],
  resetRulesConfig: ['getRulesConfig', ...ruleReads],
  clearStop: ['listClearances', ...ruleReads],
  clearStops: ['listClearances', ...ruleReads],

  createPlan: planReads,
  generatePlan: planReads,
  updatePlan: planReads,
  deletePlan: [...planReads, 'listUndo'],
  setPlanStatus: planReads,
  savePlannedSession: planReads,
  deletePlannedSession: planReads,
  copyPlanWeek: planReads,
  applyPlanTemplate: planReads,
  savePlanTemplate: ['listPlanTemplates'],
  deletePlanTemplate: ['listPlanTemplates'],
  // Exports write files, not data.
  exportPlanPdf: [],
  exportPlanIcs: [],
  beginBulkPlanExport: [],
  exportBulkPlanItem: [],

  importBegin: [],
  importAddFile: [],
  importPickFiles: [],
  importRead: ['importProgress'],
  importCancel: ['importProgress'],
  importConfirm: everything,
  exportSessionsCsv: [],

  backupNow: ['listBackups'],
  checkBackup: [],
  restoreBackup: everything,
  undoRestore: everything
}
