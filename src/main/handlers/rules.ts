import type { rulesChannels } from '../../shared/channels'
import type { BackendContext, HandlersFor } from '../context'

export const rulesHandlers = (_ctx: BackendContext): HandlersFor<(typeof rulesChannels)[number]> => ({})
