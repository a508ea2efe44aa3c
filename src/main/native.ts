// better-sqlite3 ships one native module per ABI. Tests and the browser host use the Node build
// in node_modules; Electron needs one built for its own ABI, which scripts/electron-native.mjs
// puts in native/electron-<version>/ and we hand to better-sqlite3 through `nativeBinding`.
import fs from 'node:fs'
import path from 'node:path'

export const electronBindingPath = (appRoot: string, electronVersion: string): string =>
  path.join(appRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node')

export const resolveNativeBinding = (
  appRoot: string,
  electronVersion: string,
  env: NodeJS.ProcessEnv = process.env
): string | undefined => {
  const fromEnv = env.BALLAST_NATIVE_BINDING
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv
  const built = electronBindingPath(appRoot, electronVersion)
  return fs.existsSync(built) ? built : undefined
}
