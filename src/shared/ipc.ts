// The contract: the only place a channel is paired with its input and output schemas.
// The preload API type, the renderer client, main's handler table and the browser host's routes
// all derive from this object, so a missing or extra handler is a type error.
import type { z } from 'zod'
import type { ChannelName } from './channels'
import { coreContract } from './contract/core'
import { dashboardContract } from './contract/dashboard'
import { ioContract } from './contract/io'
import { planContract } from './contract/plan'
import { rulesContract } from './contract/rules'
import type { ChannelSpec } from './contract/spec'

export { AthleteSummary } from './contract/core'

export const contract = {
  ...coreContract,
  ...rulesContract,
  ...dashboardContract,
  ...planContract,
  ...ioContract
} satisfies Record<ChannelName, ChannelSpec>

// Spreads escape excess-property checks: refuse a contract key that is not a named channel.
type ExtraKeys = Exclude<keyof typeof contract, ChannelName>
const noExtraChannels: [ExtraKeys] extends [never] ? true : false = true
void noExtraChannels

export type Contract = typeof contract
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>
export type ChannelArgs<K extends ChannelName> = z.output<Contract[K]['input']>
export type ChannelOutput<K extends ChannelName> = z.output<Contract[K]['output']>
