// The renderer's client: window.api comes from the preload (Electron) or the browser host.
// Both return Result envelopes, so callers handle errors as data. Every ok result of a channel that
// changes data refreshes the reads it makes stale (src/shared/contract/invalidates.ts) before it
// resolves, so whatever view is on screen shows the change when the caller goes on.
import type { ChannelName } from '../../../shared/channels'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc'
import type { Result } from '../../../shared/result'
import { refreshReads, staleAfter } from './query/client'

const send = async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> => {
  try {
    const fn = window.api[channel] as (i: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>
    return await fn(input)
  } catch (e) {
    return {
      ok: false,
      error: { code: 'internal', message: `Ballast could not reach its data: ${(e as Error).message}` }
    }
  }
}

export const call = async <K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>
): Promise<Result<ChannelOutput<K>>> => {
  const r = await send(channel, input)
  const stale = staleAfter(channel)
  if (r.ok && stale.length > 0) await refreshReads(stale)
  return r
}
