// createBackend(db, deps) -> one plain function per contract channel, merged from the handler
// module of each feature area. No electron import: the Electron main process, the browser host
// and the tests all call these same functions.
import type { ChannelName } from '../shared/channels'
import { createContext, type BackendDeps, type HandlersFor } from './context'
import type { Db } from './db/open'
import { coreHandlers } from './handlers/core'
import { dashboardHandlers } from './handlers/dashboard'
import { ioHandlers } from './handlers/io'
import { planHandlers } from './handlers/plan'
import { rulesHandlers } from './handlers/rules'

export type Handlers = HandlersFor<ChannelName>
export type { BackendDeps } from './context'

export const createBackend = (db: Db, deps: BackendDeps = {}): Handlers => {
  const ctx = createContext(db, deps)
  return {
    ...coreHandlers(ctx),
    ...rulesHandlers(ctx),
    ...dashboardHandlers(ctx),
    ...planHandlers(ctx),
    ...ioHandlers(ctx)
  }
}
