// Calendar arithmetic on YYYY-MM-DD strings, shared by the rules and the weekly charts.
import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayNumber,
  daysBetween,
  eachDay,
  eachWeekStart,
  isIsoDay,
  isoFromDayNumber,
  minutesOfDay,
  weekday,
  weekStartOf
} from '../../src/shared/calendar'

describe('calendar', () => {
  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2024-01-01')).toBe(19723)
    for (const iso of ['1969-12-31', '2000-02-29', '2023-12-31', '2024-02-29', '2024-03-01', '2099-12-31']) {
      expect(isoFromDayNumber(dayNumber(iso))).toBe(iso)
    }
  })

  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31')
    expect(addDays('2024-03-31', 30)).toBe('2024-04-30')
  })

  it('a gap is a difference in calendar days (Monday to Tuesday = 1)', () => {
    expect(daysBetween('2024-01-01', '2024-01-02')).toBe(1)
    expect(daysBetween('2024-01-02', '2024-01-01')).toBe(-1)
    expect(daysBetween('2023-12-25', '2024-01-22')).toBe(28)
  })

  it('weekday: 0 = Sunday ... 6 = Saturday', () => {
    expect(weekday('2024-01-01')).toBe(1) // Monday
    expect(weekday('2024-01-07')).toBe(0)
    expect(weekday('2024-01-06')).toBe(6)
    expect(weekday('1969-12-28')).toBe(0)
  })

  it('week starts for Monday (default) and Sunday starts, across a year boundary', () => {
    expect(weekStartOf('2024-01-03')).toBe('2024-01-01')
    expect(weekStartOf('2024-01-07')).toBe('2024-01-01') // Sunday ends a Monday-start week
    expect(weekStartOf('2024-01-07', 0)).toBe('2024-01-07') // and starts a Sunday-start one
    expect(weekStartOf('2025-01-01')).toBe('2024-12-30')
    expect(weekStartOf('2025-01-01', 0)).toBe('2024-12-29')
    expect(weekStartOf('2025-01-04', 6)).toBe('2025-01-04') // Saturday start
  })

  it('lists every day and every week start, empty weeks included', () => {
    expect(eachDay('2023-12-30', '2024-01-02')).toEqual(['2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02'])
    expect(eachDay('2024-01-02', '2024-01-01')).toEqual([])
    expect(eachWeekStart('2024-12-25', '2025-01-08')).toEqual(['2024-12-23', '2024-12-30', '2025-01-06'])
  })

  it('rejects malformed or impossible dates', () => {
    expect(isIsoDay('2023-02-29')).toBe(false)
    expect(isIsoDay('2024-13-01')).toBe(false)
    expect(isIsoDay('2024-1-1')).toBe(false)
    expect(() => dayNumber('20a4-01-01')).toThrow(RangeError)
    expect(() => dayNumber('2023-02-29')).toThrow(RangeError)
  })

  it('reads HH:MM start times', () => {
    expect(minutesOfDay('07:30')).toBe(450)
    expect(minutesOfDay('7:05')).toBe(425)
    expect(minutesOfDay(null)).toBeNull()
    expect(minutesOfDay('25:00')).toBeNull()
  })
})
