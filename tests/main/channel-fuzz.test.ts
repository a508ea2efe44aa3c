// Hostile calls on every channel at a CI-sized count (the full 10,000 run is `npm run hostile`):
// no crash, every refusal an envelope that names the field, and the database whole afterwards.
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend'
import { channelNames } from '../../src/shared/channels'
import { fuzzChannels } from '../helpers/hostile'
import { caller, value } from '../helpers/import-io'
import { openTemp, tempDbFile } from '../helpers/tempdb'

const CALLS = 1500

describe('hostile calls on every channel', () => {
  it(`${CALLS} calls: no crash, refusals name the field, integrity_check ok, and every list still reads`, async () => {
    const file = tempDbFile()
    const db = openTemp(file)
    const backend = createBackend(db, { dbPath: file, clock: { now: () => new Date(2026, 10, 25, 12) } })
    const call = caller(backend)
    // Something for the ids 1-3 to find: athletes, sessions, a plan with sessions.
    for (const name of ['Ada Quist', 'Ben Ode', 'Cleo Park']) {
      const a = value(
        await call<{ id: number }>('createAthlete', {
          name,
          level: 'intermediate',
          bodyMassKg: 64,
          ownedWeightsKg: [0.5, 1]
        })
      )
      value(
        await call('createSession', {
          athleteId: a.id,
          date: '2026-11-20',
          type: 'easy',
          durationMin: 40,
          ankleWeightKg: 0.5,
          weightedMin: 20
        })
      )
    }
    value(
      await call('generatePlan', {
        athleteId: 1,
        name: 'Base',
        startDate: '2026-11-30',
        weeks: 4,
        runsPerWeek: 3,
        availableDays: [1, 3, 5]
      })
    )

    const stats = await fuzzChannels(backend, CALLS)
    expect(stats.channels).toBe(channelNames.length)
    expect(stats.ok).toBeGreaterThan(0)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    for (const [channel, input] of [
      ['listAthletes', { includeArchived: true }],
      ['getSquad', { includeArchived: true }],
      ['listPlans', {}],
      ['listPlanTemplates', {}],
      ['listBackups', {}]
    ] as const) {
      expect(await call(channel, input), channel).toMatchObject({ ok: true })
    }
    for (const a of value(await call<{ id: number }[]>('listAthletes', { includeArchived: true }))) {
      expect(await call('listSessions', { athleteId: a.id })).toMatchObject({ ok: true })
      expect(await call('listWarnings', { athleteId: a.id })).toMatchObject({ ok: true })
      expect(await call('getAthleteDashboard', { athleteId: a.id, range: 'all' })).toMatchObject({ ok: true })
    }
    console.log(`hostile calls: ${JSON.stringify(stats)}`)
  }, 240_000)
})
