import type { rulesChannels } from '../channels'
import type { ChannelSpec } from './spec'

export const rulesContract = {} satisfies Record<(typeof rulesChannels)[number], ChannelSpec>
