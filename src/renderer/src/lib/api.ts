// The renderer's client: window.api comes from the preload (Electron) or the browser host.
// Both return Result envelopes, so callers handle errors as data.
import type { ChannelName } from '../../../shared/channels'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc'
import type { Result } from '../../../shared/result'

export const call = async <K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>
): Promise<Result<ChannelOutput<K>>> => {
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

/** For reads where an error is shown as a page message. */
export const callOrThrow = async <K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>
): Promise<ChannelOutput<K>> => {
  const r = await call(channel, input)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
