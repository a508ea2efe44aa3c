// Calls a backend the way IPC and the browser host do: through dispatch, as a Result envelope.
import type { ChannelName } from '../../src/shared/channels'
import type { Handlers } from '../../src/main/backend'
import { dispatch } from '../../src/main/dispatch'

export type Reply<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; issues?: { path: string; message: string }[] } }

export const caller =
  (backend: Handlers) =>
  async <T = unknown>(channel: ChannelName, input: unknown): Promise<Reply<T>> =>
    (await dispatch(backend, channel, input, () => undefined)) as Reply<T>

/** A caller that returns the value of an ok reply and throws with the channel's name otherwise. */
export const valueOf = (backend: Handlers) => {
  const call = caller(backend)
  return async <T = any>(channel: ChannelName, input: unknown): Promise<T> => {
    const r = await call<T>(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }
}

/** Seeded pseudo-random numbers in [0, 1), so a generated log is the same on every run. */
export const seededRandom = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
