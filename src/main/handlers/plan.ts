import type { planChannels } from '../../shared/channels'
import type { BackendContext, HandlersFor } from '../context'

export const planHandlers = (_ctx: BackendContext): HandlersFor<(typeof planChannels)[number]> => ({})
