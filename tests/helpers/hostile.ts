// Hostile calls on every channel, shared by the CI fuzz test (tests/main/channel-fuzz.test.ts, a
// CI-sized count) and `npm run hostile` (scripts/hostile.ts, the full count). Each call goes through
// dispatch as IPC and the browser host send it; inputs mix plausible values (ids that exist, dates at
// the ends of the range, enum values) with wrong types, huge strings and nonsense, so calls get past
// the schemas into the handlers as well as being refused by them.
import fc from 'fast-check'
import type { Handlers } from '../../src/main/backend'
import { channelNames, type ChannelName } from '../../src/shared/channels'
import { contract } from '../../src/shared/ipc'
import { caller, type Reply } from './call'

/** The field names a channel's input schema knows (objects behind default/optional/pipe wrappers). */
const keysOf = (schema: unknown, depth = 0): string[] => {
  const s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { innerType?: unknown; in?: unknown } } }
  if (!s || depth > 6) return []
  if (s.shape) return Object.keys(s.shape)
  const def = s._zod?.def
  if (def?.innerType) return keysOf(def.innerType, depth + 1)
  if (def?.in) return keysOf(def.in, depth + 1)
  return []
}

export const channelKeys: Record<ChannelName, string[]> = Object.fromEntries(
  channelNames.map((c) => [c, keysOf(contract[c].input)])
) as Record<ChannelName, string[]>

const HUGE = 'x'.repeat(1_000_000)

const dates = fc.constantFrom(
  '1900-01-01',
  '2100-12-31',
  '1899-12-31',
  '2101-01-01',
  '0000-01-01',
  '0099-12-31',
  '9999-12-31',
  '2026-19-39',
  '2026-02-29',
  '2024-02-29',
  '2026-11-25',
  '2026-11-26',
  '2026-12-01',
  '10000-01-01',
  '-0001-01-01'
)
const ids = fc.oneof(
  fc.constantFrom(1, 2, 3, 4),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, 2 ** 64)
)
const words = fc.constantFrom(
  'easy',
  'long',
  'race',
  'novice',
  'advanced',
  'draft',
  'published',
  'PN1',
  'PN3',
  'AW2',
  'kg',
  'lb',
  'km',
  'mi',
  'A4',
  'Letter',
  '12',
  'all',
  '5k',
  'marathon',
  'manual',
  'import',
  '07:30',
  '24:00',
  'Ada Quist',
  ''
)
const strings = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'a\rb',
      'a\nb',
      ' \t ',
      '\u0000',
      '../../etc/passwd',
      'ballast-backup-x.sqlite',
      '"; DROP TABLE athletes; --',
      '\u{1F3C3}'.repeat(50),
      '\ud800'
    )
  },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  { weight: 1, arbitrary: fc.constant('y'.repeat(2001)) }
)
const numbers = fc.oneof(
  fc.constantFrom(
    0,
    1,
    2,
    4,
    7,
    16,
    17,
    30,
    60,
    120,
    500,
    1200,
    1440,
    1441,
    -1,
    0.25,
    5,
    5.01,
    1e300,
    -1e300,
    Number.NaN,
    Infinity,
    -Infinity,
    -0
  ),
  fc.double(),
  fc.integer()
)

/** One value of any kind, nested at most `depth` deep. */
const value = (depth: number): fc.Arbitrary<unknown> => {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: ids },
    { weight: 3, arbitrary: dates },
    { weight: 3, arbitrary: words },
    { weight: 3, arbitrary: strings },
    { weight: 3, arbitrary: numbers },
    { weight: 2, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) }
  )
  if (depth <= 0) return leaf
  return fc.oneof(
    { weight: 8, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(value(depth - 1), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(ids, { minLength: 1, maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom(
          'rowId',
          'date',
          'type',
          'durationMin',
          'athleteId',
          'ankleWeightKg',
          'weightedMin',
          'planId',
          'cautions',
          'stops',
          'aw2StopKg',
          'x'
        ),
        value(depth - 1),
        { maxKeys: 5 }
      )
    }
  )
}

/** An input for `channel`: mostly an object of its own fields, sometimes anything at all. */
export const inputFor = (channel: ChannelName): fc.Arbitrary<unknown> => {
  const keys = channelKeys[channel]
  const fields = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, value(2)])), { requiredKeys: [] })
    : fc.constant({})
  return fc.oneof(
    { weight: 8, arbitrary: fields },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: value(2) }
  )
}

export const hostileCall = fc
  .constantFrom(...channelNames)
  .chain((channel) => inputFor(channel).map((input) => ({ channel, input })))

/** What is wrong with a reply to a hostile call; null when it is a proper envelope. */
export const replyProblem = (input: unknown, r: Reply<unknown>): string | null => {
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean')
    return `not an envelope: ${JSON.stringify(r)?.slice(0, 200)}`
  if (r.ok) return null
  const e = r.error
  if (!['invalid_input', 'not_found', 'conflict', 'forbidden', 'internal'].includes(e.code))
    return `unknown code ${e.code}`
  if (typeof e.message !== 'string' || e.message.length === 0) return 'no message'
  // An internal error is a crash the coach would see as "Something went wrong" or "a bug".
  if (e.code === 'internal') return `internal error: ${e.message.slice(0, 300)}`
  if (e.message.startsWith('Please check:')) {
    if (!e.issues?.length) return 'a schema refusal without issues'
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input)
    const unnamed = e.issues.filter((i) => !i.message || (isObject && !i.path))
    if (unnamed.length) return `issues that name no field: ${JSON.stringify(unnamed).slice(0, 300)}`
  }
  return null
}

export interface FuzzStats {
  calls: number
  ok: number
  refused: Record<string, number>
  channels: number
}

/** `runs` hostile calls on `backend`; throws (with fast-check's seed and the smallest failing call) on the first bad reply. */
export const fuzzChannels = async (backend: Handlers, runs: number, seed?: number): Promise<FuzzStats> => {
  const call = caller(backend)
  const stats: FuzzStats = { calls: 0, ok: 0, refused: {}, channels: 0 }
  const seen = new Set<string>()
  await fc.assert(
    fc.asyncProperty(hostileCall, async ({ channel, input }) => {
      const r = await call(channel, input)
      stats.calls++
      seen.add(channel)
      if (r.ok) stats.ok++
      else stats.refused[r.error.code] = (stats.refused[r.error.code] ?? 0) + 1
      const problem = replyProblem(input, r)
      if (problem) throw new Error(`${channel}: ${problem}`)
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: true }
  )
  stats.channels = seen.size
  return stats
}
