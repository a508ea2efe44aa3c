// The one path every call takes, whichever host carries it: parse input with the contract's
// schema, run the handler, check the output, and wrap everything in a Result envelope.
import { channelNames, type ChannelName } from '../shared/channels'
import { contract } from '../shared/ipc'
import type { Result } from '../shared/result'
import { describeIssues, zodIssues } from '../shared/validate'
import type { Handlers } from './backend'
import { BackendError, plainDatabaseMessage } from './errors'

export const isChannelName = (name: string): name is ChannelName => (channelNames as readonly string[]).includes(name)

export const dispatch = async (
  handlers: Handlers,
  channel: ChannelName,
  rawInput: unknown,
  log: (e: unknown) => void = console.error
): Promise<Result<unknown>> => {
  const spec = contract[channel]
  const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput)
  if (!parsed.success) {
    const issues = zodIssues(parsed.error)
    return { ok: false, error: { code: 'invalid_input', message: `Please check: ${describeIssues(issues)}`, issues } }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    const value = await handler(parsed.data)
    const out = spec.output.safeParse(value)
    if (!out.success) {
      log(new Error(`Output of ${channel} failed its schema: ${describeIssues(zodIssues(out.error))}`))
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Ballast produced an unexpected result (a bug). Please reload; if it happens again, report it.'
        }
      }
    }
    return { ok: true, value: out.data }
  } catch (e) {
    if (e instanceof BackendError) return { ok: false, error: { code: e.code, message: e.message, issues: e.issues } }
    const sqliteCode = (e as { code?: string }).code
    if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `The database refused the change: ${(e as Error).message}` }
      }
    }
    log(e)
    const plain = plainDatabaseMessage(e)
    if (plain) return { ok: false, error: { code: 'internal', message: plain } }
    return {
      ok: false,
      error: { code: 'internal', message: `Something went wrong: ${(e as Error)?.message ?? String(e)}` }
    }
  }
}
