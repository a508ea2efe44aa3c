// window.api for component tests: every call goes through dispatch to a real backend on a real SQLite
// file in a temp folder (tests/helpers/tempdb.ts), as the browser host and IPC do.
import { tempBackend } from '../helpers/tempdb'
import { caller } from '../helpers/call'

export const realApi = (today = '2026-11-25') => {
  const { backend } = tempBackend(today)
  const call = caller(backend)
  const api = new Proxy({}, { get: (_t, channel: string) => (input: unknown) => call(channel as never, input) })
  ;(window as unknown as { api: unknown }).api = api
  return { call }
}
