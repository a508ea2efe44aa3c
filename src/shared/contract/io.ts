import type { ioChannels } from '../channels'
import type { ChannelSpec } from './spec'

export const ioContract = {} satisfies Record<(typeof ioChannels)[number], ChannelSpec>
