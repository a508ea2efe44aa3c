import type { planChannels } from '../channels'
import type { ChannelSpec } from './spec'

export const planContract = {} satisfies Record<(typeof planChannels)[number], ChannelSpec>
