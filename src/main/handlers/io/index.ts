// Handlers of import, export, backup and restore, one file per job. Long work (reading files, copying
// databases) is asynchronous so the backend keeps answering; every database write is one transaction.
import type { ioChannels } from '../../../shared/channels'
import type { BackendContext, HandlersFor } from '../../context'
import { backupHandlers } from './backups'
import { exportHandlers } from './export'
import { importHandlers } from './import'

export { MAX_HELD_BYTES } from './import'

export const ioHandlers = (ctx: BackendContext): HandlersFor<(typeof ioChannels)[number]> => ({
  ...importHandlers(ctx),
  ...exportHandlers(ctx),
  ...backupHandlers(ctx)
})
