// Handlers of the plan channels, one file per job: plans and planned sessions (edit.ts), templates
// (templates.ts) and exports (exports.ts), over one shared view of the plan as the rules see it (core.ts).
import type { planChannels } from '../../../shared/channels'
import type { BackendContext, HandlersFor } from '../../context'
import { planCore } from './core'
import { planEditHandlers } from './edit'
import { planExportHandlers } from './exports'
import { planTemplateHandlers } from './templates'

export const planHandlers = (ctx: BackendContext): HandlersFor<(typeof planChannels)[number]> => {
  const core = planCore(ctx)
  return {
    ...planEditHandlers(ctx, core),
    ...planTemplateHandlers(ctx, core),
    ...planExportHandlers(ctx, core)
  }
}
