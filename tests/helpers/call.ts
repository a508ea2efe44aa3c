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
