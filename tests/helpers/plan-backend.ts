// A backend for plan tests: a real SQLite file, today pinned to Wed 9 Dec 2026, every call through
// dispatch as the app makes it, and the two steps most plan tests start with.
import type { ChannelName } from '../../src/shared/channels'
import type { PlanDetail } from '../../src/shared/contract/plan'
import { createBackend } from '../../src/main/backend'
import type { HostAbilities } from '../../src/main/context'
import { dispatch } from '../../src/main/dispatch'
import { openTemp } from './tempdb'
import { type Reply } from './call'

export const planBackend = (host: HostAbilities = {}, ownedWeightsKg = [0.25, 0.5, 0.75]) => {
  const db = openTemp()
  const backend = createBackend(db, { clock: { now: () => new Date(2026, 11, 9, 12) }, host }) // today: Wed 9 Dec 2026
  const raw = async <T>(channel: ChannelName, input: unknown) =>
    (await dispatch(backend, channel, input, () => undefined)) as Reply<T>
  const call = async <T>(channel: ChannelName, input: unknown) => {
    const r = await raw<T>(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }
  const athlete = (over: Record<string, unknown> = {}) =>
    call<{ id: number; name: string }>('createAthlete', {
      name: 'Ada Quist',
      bodyMassKg: 64,
      level: 'intermediate',
      ownedWeightsKg,
      ...over
    })
  const generate = (athleteId: number, over: Record<string, unknown> = {}) =>
    call<PlanDetail>('generatePlan', {
      athleteId,
      name: 'Winter base',
      startDate: '2026-11-30',
      weeks: 8,
      runsPerWeek: 4,
      availableDays: [0, 1, 2, 3, 4, 5, 6],
      ...over
    })
  return { db, raw, call, athlete, generate }
}
