import type { dashboardChannels } from '../../shared/channels'
import type { BackendContext, HandlersFor } from '../context'

export const dashboardHandlers = (_ctx: BackendContext): HandlersFor<(typeof dashboardChannels)[number]> => ({})
