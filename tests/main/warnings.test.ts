import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import type { ChannelName } from '../../src/shared/channels'
import { tempBackend } from '../helpers/tempdb'
import { type Reply } from '../helpers/call'
import { renderText } from '../../src/shared/text'

const setup = async (today = '2026-11-25') => {
  const { db, backend } = tempBackend(today)
  const call = async <T = any>(channel: ChannelName, input: unknown) =>
    (await dispatch(backend, channel, input, () => undefined)) as Reply<T>
  const a = await call<{ id: number }>('createAthlete', {
    name: 'Ida Lund',
    bodyMassKg: 70,
    level: 'intermediate',
    ownedWeightsKg: [0.5, 1, 1.5]
  })
  if (!a.ok) throw new Error(a.error.message)
  const log = async (over: Record<string, unknown>) => {
    const r = await call<{ id: number }>('createSession', {
      athleteId: a.value.id,
      type: 'easy',
      durationMin: 45,
      distanceKm: 8,
      rpe: 4,
      pain: 0,
      ...over
    })
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  return { db, call, athleteId: a.value.id, log }
}

describe('warnings over IPC', () => {
  it('a 1.5 kg session for a 70 kg intermediate gets AW1 and AW2 cautions with why and suggestion', async () => {
    const { call, athleteId, log } = await setup()
    const s = await log({ date: '2026-11-20', ankleWeightKg: 1.5, weightedMin: 10 })
    const r = await call<{ warnings: any[] }>('listWarnings', { athleteId })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const mine = r.value.warnings.filter((w) => w.sessionId === String(s.id))
    const aw1 = mine.find((w) => w.ruleId === 'AW1')
    expect(aw1).toMatchObject({ severity: 'caution', date: '2026-11-20', values: { totalPercent: 4.29 } })
    expect(aw1.why).toMatch(/Trounson 2020/)
    expect(aw1.suggestion).toBeTruthy()
    expect(mine.find((w) => w.ruleId === 'AW2')).toMatchObject({ severity: 'caution' })
  })

  it('messages read in the coach units (lb after switching settings) from the same warning main sent', async () => {
    const { call, athleteId, log } = await setup()
    await log({ date: '2026-11-20', ankleWeightKg: 1.5, weightedMin: 10 })
    const before = await call<{ warnings: any[] }>('listWarnings', { athleteId })
    await call('updateSettings', { massUnit: 'lb' })
    const r = await call<{ warnings: any[] }>('listWarnings', { athleteId })
    const aw2 = r.ok && r.value.warnings.find((w) => w.ruleId === 'AW2')
    // Main's warning does not depend on the units; the one shared formatter writes it in them.
    expect(before.ok && before.value.warnings).toEqual(r.ok && r.value.warnings)
    expect(renderText(aw2.message, { mass: 'lb', distance: 'km' })).toMatch(/^3\.3 lb per ankle .*3\.1 lb/)
    expect(renderText(aw2.message, { mass: 'kg', distance: 'km' })).toMatch(/^1\.5 kg per ankle .*1\.4 kg/)
  })

  it('the roster shows each athlete worst current severity and counts', async () => {
    const { call, log } = await setup()
    await log({ date: '2026-11-24', pain: 6 })
    const r = await call<any>('getSquad', {})
    expect(r.ok && r.value.athletes[0]).toMatchObject({ worstSeverity: 'stop' })
    expect(r.ok && r.value.athletes[0].currentWarnings.stop).toBeGreaterThanOrEqual(1)
  })

  it('old warnings do not make the roster red: only state warnings and the last 7 days count', async () => {
    const { call, log } = await setup()
    await log({ date: '2026-10-01', ankleWeightKg: 1.5, weightedMin: 10 }) // AW1/AW2 cautions, long ago
    const r = await call<any>('getSquad', {})
    expect(r.ok && r.value.athletes[0].worstSeverity).toBe(null)
  })

  it("the warnings panel's period (days) brings only that period's session warnings, with every stop and state warning", async () => {
    const { call, athleteId, log } = await setup()
    // 1.5 kg for 70 kg: AW1 and AW2 cautions on each of these sessions, six weeks and two days ago.
    const old = await log({ date: '2026-10-14', ankleWeightKg: 1.5, weightedMin: 10 })
    const recent = await log({ date: '2026-11-23', ankleWeightKg: 1.5, weightedMin: 10 })
    const all = await call<any>('listWarnings', { athleteId })
    const week = await call<any>('listWarnings', { athleteId, days: 7 })
    if (!all.ok || !week.ok) throw new Error('listWarnings failed')
    const ofSession = (ws: any[], id: number) => ws.filter((w) => w.sessionId === String(id)).map((w) => w.ruleId)
    expect(ofSession(all.value.warnings, old.id)).toContain('AW1')
    expect(ofSession(week.value.warnings, old.id)).toEqual([])
    expect(ofSession(week.value.warnings, recent.id)).toEqual(ofSession(all.value.warnings, recent.id))
    // The period is the last 7 days up to asOf (18-25 Nov here); state warnings are always there.
    expect(week.value.warnings).toEqual(
      all.value.warnings.filter((w: any) => w.sessionId === null || w.date >= '2026-11-19')
    )
    expect(week.value.stops).toEqual(all.value.stops)
    expect(week.value.ended).toEqual(all.value.ended)
    // 43 days reach back to 14 Oct; a later `from` narrows it further.
    const longer = await call<any>('listWarnings', { athleteId, days: 43 })
    expect(longer.ok && ofSession(longer.value.warnings, old.id)).toContain('AW1')
    const narrowed = await call<any>('listWarnings', { athleteId, days: 43, from: '2026-11-01' })
    expect(narrowed.ok && ofSession(narrowed.value.warnings, old.id)).toEqual([])
    const refused = await call('listWarnings', { athleteId, days: 0 })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.issues?.map((i) => i.path)).toContain('days')
  })

  it('a draft check returns what the session would trigger without saving it', async () => {
    const { call, athleteId, db } = await setup()
    const draft = {
      athleteId,
      date: '2026-11-25',
      type: 'easy',
      durationMin: 40,
      ankleWeightKg: 1.8,
      weightedMin: 15,
      pain: 0
    }
    const r = await call<any[]>('checkDraftSession', { draft })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.map((w) => `${w.ruleId}:${w.severity}`)).toEqual(expect.arrayContaining(['AW1:stop', 'AW2:caution']))
    expect(r.value.every((w) => w.sessionId === 'draft')).toBe(true)
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 })
    const invalid = await call('checkDraftSession', { draft: { ...draft, weightedMin: 90 } })
    expect(invalid).toMatchObject({ ok: false, error: { issues: [{ path: 'draft.weightedMin' }] } })
  })

  it('editing a session checks the draft without counting the old version of itself', async () => {
    const { call, athleteId, log } = await setup()
    const first = await log({ date: '2026-11-20', ankleWeightKg: 0.5, weightedMin: 10 })
    // Against itself, a second weighted run one day later would be an AW5 gap; as an edit it is not.
    const r = await call<any[]>('checkDraftSession', {
      id: first.id,
      draft: {
        athleteId,
        date: '2026-11-21',
        type: 'easy',
        durationMin: 45,
        ankleWeightKg: 0.5,
        weightedMin: 10,
        pain: 0
      }
    })
    expect(r.ok && r.value.filter((w) => w.ruleId === 'AW5')).toEqual([])
  })

  it('clearing a stop ends its state warning until a new trigger, and is stored with who and why', async () => {
    const { call, athleteId, log } = await setup()
    await log({ date: '2026-11-20', pain: 7 })
    const before = await call<{ stops: any[]; warnings: any[] }>('listWarnings', { athleteId })
    expect(before.ok && before.value.stops.map((s) => s.ruleId)).toEqual(['PN1'])
    const bad = await call('clearStop', {
      athleteId,
      ruleId: 'PN1',
      clearedOn: '2026-11-24',
      clearedBy: '',
      reason: ''
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const future = await call('clearStop', {
      athleteId,
      ruleId: 'PN1',
      clearedOn: '2026-12-01',
      clearedBy: 'Kim',
      reason: 'Physio'
    })
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: 'clearedOn' }] } })
    const ok = await call('clearStop', {
      athleteId,
      ruleId: 'PN1',
      clearedOn: '2026-11-24',
      clearedBy: 'Coach Kim',
      reason: 'Physio review: settled'
    })
    expect(ok).toMatchObject({
      ok: true,
      value: { ruleId: 'PN1', clearedBy: 'Coach Kim', reason: 'Physio review: settled' }
    })
    const after = await call<{ stops: any[]; warnings: any[] }>('listWarnings', { athleteId })
    expect(after.ok && after.value.stops).toEqual([])
    expect(after.ok && after.value.warnings.filter((w) => w.sessionId === null && w.ruleId === 'PN1')).toEqual([])
    await log({ date: '2026-11-25', pain: 8 })
    const again = await call<{ stops: any[] }>('listWarnings', { athleteId })
    expect(again.ok && again.value.stops.map((s) => s.ruleId)).toEqual(['PN1'])
    expect(await call<any[]>('listClearances', { athleteId })).toMatchObject({
      ok: true,
      value: [{ clearedOn: '2026-11-24' }]
    })
  })

  it('thresholds: coach-wide and per-athlete overrides change warnings, validation names the field, reset restores', async () => {
    const { call, athleteId, log } = await setup()
    const s = await log({ date: '2026-11-20', ankleWeightKg: 1.5, weightedMin: 10 })
    const aw2 = async () => {
      const r = await call<{ warnings: any[] }>('listWarnings', { athleteId })
      return r.ok
        ? r.value.warnings.filter((w) => w.ruleId === 'AW2' && w.sessionId === String(s.id)).map((w) => w.severity)
        : null
    }
    expect(await aw2()).toEqual(['caution'])
    const coach = await call<any>('updateRulesConfig', { athleteId: null, values: { aw2CautionKg: 1.6 } })
    expect(coach).toMatchObject({ ok: true, value: { coach: { aw2CautionKg: 1.6 }, effective: { aw2CautionKg: 1.6 } } })
    expect(await aw2()).toEqual([])
    await call('updateRulesConfig', { athleteId, values: { aw2CautionKg: 1.2 } })
    expect(await aw2()).toEqual(['caution'])
    const view = await call<any>('getRulesConfig', { athleteId })
    expect(view).toMatchObject({
      ok: true,
      value: {
        coach: { aw2CautionKg: 1.6 },
        athlete: { aw2CautionKg: 1.2 },
        effective: { aw2CautionKg: 1.2 },
        defaults: { aw2CautionKg: 1.4 }
      }
    })

    const outOfRange = await call('updateRulesConfig', { athleteId: null, values: { aw2StopKg: 50 } })
    expect(outOfRange).toMatchObject({ ok: false, error: { issues: [{ path: 'values.aw2StopKg' }] } })
    const crossed = await call('updateRulesConfig', { athleteId: null, values: { aw2CautionKg: 2.5 } })
    expect(crossed).toMatchObject({ ok: false, error: { issues: [{ path: 'values.aw2CautionKg' }] } })
    const unknown = await call('updateRulesConfig', { athleteId: null, values: { madeUp: 3 } })
    expect(unknown.ok).toBe(false)

    await call('resetRulesConfig', { athleteId })
    expect(await aw2()).toEqual([])
    await call('resetRulesConfig', { athleteId: null })
    expect(await aw2()).toEqual(['caution'])
  })

  it('the demo squad has at least one athlete with a caution and one with a stop, each with why and suggestion', async () => {
    const { call } = await (async () => {
      const { backend } = tempBackend('2026-11-25')
      return {
        call: async <T = any>(c: ChannelName, i: unknown) =>
          (await dispatch(backend, c, i, () => undefined)) as Reply<T>
      }
    })()
    await call('loadDemoSquad', {})
    const squad = await call<any>('getSquad', {})
    if (!squad.ok) throw new Error('roster')
    const roster = { value: squad.value.athletes as any[] }
    const severities = roster.value.map((a) => a.worstSeverity)
    expect(severities).toContain('stop')
    expect(severities).toContain('caution')
    for (const a of roster.value.filter((x) => x.worstSeverity === 'stop' || x.worstSeverity === 'caution')) {
      const w = await call<{ warnings: any[] }>('listWarnings', { athleteId: a.id })
      const worst = w.ok && w.value.warnings.filter((x) => x.severity === a.worstSeverity)
      expect(worst && worst.length).toBeGreaterThan(0)
      for (const x of worst || []) {
        expect(x.why.length).toBeGreaterThan(20)
        expect(x.suggestion).toBeTruthy()
      }
    }
  })
})
