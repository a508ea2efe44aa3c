// A stop that ends is an event the coach sees: when and why (settled sessions, or who cleared it),
// on the athlete's warnings and on the squad row; stops from imported history are told apart and
// can be cleared together, all or none.
import { describe, expect, it } from 'vitest'
import { tempBackend } from '../helpers/tempdb'
import { caller } from '../helpers/call'
import { value } from '../helpers/import-io'

const setup = async (today = '2026-11-25') => {
  const { db, backend } = tempBackend(today)
  const call = caller(backend)
  const athlete = value(
    await call<{ id: number }>('createAthlete', {
      name: 'Ingrid Solberg',
      bodyMassKg: 58,
      level: 'intermediate',
      ownedWeightsKg: [0.5]
    })
  )
  const log = async (over: Record<string, unknown>) =>
    value(
      await call<{ id: number }>('createSession', {
        athleteId: athlete.id,
        type: 'easy',
        durationMin: 40,
        distanceKm: 7,
        ...over
      })
    )
  return { db, call, athleteId: athlete.id, log }
}

describe('stops that end', () => {
  it('a pain stop ended by two settled sessions says on which day and names the sessions', async () => {
    const { call, athleteId, log } = await setup()
    const stopped = await log({ date: '2026-11-18', pain: 6 })
    await log({ date: '2026-11-20' }) // nothing logged: skipped, the stop stays
    let view = value(await call<any>('listWarnings', { athleteId }))
    expect(view.stops.map((s: any) => s.ruleId)).toEqual(['PN1'])
    expect(view.ended).toEqual([])

    await log({ date: '2026-11-22', pain: 1 })
    await log({ date: '2026-11-24', pain: 0, painNextMorning: 1 })
    view = value(await call<any>('listWarnings', { athleteId }))
    expect(view.stops).toEqual([])
    expect(view.ended).toEqual([
      {
        ruleId: 'PN1',
        sessionId: String(stopped.id),
        date: '2026-11-18',
        endedOn: '2026-11-24',
        reason: 'settled',
        settledOn: ['2026-11-22', '2026-11-24'],
        clearedBy: null,
        clearReason: null,
        fromImport: false
      }
    ])
    const row = value(await call<any>('getSquad', {})).athletes[0]
    expect(row.worstSeverity).not.toBe('stop')
    expect(row.stopsEnded7d).toEqual([{ ruleId: 'PN1', endedOn: '2026-11-24', reason: 'settled' }])
  })

  it('a cleared stop names who cleared it and why; the squad row forgets it after 7 days', async () => {
    const { call, athleteId, log } = await setup()
    await log({ date: '2026-11-10', pain: 7 })
    value(
      await call('clearStop', {
        athleteId,
        ruleId: 'PN1',
        clearedOn: '2026-11-12',
        clearedBy: 'Coach Kim',
        reason: 'Physio review: Achilles settled'
      })
    )
    const view = value(await call<any>('listWarnings', { athleteId }))
    expect(view.ended).toEqual([
      expect.objectContaining({
        ruleId: 'PN1',
        endedOn: '2026-11-12',
        reason: 'cleared',
        clearedBy: 'Coach Kim',
        clearReason: 'Physio review: Achilles settled',
        settledOn: []
      })
    ])
    // Ended on the 12th; today is the 25th: history on the athlete page, no longer news on the squad.
    expect(value(await call<any>('getSquad', {})).athletes[0].stopsEnded7d).toEqual([])
  })
})

describe('stops from imported history', () => {
  it('are marked as imported and can be cleared together after one review', async () => {
    const { call, athleteId, log, db } = await setup()
    await log({ date: '2026-11-03', source: 'import', ankleWeightKg: 0.5, weightedMin: 35 }) // AW4 stop (time under load)
    await log({ date: '2026-11-05', source: 'import', pain: 7 }) // PN1 stop
    await log({ date: '2026-11-20', pain: 6 }) // a PN1 stop logged by hand joins the same episode
    const view = value(await call<any>('listWarnings', { athleteId }))
    const byRule = Object.fromEntries(view.stops.map((s: any) => [s.ruleId, s.fromImport]))
    expect(byRule).toMatchObject({ AW4: true, PN1: false })

    const imported = view.stops.filter((s: any) => s.fromImport).map((s: any) => s.ruleId)
    const cleared = value(
      await call<any[]>('clearStops', {
        athleteId,
        ruleIds: imported,
        clearedOn: '2026-11-25',
        clearedBy: 'Coach Kim',
        reason: 'Reviewed the imported history'
      })
    )
    expect(cleared.map((c) => c.ruleId)).toEqual(imported)
    const after = value(await call<any>('listWarnings', { athleteId }))
    expect(after.stops.filter((s: any) => s.fromImport)).toEqual([])
    expect(after.ended.filter((e: any) => e.reason === 'cleared').map((e: any) => e.clearedBy)).toEqual(
      imported.map(() => 'Coach Kim')
    )
    const count = () => (db.prepare('SELECT count(*) AS n FROM stop_clearances').get() as { n: number }).n
    expect(count()).toBe(imported.length)

    // All or none: a clearance dated in the future is refused and writes nothing.
    const refused = await call('clearStops', {
      athleteId,
      ruleIds: ['PN1', 'ST1'],
      clearedOn: '2026-12-01',
      clearedBy: 'Coach Kim',
      reason: 'x'
    })
    expect(refused.ok).toBe(false)
    expect(count()).toBe(imported.length)
  })

  it('PN3 is never a stop, so there is nothing of it to clear', async () => {
    const { call, athleteId } = await setup()
    const r = await call('clearStop', {
      athleteId,
      ruleId: 'PN3',
      clearedOn: '2026-11-25',
      clearedBy: 'Coach Kim',
      reason: 'x'
    })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'ruleId', message: 'PN3 is a caution, never a stop: there is nothing to clear' }]
      }
    })
  })
})
