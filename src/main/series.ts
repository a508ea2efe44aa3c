// The squad row (from SQL sums of the athlete's sessions and the evaluation, kept for the day) and the athlete
// dashboard's chart series (SQL aggregates), so charts, the squad view and PDFs read the same numbers.
import { addDays, dayNumber, isoFromDayNumber, weekStartOf } from '../shared/calendar'
import type { Athlete } from '../shared/domain'
import { SERIES_MAX_POINTS, type AthleteDashboard, type ChartRange, type SquadRow } from '../shared/contract/dashboard'
import { downsample } from '../shared/downsample'
import { ewmaAcwr } from '../shared/load'
import {
  severityRank,
  worstSeverity,
  worstWarning,
  type RuleId,
  type RulesConfig,
  type Evaluation,
  type Severity,
  type Warning
} from '../shared/rules'
import { round, totalPercentOfBodyMass } from '../shared/units'
import type { seriesRepo } from './db/series'
import type { SquadSums } from './db/squad'

type SeriesRepo = ReturnType<typeof seriesRepo>

const PAIN_FLAG_ABOVE = 2

export const weeklyWeightedLimit = (config: RulesConfig): number => Math.max(0, config.aw5CautionCount - 1)

export const aw1CautionKg = (athlete: Pick<Athlete, 'bodyMassKg' | 'level'>, config: RulesConfig): number | null =>
  athlete.bodyMassKg === null
    ? null
    : round(
        ((athlete.level === 'novice' ? config.aw1CautionPercentNovice : config.aw1CautionPercentOther) *
          athlete.bodyMassKg) /
          200,
        2
      )

const worstByWeek = (warnings: Warning[], weekStartsOn: number): Map<string, Warning[]> => {
  const m = new Map<string, Warning[]>()
  for (const w of warnings) {
    if (w.sessionId === null) continue
    const k = weekStartOf(w.date, weekStartsOn)
    m.set(k, [...(m.get(k) ?? []), w])
  }
  return m
}

interface SquadInput {
  athlete: Athlete
  /** The numbers the row shows from the athlete's sessions (db/squad.ts, SQL aggregates). */
  sums: SquadSums
  /** ACWR at today from the evaluation (the same EWMA as LD4), null while it may not be shown. */
  acwr: number | null
  warnings: Warning[]
  current: Warning[]
  stops: { ruleId: string }[]
  /** Stops that ended, oldest end first (rules' EndedStop). */
  ended: { ruleId: RuleId; endedOn: string; reason: 'settled' | 'cleared' }[]
  config: RulesConfig
  today: string
  weekStarts: string[]
}

/** The first day a squad row reads sessions from: its first triage week, or 28 days back if earlier. */
export const squadWindowStart = (today: string, weekStarts: readonly string[]): string => {
  const since28 = addDays(today, -27)
  return weekStarts[0] < since28 ? weekStarts[0] : since28
}

/**
 * The part of an evaluation a squad row reads, kept per athlete instead of the whole evaluation (a
 * squad of 200 would otherwise hold every warning of every athlete's history): the state warnings,
 * the stops, the session warnings and ended stops from the row's window (or the LD4 link window, if
 * longer) on, and the carry. Carried to a later day it still holds all the row reads then, since the
 * windows only move forward.
 */
export const squadPart = (
  e: Evaluation,
  today: string,
  weekStarts: readonly string[],
  config: RulesConfig
): Evaluation => {
  const linkFrom = addDays(today, -config.ld4LinkDays)
  const windowFrom = squadWindowStart(today, weekStarts)
  const since = linkFrom < windowFrom ? linkFrom : windowFrom
  return {
    warnings: e.warnings.filter((w) => w.sessionId === null || w.date >= since),
    stops: e.stops,
    ended: e.ended.filter((x) => x.endedOn >= since),
    // Its checkpoints serve only a resume, which starts from a whole evaluation, never from this part.
    carry: { ...e.carry, checkpoints: [] }
  }
}

/** One squad row: the row's SQL sums and its part of the evaluation in, the 12-week triage cells and today's numbers out. */
export const squadRow = ({
  athlete,
  sums,
  acwr,
  warnings,
  current,
  stops,
  ended,
  config,
  today,
  weekStarts
}: SquadInput): SquadRow => {
  const since7 = addDays(today, -6)
  const byWeek = worstByWeek(warnings, config.weekStartsOn)
  return {
    id: athlete.id,
    name: athlete.name,
    level: athlete.level,
    archivedAt: athlete.archivedAt,
    bodyMassKg: athlete.bodyMassKg,
    worstSeverity: worstSeverity(current),
    worstRule: worstWarning(current)?.ruleId ?? null,
    currentWarnings: {
      info: current.filter((w) => w.severity === 'info').length,
      caution: current.filter((w) => w.severity === 'caution').length,
      stop: current.filter((w) => w.severity === 'stop').length
    },
    lastSessionDate: sums.lastSessionDate,
    weightedRuns7d: sums.weightedRuns7d,
    weightedRuns28d: sums.weightedRuns28d,
    currentAnkleWeightKg: sums.ankleWeightKg,
    currentPercentBodyMass:
      sums.ankleWeightKg !== null && athlete.bodyMassKg
        ? totalPercentOfBodyMass(sums.ankleWeightKg, athlete.bodyMassKg)
        : null,
    weightedMinutesThisWeek: round(sums.weightedMinutesThisWeek, 2),
    acwr,
    painFlag:
      (sums.maxPain7d !== null && sums.maxPain7d > PAIN_FLAG_ABOVE) ||
      stops.some((s) => s.ruleId === 'PN1' || s.ruleId === 'PN2'),
    maxPain7d: sums.maxPain7d,
    stopsEnded7d: ended
      .filter((e) => e.endedOn >= since7 && e.endedOn <= today)
      .map(({ ruleId, endedOn, reason }) => ({ ruleId, endedOn, reason })),
    weeks: weekStarts.map((ws) => ({
      weekStart: ws,
      weightedRuns: sums.weeklyWeightedRuns.get(ws) ?? 0,
      worstSeverity: worstSeverity(byWeek.get(ws) ?? [])
    }))
  }
}

interface AthleteInput {
  series: SeriesRepo
  athlete: Athlete
  /** The athlete's evaluated warnings (for each weight point's worst warning). */
  warnings: Warning[]
  config: RulesConfig
  today: string
  range: ChartRange
  /** Longest series sent; longer ones are thinned with their peaks kept. */
  maxPoints?: number
}

/** Sessions with pain above this (during or next morning) count as painful in the summary. */
const PAINFUL_ABOVE = 2

/**
 * One athlete's chart series, aggregated by SQLite (src/main/db/series.ts): one row per week, per
 * day with a session, per weighted session and per session with a pain score. Series longer than
 * maxPoints are thinned (src/shared/downsample.ts) after the summary numbers are taken.
 */
export const athleteDashboard = ({
  series,
  athlete,
  warnings,
  config,
  today,
  range,
  maxPoints = SERIES_MAX_POINTS
}: AthleteInput): AthleteDashboard => {
  const ws = config.weekStartsOn
  const athleteId = athlete.id
  const thisWeek = weekStartOf(today, ws)
  const firstSession = series.firstSessionDate(athleteId, today)
  const from =
    range === 'all'
      ? weekStartOf(firstSession !== null && firstSession < today ? firstSession : today, ws)
      : addDays(thisWeek, -7 * (Number(range) - 1))

  // Weeks: SQL sums for weeks with sessions, every week of the range filled in; one extra week
  // before the range so the first week's distance change can be computed.
  const before = addDays(from, -7)
  const sums = new Map(series.weekly({ athleteId, from: before, to: today }, ws).map((w) => [w.weekStart, w]))
  const weekly: AthleteDashboard['weekly'] = []
  let previousKm = round(sums.get(before)?.distanceKm ?? 0, 2)
  const last = dayNumber(today)
  for (let n = dayNumber(from); n <= last; n += 7) {
    const w = isoFromDayNumber(n)
    const s = sums.get(w)
    const distanceKm = round(s?.distanceKm ?? 0, 2)
    weekly.push({
      weekStart: w,
      weightedRuns: s?.weightedRuns ?? 0,
      unweightedRuns: s?.unweightedRuns ?? 0,
      hillSprints: s?.hillSprints ?? 0,
      intervals: s?.intervals ?? 0,
      incline: s?.incline ?? 0,
      weightedMinutes: round(s?.weightedMinutes ?? 0, 2),
      exposureKgMin: round(s?.exposureKgMin ?? 0, 2),
      distanceKm,
      distanceChangePercent: previousKm > 0 ? round((distanceKm / previousKm - 1) * 100, 1) : null,
      load: round(s?.load ?? 0, 2)
    })
    previousKm = distanceKm
  }

  const worstOf = new Map<string, Warning[]>()
  for (const w of warnings) if (w.sessionId) worstOf.set(w.sessionId, [...(worstOf.get(w.sessionId) ?? []), w])
  const weights = series.weights({ athleteId, from, to: today }).map((s) => ({
    date: s.date,
    sessionId: String(s.id),
    kg: s.kg,
    percentBodyMass: athlete.bodyMassKg ? totalPercentOfBodyMass(s.kg, athlete.bodyMassKg) : null,
    weightedMin: s.weightedMin,
    severity: worstSeverity(worstOf.get(String(s.id)) ?? [])
  }))

  // ACWR runs from the first session: its daily loads come summed per day from SQL (one row per day
  // with a session), handed to the shared EWMA as one session of that load (RPE 1 x load minutes).
  const acwr = ewmaAcwr(
    series
      .dailyLoad({ athleteId, from: '0000-01-01', to: today })
      .map((d) => ({ date: d.date, rpe: 1, durationMin: d.load })),
    today,
    {
      acuteDays: config.ld4AcuteDays,
      chronicDays: config.ld4ChronicDays,
      seedDays: config.ld4SeedDays,
      minHistoryDays: config.ld4MinHistoryDays
    }
  )
  const acwrByDay = new Map(acwr.points.map((p) => [p.date, p]))
  const daily: AthleteDashboard['daily'] = []
  for (let n = dayNumber(from); n <= last; n++) {
    const d = isoFromDayNumber(n)
    const p = acwrByDay.get(d)
    daily.push({ date: d, load: p?.load ?? 0, acwr: p?.shown ? p.acwr : null })
  }
  const pain = series.pain({ athleteId, from, to: today }).map((s) => ({
    date: s.date,
    sessionId: String(s.id),
    pain: s.pain,
    painNextMorning: s.painNextMorning
  }))

  const lastWeight = weights.at(-1)
  const thisWeekRow = weekly.at(-1)!
  const lastFull = weekly.length > 1 ? weekly[weekly.length - 2] : null
  const lastAcwr = acwr.points.at(-1)
  const painful = pain.filter((p) => (p.pain ?? 0) > PAINFUL_ABOVE || (p.painNextMorning ?? 0) > PAINFUL_ABOVE)

  const severityValue = (p: { severity: Severity | null }) => (p.severity ? severityRank[p.severity] : 0)
  return {
    from,
    to: today,
    weekStartsOn: ws,
    weekly: downsample(weekly, maxPoints, [
      { value: (w) => w.weightedRuns + w.unweightedRuns, keep: 'max' },
      { value: (w) => w.distanceKm, keep: 'max' },
      { value: (w) => w.weightedMinutes, keep: 'max' },
      { value: (w) => w.exposureKgMin, keep: 'max' }
    ]),
    weeklyWeightedLimit: weeklyWeightedLimit(config),
    weights: downsample(weights, maxPoints, [
      { value: (p) => p.kg, keep: 'both' },
      { value: severityValue, keep: 'max' }
    ]),
    aw1CautionKg: aw1CautionKg(athlete, config),
    aw2CautionKg: config.aw2CautionKg,
    aw2StopKg: config.aw2StopKg,
    daily: downsample(daily, maxPoints, [
      { value: (d) => d.load, keep: 'max' },
      { value: (d) => d.acwr, keep: 'both' }
    ]),
    acwrShownFrom: acwr.shownFrom,
    pain: downsample(pain, maxPoints, [
      { value: (p) => p.pain, keep: 'max' },
      { value: (p) => p.painNextMorning, keep: 'max' }
    ]),
    pointsBefore: { weekly: weekly.length, daily: daily.length, weights: weights.length, pain: pain.length },
    facts: {
      weightedRuns7d: series.weightedRuns({ athleteId, from: addDays(today, -6), to: today }),
      acwrToday: lastAcwr?.shown && lastAcwr.acwr !== null ? lastAcwr.acwr : null,
      latestWeight: lastWeight
        ? { date: lastWeight.date, kg: lastWeight.kg, percentBodyMass: lastWeight.percentBodyMass }
        : null,
      thisWeek: {
        weightedMinutes: thisWeekRow.weightedMinutes,
        exposureKgMin: thisWeekRow.exposureKgMin,
        distanceKm: thisWeekRow.distanceKm
      },
      lastFullWeek: lastFull
        ? { distanceKm: lastFull.distanceKm, distanceChangePercent: lastFull.distanceChangePercent }
        : null,
      painSessions: pain.length,
      painfulSessions: painful.length,
      latestPainful: painful.at(-1)?.date ?? null
    }
  }
}
