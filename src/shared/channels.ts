// Channel names only, with no runtime dependencies, so the sandboxed preload can import it
// without pulling zod into its bundle. src/shared/ipc.ts pairs each name with its schemas.
// One list per feature area (each has its contract in src/shared/contract/<area>.ts and its
// handlers in src/main/handlers/<area>.ts).
export const coreChannels = [
  'getSettings',
  'updateSettings',
  'getUpdateSettings',
  'setUpdateSettings',
  'listAthletes',
  'getAthlete',
  'createAthlete',
  'updateAthlete',
  'archiveAthlete',
  'restoreAthlete',
  'deleteAthlete',
  'listSessions',
  'createSession',
  'updateSession',
  'deleteSession',
  'loadDemoSquad',
  'undoDelete',
  'listUndo'
] as const

export const rulesChannels = [
  'listWarnings',
  'checkDraftSession',
  'getRulesConfig',
  'updateRulesConfig',
  'resetRulesConfig',
  'clearStop',
  'clearStops',
  'listClearances'
] as const

export const dashboardChannels = ['getSquad', 'getAthleteDashboard', 'createGroupSessions'] as const

export const planChannels = [
  'listPlans',
  'getPlan',
  'createPlan',
  'generatePlan',
  'updatePlan',
  'deletePlan',
  'setPlanStatus',
  'savePlannedSession',
  'checkDraftPlannedSession',
  'deletePlannedSession',
  'copyPlanWeek',
  'listPlanTemplates',
  'savePlanTemplate',
  'applyPlanTemplate',
  'deletePlanTemplate',
  'exportPlanPdf',
  'exportPlanIcs',
  'checkBulkPlanExport',
  'beginBulkPlanExport',
  'exportBulkPlanItem',
  'athletePlanCompliance'
] as const

export const ioChannels = [
  'importBegin',
  'importAddFile',
  'importPickFiles',
  'importRead',
  'importProgress',
  'importCancel',
  'importConfirm',
  'importImpact',
  'exportSessionsCsv',
  'listBackups',
  'backupNow',
  'checkBackup',
  'restoreBackup',
  'undoRestore'
] as const

export const channelNames = [
  ...coreChannels,
  ...rulesChannels,
  ...dashboardChannels,
  ...planChannels,
  ...ioChannels
] as const

export type ChannelName = (typeof channelNames)[number]

/** The string used on the wire (ipcMain channel, HTTP path segment). */
export const wireName = (channel: ChannelName): string => `ballast:${channel}`
