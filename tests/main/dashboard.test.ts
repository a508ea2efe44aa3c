import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import type { ChannelName } from '../../src/shared/channels'
import { tempBackend } from '../helpers/tempdb'
import { type Reply } from '../helpers/call'
import { chartSummaries } from '../../src/renderer/src/components/charts/summaries'

const setup = async (today: string) => {
  const { db, backend } = tempBackend(today)
  const call = async <T = any>(channel: ChannelName, input: unknown) =>
    (await dispatch(backend, channel, input, () => undefined)) as Reply<T>
  const athlete = async (name: string, over: Record<string, unknown> = {}) => {
    const r = await call<{ id: number }>('createAthlete', { name, bodyMassKg: 70, level: 'intermediate', ...over })
    if (!r.ok) throw new Error(r.error.message)
    return r.value.id
  }
  const log = async (athleteId: number, date: string, over: Record<string, unknown> = {}) => {
    const r = await call('createSession', {
      athleteId,
      date,
      type: 'easy',
      durationMin: 40,
      distanceKm: 7,
      rpe: 4,
      pain: 0,
      ...over
    })
    if (!r.ok) throw new Error(r.error.message)
  }
  const value = async <T = any>(channel: ChannelName, input: unknown): Promise<T> => {
    const r = await call<T>(channel, input)
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  return { db, call, athlete, log, value }
}

describe('athlete dashboard series', () => {
  it('buckets weeks from Monday, fills empty weeks and crosses a year boundary', async () => {
    const { athlete, log, value } = await setup('2027-01-06') // a Wednesday
    const id = await athlete('Ada')
    await log(id, '2026-12-14', { ankleWeightKg: 0.5, weightedMin: 10 }) // Mon
    await log(id, '2026-12-20', { type: 'hill_sprint', durationMin: 30, distanceKm: 5 }) // Sun, same Monday week
    await log(id, '2027-01-04', { type: 'interval' }) // Mon
    const d = await value('getAthleteDashboard', { athleteId: id, range: '4' })
    expect(d.weekly.map((w: any) => w.weekStart)).toEqual(['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'])
    expect(d.weekly.map((w: any) => [w.weightedRuns, w.unweightedRuns, w.hillSprints, w.intervals])).toEqual([
      [1, 1, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 1, 0, 1]
    ])
    expect(d.weekly[0].distanceKm).toBe(12)
    expect(d.weekly[1].distanceChangePercent).toBe(-100)
    expect(d.weekly[3].distanceChangePercent).toBe(null) // the week before had no distance
  })

  it('with weeks starting on Sunday, the same Sunday session opens a new week', async () => {
    const { athlete, log, value, call } = await setup('2027-01-06')
    await call('updateSettings', { weekStartsOn: 0 })
    const id = await athlete('Ada')
    await log(id, '2026-12-14')
    await log(id, '2026-12-20', { type: 'hill_sprint' })
    const d = await value('getAthleteDashboard', { athleteId: id, range: '4' })
    expect(d.weekStartsOn).toBe(0)
    expect(d.weekly.map((w: any) => w.weekStart)).toEqual(['2026-12-13', '2026-12-20', '2026-12-27', '2027-01-03'])
    expect(d.weekly[0].unweightedRuns).toBe(1)
    expect(d.weekly[1].hillSprints).toBe(1)
  })

  it('weight points carry % of body mass and the worst warning; bands come from the thresholds', async () => {
    const { athlete, log, value } = await setup('2026-11-25')
    const id = await athlete('Ada', { level: 'novice' })
    await log(id, '2026-11-10', { ankleWeightKg: 0.5, weightedMin: 10 })
    await log(id, '2026-11-20', { ankleWeightKg: 1, weightedMin: 10 })
    const d = await value('getAthleteDashboard', { athleteId: id, range: '4' })
    expect(d.weights.map((w: any) => [w.date, w.kg, w.percentBodyMass])).toEqual([
      ['2026-11-10', 0.5, 1.43],
      ['2026-11-20', 1, 2.86]
    ])
    expect(d.weights[1].severity).toBe('caution') // AW1 novice 2.86% > 2%
    expect(d.aw1CautionKg).toBe(0.7) // 2% of 70 kg over two ankles
    expect(d.aw2CautionKg).toBe(1.4)
    expect(d.weeklyWeightedLimit).toBe(2)
    expect(d.facts.weightedRuns7d).toBe(1)
    expect(chartSummaries(d, { mass: 'kg', distance: 'km' }).frequency).toBe(
      '1 weighted run in the last 7 days; limit 2.'
    )
  })

  it('summaries speak the coach units and dates: exposure in lb·min after switching to lb, from the same answer', async () => {
    const { athlete, log, value, call } = await setup('2026-11-25')
    const id = await athlete('Ada')
    await log(id, '2026-11-24', { ankleWeightKg: 1, weightedMin: 10 })
    const d = await value('getAthleteDashboard', { athleteId: id, range: '4' })
    // Main answers in numbers only: kg, km, minutes, days.
    expect(d.facts.thisWeek).toEqual({ weightedMinutes: 10, exposureKgMin: 10, distanceKm: 7 })
    expect(d.facts.latestWeight).toEqual({ date: '2026-11-24', kg: 1, percentBodyMass: 2.86 })
    const kg = chartSummaries(d, { mass: 'kg', distance: 'km' })
    expect(kg.timeUnderLoad).toBe('10 weighted minutes this week; exposure 10 kg·min.')
    expect(kg.weights).toContain('on Tue 24 Nov')
    // The renderer formats the coach's units: switching to lb changes the words, not main's answer.
    await call('updateSettings', { massUnit: 'lb' })
    expect(await value('getAthleteDashboard', { athleteId: id, range: '4' })).toEqual(d)
    const lb = chartSummaries(d, { mass: 'lb', distance: 'km' })
    expect(lb.timeUnderLoad).toBe('10 weighted minutes this week; exposure 22 lb·min.')
    expect(lb.weights).toContain('2.2 lb per ankle')
  })

  it('ACWR stays hidden under 28 days of data and appears after', async () => {
    const { athlete, log, value } = await setup('2026-11-25')
    const id = await athlete('Ada')
    for (let i = 0; i < 40; i += 2) {
      const d = new Date(Date.UTC(2026, 9, 17 + i)).toISOString().slice(0, 10)
      await log(id, d)
    }
    const d = await value('getAthleteDashboard', { athleteId: id, range: '12' })
    const shown = d.daily.filter((p: any) => p.acwr !== null)
    expect(d.acwrShownFrom).toBe('2026-11-13') // first session 2026-10-17 + 27 days
    expect(shown[0].date).toBe('2026-11-13')
    expect(d.daily.filter((p: any) => p.date < '2026-11-13').every((p: any) => p.acwr === null)).toBe(true)
  })
})

describe('squad view', () => {
  it('orders athletes stop, caution, none, then by name, with 12 weekly cells', async () => {
    const { athlete, log, value } = await setup('2026-11-25')
    const calm = await athlete('Aaron Calm')
    const heavy = await athlete('Zed Heavy')
    const hurt = await athlete('Mia Hurt')
    await athlete('Bea Empty')
    await log(calm, '2026-11-24')
    await log(heavy, '2026-11-24', { ankleWeightKg: 1.5, weightedMin: 10 })
    await log(hurt, '2026-11-23', { pain: 7 })
    const squad = await value('getSquad', {})
    expect(squad.athletes.map((a: any) => [a.name, a.worstSeverity])).toEqual([
      ['Mia Hurt', 'stop'],
      ['Zed Heavy', 'caution'],
      ['Aaron Calm', null],
      ['Bea Empty', null]
    ])
    expect(squad.weekStarts).toHaveLength(12)
    expect(squad.weekStarts.at(-1)).toBe('2026-11-23')
    const z = squad.athletes[1]
    expect(z).toMatchObject({
      currentAnkleWeightKg: 1.5,
      currentPercentBodyMass: 4.29,
      weightedRuns7d: 1,
      weightedMinutesThisWeek: 10,
      painFlag: false
    })
    expect(z.weeks.at(-1)).toEqual({ weekStart: '2026-11-23', weightedRuns: 1, worstSeverity: 'caution' })
    expect(squad.athletes[0].painFlag).toBe(true)
    // Each row names the warning behind its badge, not only how many there are: Zed's 1.5 kg at 70 kg
    // (4.29%) draws AW1 and AW2 cautions on one day (RULES.md scenario), and AW1 comes first in rule order.
    expect(squad.athletes.map((a: any) => a.worstRule)).toEqual(['PN1', 'AW1', null, null])
  })
})

describe('group sessions', () => {
  it('saves every row in one transaction and returns their warnings', async () => {
    const { athlete, call, db } = await setup('2026-11-25')
    const a = await athlete('Ada')
    const b = await athlete('Ben', { level: 'novice', bodyMassKg: 50 })
    const base = { date: '2026-11-24', type: 'hill_sprint', durationMin: 35, distanceKm: 5, rpe: 8 }
    const r = await call<any>('createGroupSessions', {
      sessions: [
        { ...base, athleteId: a },
        { ...base, athleteId: b, ankleWeightKg: 0.5, weightedMin: 10 }
      ]
    })
    expect(r.ok && r.value.created).toBe(2)
    expect(r.ok && r.value.warnings.map((w: any) => `${w.ruleId}:${w.severity}`)).toContain('AW6:stop')
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 2 })
  })

  it('one bad row saves nothing and names the row and field', async () => {
    const { athlete, call, db } = await setup('2026-11-25')
    const a = await athlete('Ada')
    const b = await athlete('Ben')
    const base = { date: '2026-11-24', type: 'easy', durationMin: 30 }
    const r = await call('createGroupSessions', {
      sessions: [
        { ...base, athleteId: a },
        { ...base, athleteId: b, ankleWeightKg: 1, weightedMin: 45 }
      ]
    })
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: 'sessions.1.weightedMin' }] } })
    const dup = await call('createGroupSessions', {
      sessions: [
        { ...base, athleteId: a },
        { ...base, athleteId: a }
      ]
    })
    expect(dup).toMatchObject({ ok: false, error: { issues: [{ path: 'sessions.1.athleteId' }] } })
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 })
  })
})
