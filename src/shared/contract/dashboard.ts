import type { dashboardChannels } from '../channels'
import type { ChannelSpec } from './spec'

export const dashboardContract = {} satisfies Record<(typeof dashboardChannels)[number], ChannelSpec>
