// No stored value may break a read (issue 13 item 4). Rows dated outside 1900-2100 (written before
// the range existed, or by an older Ballast) are still listed everywhere so the coach can find and
// correct them; and the plan handlers refuse to write a plan whose weeks run past 2100-12-31.
import { describe, expect, it } from 'vitest'
import type { ChannelName } from '../../src/shared/channels'
import { planBackend } from '../helpers/plan-backend'

const NOW = '2026-12-09T12:00:00.000Z'

describe('reads survive any real date already in the database', () => {
  it('a session, a clearance and a plan dated 1850 and 2150: every list, view and chart still answers', async () => {
    const { db, raw, athlete } = planBackend()
    const ada = await athlete()
    // Written past the schemas, as rows from before the range could be.
    const insert = db.prepare(
      "INSERT INTO sessions (athlete_id, date, type, duration_min, ankle_weight_kg, weighted_min, pain, created_at, updated_at) VALUES (?, ?, 'easy', 30, 1, 20, 4, ?, ?)"
    )
    for (const date of ['1850-06-01', '2150-01-03']) insert.run(ada.id, date, NOW, NOW)
    db.prepare(
      "INSERT INTO stop_clearances (athlete_id, rule_id, cleared_on, cleared_by, reason, created_at) VALUES (?, 'PN1', '1850-06-02', 'Kim', 'Physio', ?)"
    ).run(ada.id, NOW)
    const planId = Number(
      db
        .prepare(
          "INSERT INTO plans (athlete_id, name, start_date, weeks, created_at, updated_at) VALUES (?, 'Far', '2150-01-05', 4, ?, ?)"
        )
        .run(ada.id, NOW, NOW).lastInsertRowid
    )
    db.prepare(
      "INSERT INTO planned_sessions (plan_id, date, type, duration_min) VALUES (?, '2150-01-06', 'easy', 30)"
    ).run(planId)

    const reads: [ChannelName, unknown][] = [
      ['listAthletes', {}],
      ['getSquad', {}],
      ['listSessions', { athleteId: ada.id }],
      ['listWarnings', { athleteId: ada.id }],
      ['listClearances', { athleteId: ada.id }],
      ['getAthleteDashboard', { athleteId: ada.id, range: 'all' }],
      ['listPlans', {}],
      ['getPlan', { id: planId }],
      ['athletePlanCompliance', { athleteId: ada.id }]
    ]
    for (const [channel, input] of reads) {
      const r = await raw(channel, input)
      expect(r, channel).toMatchObject({ ok: true })
    }
    const squad = await raw<{ athletes: { lastSessionDate: string }[] }>('getSquad', {})
    expect(squad.ok && squad.value.athletes[0].lastSessionDate).toBe('1850-06-01') // the last one up to today
    const clearances = await raw<{ clearedOn: string }[]>('listClearances', { athleteId: ada.id })
    expect(clearances.ok && clearances.value.map((c) => c.clearedOn)).toEqual(['1850-06-02'])
  })
})

describe('plans never run past 2100-12-31', () => {
  const LATE = /last week would end on 2101-01-\d\d, after 2100-12-31/

  it('generate: a plan whose last week ends after 2100-12-31 is refused on the start date; one ending in time is made', async () => {
    const { raw, athlete, db } = planBackend()
    const ada = await athlete()
    const r = await raw('generatePlan', {
      athleteId: ada.id,
      name: 'Late',
      startDate: '2100-12-06',
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 5]
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'startDate' }] } })
    expect(!r.ok && r.error.message).toMatch(LATE)
    expect(db.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 0 })
    // Weeks start on Monday: 4 weeks from Monday 2100-11-29 end on Sunday 2100-12-26.
    const fits = await raw<{ plan: { endDate: string } }>('generatePlan', {
      athleteId: ada.id,
      name: 'Fits',
      startDate: '2100-11-29',
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 5]
    })
    expect(fits).toMatchObject({ ok: true, value: { plan: { endDate: '2100-12-26' } } })
  })

  it('apply template: refused when the new plan would run past 2100-12-31, nothing written', async () => {
    const { raw, call, athlete, generate, db } = planBackend()
    const ada = await athlete()
    const plan = await generate(ada.id, { weeks: 4 })
    const template = await call<{ id: number }>('savePlanTemplate', { planId: plan.plan.id, name: 'Four weeks' })
    const before = db.prepare('SELECT count(*) AS n FROM plans').get()
    const r = await raw('applyPlanTemplate', {
      templateId: template.id,
      athleteId: ada.id,
      startDate: '2100-12-20',
      name: 'Late'
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'startDate' }] } })
    expect(!r.ok && r.error.message).toMatch(LATE)
    expect(db.prepare('SELECT count(*) AS n FROM plans').get()).toEqual(before)
  })

  it('copy week: a copy that would land after 2100-12-31 is refused on the target week, nothing written', async () => {
    const { raw, call, athlete, db } = planBackend()
    const ada = await athlete()
    // A plan made by hand may start on the last day; its later weeks hold nothing yet.
    const plan = await call<{ plan: { id: number } }>('createPlan', {
      athleteId: ada.id,
      name: 'Edge',
      startDate: '2100-12-27',
      weeks: 2
    })
    await call('savePlannedSession', { planId: plan.plan.id, date: '2100-12-28', type: 'easy', durationMin: 30 })
    const r = await raw('copyPlanWeek', { planId: plan.plan.id, fromWeek: 1, toWeek: 2 })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'toWeek' }] } })
    expect(!r.ok && r.error.message).toContain('2101-01-04')
    expect(db.prepare('SELECT count(*) AS n FROM planned_sessions').get()).toEqual({ n: 1 })
  })
})

describe('years below 100 get the range message, not a calendar quirk', () => {
  it.each(['0050-01-01', '0004-02-29', '0099-12-31', '0000-03-01'])(
    '%s: "Date must be between 1900-01-01 and 2100-12-31"',
    async (date) => {
      const { raw, athlete } = planBackend()
      const ada = await athlete()
      const r = await raw('createSession', { athleteId: ada.id, date, type: 'easy', durationMin: 30 })
      expect(r).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'date', message: 'Date must be between 1900-01-01 and 2100-12-31' }] }
      })
    }
  )

  it('a day that is not in the calendar of its year is still called that (0100 was not a leap year)', async () => {
    const { raw, athlete } = planBackend()
    const ada = await athlete()
    const r = await raw('createSession', { athleteId: ada.id, date: '0100-02-29', type: 'easy', durationMin: 30 })
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: 'date', message: 'Not a real calendar date' }] } })
  })
})
