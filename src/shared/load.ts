// Training-load metrics for charts and for the LD3/LD4 rules. Pure: plain data in, plain data out.
import { dayNumber, isoFromDayNumber, weekStartDayNumber } from './calendar'
import { round2 } from './rules/numbers'
import { exposureOf, isRun, isWeighted, weightedMinutesOf } from './rules/session'
import type { SessionType } from './rules/types'

/** The fields the load metrics read; a RuleSession has all of them. */
export interface LoadSession {
  date: string
  type: SessionType
  durationMin: number
  distanceKm: number | null
  ankleWeightKg: number
  weightedMin: number
  rpe: number | null
}

/** RPE used for a session logged without one. */
export const DEFAULT_RPE = 5

/** Session load = RPE x duration in minutes (AU, Foster 2001); a session without RPE counts RPE 5. */
export function sessionLoad(session: Pick<LoadSession, 'rpe' | 'durationMin'>): number {
  return (session.rpe ?? DEFAULT_RPE) * Math.max(0, session.durationMin)
}

export interface DailyLoad {
  date: string
  load: number
}

/** Summed session load for every calendar day from `from` to `to` inclusive (0 on days without a session). */
export function dailyLoads(
  sessions: readonly Pick<LoadSession, 'date' | 'rpe' | 'durationMin'>[],
  from: string,
  to: string
): DailyLoad[] {
  const start = dayNumber(from)
  const end = dayNumber(to)
  if (end < start) return []
  const loads = new Array<number>(end - start + 1).fill(0)
  for (const s of sessions) {
    const i = dayNumber(s.date) - start
    if (i >= 0 && i < loads.length) loads[i] += sessionLoad(s)
  }
  return loads.map((load, i) => ({ date: isoFromDayNumber(start + i), load: round2(load) }))
}

export interface MonotonyAndStrain {
  weeklyLoad: number
  mean: number
  /** Population standard deviation of the daily loads. */
  sd: number
  /** mean / SD (Foster 1998); null when SD is 0 (undefined; LD3 treats it as above the limit when load > 0). */
  monotony: number | null
  /** weekly load x monotony; null when monotony is. */
  strain: number | null
}

/** Monotony and strain of 7 daily loads (Foster 1998, 2001). Every figure is rounded to 0.01. */
export function monotonyAndStrain(dailyLoadValues: readonly number[]): MonotonyAndStrain {
  const n = dailyLoadValues.length
  if (n === 0) return { weeklyLoad: 0, mean: 0, sd: 0, monotony: null, strain: null }
  let sum = 0
  let sumSq = 0
  for (const x of dailyLoadValues) {
    sum += x
    sumSq += x * x
  }
  const mean = sum / n
  const variance = Math.max(0, sumSq / n - mean * mean)
  const sd = Math.sqrt(variance)
  const sdRounded = round2(sd)
  const monotony = sdRounded === 0 ? null : mean / sd
  return {
    weeklyLoad: round2(sum),
    mean: round2(mean),
    sd: sdRounded,
    monotony: monotony === null ? null : round2(monotony),
    strain: monotony === null ? null : round2(sum * monotony)
  }
}

export interface WeeklyAggregate {
  weekStart: string
  runs: number
  weightedRuns: number
  unweightedRuns: number
  hillSprints: number
  intervals: number
  incline: number
  /** Minutes with ankle weights on, all weighted sessions. */
  weightedMinutes: number
  /** Sum of kg per ankle x weighted minutes. */
  exposureKgMin: number
  /** Run distance (cross-training excluded, as in LD2). */
  distanceKm: number
  load: number
  /** Over the 7 days of the calendar week (days without a session count 0). */
  monotony: number | null
  strain: number | null
}

export interface WeeklyOptions {
  /** 0 = Sunday ... 6 = Saturday; Monday (1) by default. */
  weekStartsOn?: number
  /** First day counted; defaults to the earliest session. */
  from?: string
  /** Last day counted; defaults to the latest session. */
  to?: string
}

/** One row per calendar week from the week of `from` to the week of `to`, empty weeks included. */
export function weeklyAggregates(sessions: readonly LoadSession[], options: WeeklyOptions = {}): WeeklyAggregate[] {
  const weekStartsOn = options.weekStartsOn ?? 1
  let fromDay = options.from !== undefined ? dayNumber(options.from) : Infinity
  let toDay = options.to !== undefined ? dayNumber(options.to) : -Infinity
  if (options.from === undefined || options.to === undefined) {
    for (const s of sessions) {
      const d = dayNumber(s.date)
      if (options.from === undefined && d < fromDay) fromDay = d
      if (options.to === undefined && d > toDay) toDay = d
    }
  }
  if (!Number.isFinite(fromDay) || !Number.isFinite(toDay) || toDay < fromDay) return []
  const firstWeek = weekStartDayNumber(fromDay, weekStartsOn)
  const weekCount = Math.floor((weekStartDayNumber(toDay, weekStartsOn) - firstWeek) / 7) + 1
  const rows = Array.from({ length: weekCount }, (_, w) => ({
    weekStart: isoFromDayNumber(firstWeek + 7 * w),
    runs: 0,
    weightedRuns: 0,
    unweightedRuns: 0,
    hillSprints: 0,
    intervals: 0,
    incline: 0,
    weightedMinutes: 0,
    exposureKgMin: 0,
    distanceKm: 0,
    load: 0,
    days: [0, 0, 0, 0, 0, 0, 0]
  }))
  for (const s of sessions) {
    const d = dayNumber(s.date)
    if (d < fromDay || d > toDay) continue
    const offset = d - firstWeek
    const row = rows[Math.floor(offset / 7)]
    const load = sessionLoad(s)
    row.days[offset % 7] += load
    row.load += load
    row.weightedMinutes += weightedMinutesOf(s)
    row.exposureKgMin += exposureOf(s)
    if (s.type === 'hill_sprint') row.hillSprints++
    if (s.type === 'interval') row.intervals++
    if (s.type === 'incline') row.incline++
    if (isRun(s)) {
      row.runs++
      if (isWeighted(s)) row.weightedRuns++
      else row.unweightedRuns++
      row.distanceKm += s.distanceKm ?? 0
    }
  }
  return rows.map(({ days, ...row }) => {
    const { monotony, strain } = monotonyAndStrain(days)
    return {
      ...row,
      weightedMinutes: round2(row.weightedMinutes),
      exposureKgMin: round2(row.exposureKgMin),
      distanceKm: round2(row.distanceKm),
      load: round2(row.load),
      monotony,
      strain
    }
  })
}

export interface AcwrOptions {
  /** N of the acute EWMA, lambda = 2 / (N + 1); 7 by default. */
  acuteDays?: number
  /** N of the chronic EWMA; 28 by default. */
  chronicDays?: number
  /** Both averages start from the mean daily load of this many first days; 7 by default. */
  seedDays?: number
  /** Hidden until the day is at least this many days after the first session; 27 by default. */
  minHistoryDays?: number
}

export interface AcwrPoint {
  date: string
  load: number
  acute: number
  chronic: number
  /** acute / chronic, null when chronic is 0. */
  acwr: number | null
  /** False while there is under 28 days of data: charts and LD4 must not show the value yet. */
  shown: boolean
}

/**
 * The EWMA state after the last day of a series: what a later day's value is computed from when no
 * session came in between (the daily averages only decay on days without load).
 */
export interface AcwrState {
  /** Day number of the last day counted. */
  day: number
  /** Day number of the first session. */
  firstDay: number
  /** Unrounded averages after that day. */
  acute: number
  chronic: number
}

export interface AcwrSeries {
  points: AcwrPoint[]
  /** First day whose value may be shown, or null without sessions. */
  shownFrom: string | null
  /** The state after the last point, or null without sessions. */
  end: AcwrState | null
}

interface AcwrParams {
  la: number
  lc: number
  seedDays: number
  minHistoryDays: number
}

const acwrParams = (options: AcwrOptions): AcwrParams => ({
  la: 2 / ((options.acuteDays ?? 7) + 1),
  lc: 2 / ((options.chronicDays ?? 28) + 1),
  seedDays: Math.max(1, Math.round(options.seedDays ?? 7)),
  minHistoryDays: options.minHistoryDays ?? 27
})

/** One day of the EWMA: both averages take that day's load. */
const acwrStep = (state: AcwrState, load: number, p: AcwrParams): void => {
  state.acute = p.la * load + (1 - p.la) * state.acute
  state.chronic = p.lc * load + (1 - p.lc) * state.chronic
}

const acwrPoint = (state: AcwrState, dayNo: number, load: number, p: AcwrParams): AcwrPoint => ({
  date: isoFromDayNumber(dayNo),
  load: round2(load),
  acute: round2(state.acute),
  chronic: round2(state.chronic),
  acwr: state.chronic > 0 ? round2(state.acute / state.chronic) : null,
  shown: dayNo >= state.firstDay + p.minHistoryDays
})

const seedState = (loads: ArrayLike<number>, firstDay: number, p: AcwrParams): AcwrState => {
  let seed = 0
  for (let i = 0; i < p.seedDays; i++) seed += loads[i] ?? 0
  seed /= p.seedDays
  return { day: firstDay - 1, firstDay, acute: seed, chronic: seed }
}

/**
 * The day-by-day arithmetic of ewmaAcwr for callers that walk the days themselves (the rules keep the
 * state at a few days so that an evaluation can resume there: shared/rules/resume.ts). The same
 * operations in the same order, so the numbers are identical.
 */
export const acwrStepper = (options: AcwrOptions = {}) => {
  const p = acwrParams(options)
  return {
    /** The state before the first day; loads[0] is the first day's load. */
    seed: (loads: ArrayLike<number>, firstDay: number): AcwrState => seedState(loads, firstDay, p),
    /** Counts the day after state.day with its load. */
    step: (state: AcwrState, load: number): void => {
      acwrStep(state, load, p)
      state.day++
    },
    /** The point of the state's day. */
    point: (state: AcwrState, load: number): AcwrPoint => acwrPoint(state, state.day, load, p)
  }
}

/**
 * Daily EWMA acute and chronic load and their ratio (Williams 2017), from the first session through
 * asOf (default: the latest session; later sessions are ignored). The value before the first day is
 * the mean daily load of the first 7 days; both averages then update every day.
 */
export function ewmaAcwr(
  sessions: readonly Pick<LoadSession, 'date' | 'rpe' | 'durationMin'>[],
  asOf?: string,
  options: AcwrOptions = {}
): AcwrSeries {
  const p = acwrParams(options)
  let lastDay = asOf !== undefined ? dayNumber(asOf) : -Infinity
  let firstDay = Infinity
  const days: number[] = []
  for (const s of sessions) {
    const d = dayNumber(s.date)
    days.push(d)
    if (asOf === undefined && d > lastDay) lastDay = d
  }
  for (const d of days) if (d <= lastDay && d < firstDay) firstDay = d
  if (!Number.isFinite(firstDay)) return { points: [], shownFrom: null, end: null }
  const span = lastDay - firstDay + 1
  const loads = new Float64Array(Math.max(span, p.seedDays))
  sessions.forEach((s, i) => {
    const d = days[i]
    if (d <= lastDay) loads[d - firstDay] += sessionLoad(s)
  })
  const state = seedState(loads, firstDay, p)
  const points: AcwrPoint[] = new Array(span)
  for (let i = 0; i < span; i++) {
    acwrStep(state, loads[i], p)
    state.day = firstDay + i
    points[i] = acwrPoint(state, state.day, loads[i], p)
  }
  return { points, shownFrom: isoFromDayNumber(firstDay + p.minHistoryDays), end: { ...state } }
}

/** The ratio on the state's day as a series shows it: null while it may not be shown or chronic is 0. */
export function shownAcwr(state: AcwrState | null, options: AcwrOptions = {}): number | null {
  if (state === null) return null
  const point = acwrPoint(state, state.day, 0, acwrParams(options))
  return point.shown ? point.acwr : null
}

/**
 * The value at asOf carried forward from an earlier series' end state, for days without any session
 * between them: the same numbers ewmaAcwr gives over the whole history (the same arithmetic, day by
 * day), without reading that history again. Returns the new end state and the point at asOf (its
 * load is 0: no session came after the state's day).
 */
export function advanceAcwr(
  end: AcwrState,
  asOf: string,
  options: AcwrOptions = {}
): { end: AcwrState; point: AcwrPoint } {
  const p = acwrParams(options)
  const target = dayNumber(asOf)
  if (target <= end.day) throw new Error(`advanceAcwr: ${asOf} is not after the state's last day`)
  const state = { ...end }
  while (state.day < target) {
    acwrStep(state, 0, p)
    state.day++
  }
  return { end: state, point: acwrPoint(state, target, 0, p) }
}
