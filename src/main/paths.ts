// Where a coach's data lives when no path is given: the same folder Electron's
// app.getPath('userData') uses for an app named "Ballast", so both hosts share one file.
import os from 'node:os'
import path from 'node:path'

export const APP_NAME = 'Ballast'
export const DB_FILE = 'ballast.sqlite'

export const defaultUserDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir()
): string => {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME)
}
