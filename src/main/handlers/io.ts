import type { ioChannels } from '../../shared/channels'
import type { BackendContext, HandlersFor } from '../context'

export const ioHandlers = (_ctx: BackendContext): HandlersFor<(typeof ioChannels)[number]> => ({})
