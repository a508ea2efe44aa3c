// The shape of window.api, derived from the contract; the preload and the browser host both satisfy it.
import type { ChannelName } from './channels'
import type { ChannelInput, ChannelOutput } from './ipc'
import type { Result } from './result'

export type BallastApi = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>
}
