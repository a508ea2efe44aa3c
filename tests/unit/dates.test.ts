// Every date a coach can enter lies between 1900-01-01 and 2100-12-31, and a logged session may be
// dated at most one day after today. The messages are the ones the forms show under the field.
import { describe, expect, it } from 'vitest'
import { addDays, dayNumber, isIsoDay } from '../../src/shared/calendar'
import { ClearStopInput } from '../../src/shared/contract/rules'
import { FUTURE_SESSION_MESSAGE, isFutureSession, IsoDate, Session, SessionInput } from '../../src/shared/domain'
import { GeneratePlanInput, PlanInput, PlannedSessionInput } from '../../src/shared/plan/schema'
import { zodIssues } from '../../src/shared/validate'

const RANGE = 'Date must be between 1900-01-01 and 2100-12-31'
const messages = (r: { success: boolean; error?: Parameters<typeof zodIssues>[0] }) =>
  r.success ? [] : zodIssues(r.error!)

describe('the date range', () => {
  it.each(['1900-01-01', '1900-03-01', '2026-11-25', '2100-12-31'])('%s is accepted', (day) => {
    expect(IsoDate.safeParse(day).success).toBe(true)
  })

  it.each(['1899-12-31', '2101-01-01', '0100-01-01', '9999-12-31', '0001-01-01'])(
    '%s is refused with the range message, and only that',
    (day) => {
      expect(messages(IsoDate.safeParse(day))).toEqual([{ path: '', message: RANGE }])
    }
  )

  it('a year below 100 is a real day refused for its range, not "not a real calendar date" (no Date.UTC 19xx quirk)', () => {
    // Date.UTC(50, 0, 1) is 1950: a check through it would have called 0050-01-01 unreal.
    expect(isIsoDay('0050-01-01')).toBe(true)
    expect(isIsoDay('0048-02-29')).toBe(true)
    expect(isIsoDay('0100-02-29')).toBe(false)
    expect(dayNumber('0050-01-02') - dayNumber('0050-01-01')).toBe(1)
    expect(messages(IsoDate.safeParse('0050-01-01'))).toEqual([{ path: '', message: RANGE }])
    expect(messages(IsoDate.safeParse('0048-02-29'))).toEqual([{ path: '', message: RANGE }])
  })

  it('a malformed or unreal date keeps its own single message', () => {
    expect(messages(IsoDate.safeParse('15/03/2027'))).toEqual([{ path: '', message: 'Use the form YYYY-MM-DD' }])
    expect(messages(IsoDate.safeParse('2027-02-29'))).toEqual([{ path: '', message: 'Not a real calendar date' }])
    expect(messages(IsoDate.safeParse('9999-02-30'))).toEqual([{ path: '', message: 'Not a real calendar date' }])
  })

  it('every schema with a date names the field: sessions, plans, planned sessions, generated plans, clearances', () => {
    const session = { athleteId: 1, date: '2101-01-01', type: 'easy', durationMin: 30 }
    expect(messages(SessionInput.safeParse(session))).toEqual([{ path: 'date', message: RANGE }])
    expect(messages(PlanInput.safeParse({ athleteId: 1, name: 'Base', startDate: '1899-12-31', weeks: 8 }))).toEqual([
      { path: 'startDate', message: 'Start date must be between 1900-01-01 and 2100-12-31' }
    ])
    expect(messages(PlanInput.safeParse({ athleteId: 1, name: 'Base', startDate: '2100-12-31', weeks: 8 }))).toEqual([])
    expect(
      messages(PlannedSessionInput.safeParse({ planId: 1, date: '9999-12-31', type: 'easy', durationMin: 30 }))
    ).toEqual([{ path: 'date', message: RANGE }])
    expect(
      messages(
        GeneratePlanInput.safeParse({
          athleteId: 1,
          name: 'Base',
          startDate: '0100-01-01',
          weeks: 8,
          runsPerWeek: 3,
          availableDays: [1, 3, 5]
        })
      )
    ).toEqual([{ path: 'startDate', message: 'Start date must be between 1900-01-01 and 2100-12-31' }])
    expect(
      messages(
        ClearStopInput.safeParse({
          athleteId: 1,
          ruleId: 'PN1',
          clearedOn: '1899-12-31',
          clearedBy: 'Kim',
          reason: 'Physio review'
        })
      )
    ).toContainEqual({
      path: 'clearedOn',
      message: RANGE
    })
  })

  it('a session already stored with an old out-of-range date can still be read back, so the coach can find and fix it', () => {
    const stored = {
      id: 1,
      athleteId: 1,
      date: '2206-03-15',
      startTime: null,
      type: 'easy',
      durationMin: 30,
      createdAt: 'x',
      updatedAt: 'x'
    }
    expect(Session.safeParse(stored).success).toBe(true)
    expect(SessionInput.safeParse(stored).success).toBe(false)
  })
})

describe('a session in the future', () => {
  it('today and tomorrow (a later time zone) can be logged; the day after cannot', () => {
    for (const today of ['2026-11-25', '2026-12-31', '2028-02-28', '1900-01-01']) {
      expect(isFutureSession(addDays(today, -400), today)).toBe(false)
      expect(isFutureSession(today, today)).toBe(false)
      expect(isFutureSession(addDays(today, 1), today)).toBe(false)
      expect(isFutureSession(addDays(today, 2), today)).toBe(true)
      expect(isFutureSession(addDays(today, 110), today)).toBe(true)
    }
    expect(FUTURE_SESSION_MESSAGE).toBe('A session in the future cannot be logged; plan it instead')
  })
})
