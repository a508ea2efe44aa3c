// Backup and restore handlers: back up now, check a backup before it may be restored (by token: the
// renderer never sends a file path), restore with the live data set aside, and undo a restore.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
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
} from '../../backup'
import type { BackendContext, HandlersFor } from '../../context'
import { BackendError } from '../../errors'

export const backupHandlers = (
  ctx: BackendContext
): HandlersFor<'listBackups' | 'backupNow' | 'checkBackup' | 'restoreBackup' | 'undoRestore'> => {
  const { db, host } = ctx
  /** Backups the coach has had checked, by token: the renderer never sends a file path. */
  const checked = new Map<string, string>()

  const requireDbPath = (): string => {
    if (!ctx.dbPath || ctx.dbPath === ':memory:')
      throw new BackendError('conflict', 'This database has no file, so it cannot be backed up or restored')
    return ctx.dbPath
  }
  const workDir = () => backupsDir(requireDbPath())

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
