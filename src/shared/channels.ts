// Channel names only, with no runtime dependencies, so the sandboxed preload can import it
// without pulling zod into its bundle. src/shared/ipc.ts pairs each name with its schemas.
export const channelNames = [
  'getSettings',
  'updateSettings',
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
  'loadDemoSquad'
] as const

export type ChannelName = (typeof channelNames)[number]

/** The string used on the wire (ipcMain channel, HTTP path segment). */
export const wireName = (channel: ChannelName): string => `ballast:${channel}`
