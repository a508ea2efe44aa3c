// Builds the dashboard's series in one pass over an athlete's sessions and warnings, so charts,
// the squad view and (later) PDFs read the same numbers.
import { addDays, weekStartOf } from '../shared/calendar'
import { formatDay } from '../shared/dayFormat'
import type { Athlete, Session } from '../shared/domain'
import type { AthleteDashboard, ChartRange, SquadRow } from '../shared/contract/dashboard'
import { ewmaAcwr, weeklyAggregates } from '../shared/load'
import { worstSeverity, worstWarning, type RuleId, type RulesConfig, type Warning } from '../shared/rules'
import {
  formatDistance,
  formatMass,
  massToDisplay,
  round,
  totalPercentOfBodyMass,
  type DistanceUnit,
  type MassUnit
} from '../shared/units'

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
  sessions: Session[]
  warnings: Warning[]
  current: Warning[]
  stops: { ruleId: string }[]
  /** Stops that ended, oldest end first (rules' EndedStop). */
  ended: { ruleId: RuleId; endedOn: string; reason: 'settled' | 'cleared' }[]
  config: RulesConfig
  today: string
  weekStarts: string[]
}

/** One squad row: ascending sessions in, the 12-week triage cells and today's numbers out. */
export const squadRow = ({
  athlete,
  sessions,
  warnings,
  current,
  stops,
  ended,
  config,
  today,
  weekStarts
}: SquadInput): SquadRow => {
  const since7 = addDays(today, -6)
  const since28 = addDays(today, -27)
  const weekStart = weekStartOf(today, config.weekStartsOn)
  const runs = sessions.filter((s) => s.type !== 'cross' && s.date <= today)
  const weighted = sessions.filter((s) => s.ankleWeightKg > 0 && s.date <= today)
  const latestWeighted = weighted.length ? weighted[weighted.length - 1] : null
  const recent = sessions.filter((s) => s.date >= since7 && s.date <= today)
  const pains = recent.flatMap((s) => [s.pain, s.painNextMorning]).filter((p): p is number => p !== null)
  const maxPain7d = pains.length ? Math.max(...pains) : null
  const acwr = ewmaAcwr(
    sessions.filter((s) => s.date <= today),
    today,
    {
      acuteDays: config.ld4AcuteDays,
      chronicDays: config.ld4ChronicDays,
      seedDays: config.ld4SeedDays,
      minHistoryDays: config.ld4MinHistoryDays
    }
  ).points.at(-1)
  const byWeek = worstByWeek(warnings, config.weekStartsOn)
  const weeklyCounts = weeklyAggregates(runs, { weekStartsOn: config.weekStartsOn, from: weekStarts[0], to: today })
  const countOf = new Map(weeklyCounts.map((w) => [w.weekStart, w.weightedRuns]))
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
    lastSessionDate: sessions.filter((s) => s.date <= today).at(-1)?.date ?? null,
    weightedRuns7d: runs.filter((s) => s.ankleWeightKg > 0 && s.date >= since7).length,
    weightedRuns28d: runs.filter((s) => s.ankleWeightKg > 0 && s.date >= since28).length,
    currentAnkleWeightKg: latestWeighted?.ankleWeightKg ?? null,
    currentPercentBodyMass:
      latestWeighted && athlete.bodyMassKg
        ? totalPercentOfBodyMass(latestWeighted.ankleWeightKg, athlete.bodyMassKg)
        : null,
    weightedMinutesThisWeek: round(
      weighted.filter((s) => s.date >= weekStart).reduce((t, s) => t + s.weightedMin, 0),
      2
    ),
    acwr: acwr?.shown ? acwr.acwr : null,
    painFlag:
      (maxPain7d !== null && maxPain7d > PAIN_FLAG_ABOVE) ||
      stops.some((s) => s.ruleId === 'PN1' || s.ruleId === 'PN2'),
    maxPain7d,
    stopsEnded7d: ended
      .filter((e) => e.endedOn >= since7 && e.endedOn <= today)
      .map(({ ruleId, endedOn, reason }) => ({ ruleId, endedOn, reason })),
    weeks: weekStarts.map((ws) => ({
      weekStart: ws,
      weightedRuns: countOf.get(ws) ?? 0,
      worstSeverity: worstSeverity(byWeek.get(ws) ?? [])
    }))
  }
}

interface AthleteInput {
  athlete: Athlete
  /** Ascending by date. */
  sessions: Session[]
  warnings: Warning[]
  config: RulesConfig
  today: string
  range: ChartRange
  units: { mass: MassUnit; distance: DistanceUnit }
}

/** "Tue 24 Nov" for summaries. */
const shortDay = (iso: string): string => formatDay(iso, false)

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export const athleteDashboard = ({
  athlete,
  sessions,
  warnings,
  config,
  today,
  range,
  units
}: AthleteInput): AthleteDashboard => {
  const ws = config.weekStartsOn
  const thisWeek = weekStartOf(today, ws)
  const firstSession = sessions[0]?.date ?? today
  const from =
    range === 'all'
      ? weekStartOf(firstSession < today ? firstSession : today, ws)
      : addDays(thisWeek, -7 * (Number(range) - 1))
  // One extra week before the range so the first week's distance change can be computed.
  const weeklyAll = weeklyAggregates(sessions, { weekStartsOn: ws, from: addDays(from, -7), to: today })
  const weekly = weeklyAll.slice(1).map((w, i) => {
    const before = weeklyAll[i].distanceKm
    return {
      weekStart: w.weekStart,
      weightedRuns: w.weightedRuns,
      unweightedRuns: w.unweightedRuns,
      hillSprints: w.hillSprints,
      intervals: w.intervals,
      incline: w.incline,
      weightedMinutes: w.weightedMinutes,
      exposureKgMin: w.exposureKgMin,
      distanceKm: w.distanceKm,
      distanceChangePercent: before > 0 ? round((w.distanceKm / before - 1) * 100, 1) : null,
      load: w.load
    }
  })
  const inRange = sessions.filter((s) => s.date >= from && s.date <= today)
  const bySession = new Map<string, Warning[]>()
  for (const w of warnings) if (w.sessionId) bySession.set(w.sessionId, [...(bySession.get(w.sessionId) ?? []), w])
  const weights = inRange
    .filter((s) => s.ankleWeightKg > 0)
    .map((s) => ({
      date: s.date,
      sessionId: String(s.id),
      kg: s.ankleWeightKg,
      percentBodyMass: athlete.bodyMassKg ? totalPercentOfBodyMass(s.ankleWeightKg, athlete.bodyMassKg) : null,
      weightedMin: s.weightedMin,
      severity: worstSeverity(bySession.get(String(s.id)) ?? [])
    }))
  const acwr = ewmaAcwr(
    sessions.filter((s) => s.date <= today),
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
  for (let d = from; d <= today; d = addDays(d, 1)) {
    const p = acwrByDay.get(d)
    daily.push({ date: d, load: p?.load ?? 0, acwr: p?.shown ? p.acwr : null })
  }
  const pain = inRange
    .filter((s) => s.pain !== null || s.painNextMorning !== null)
    .map((s) => ({ date: s.date, sessionId: String(s.id), pain: s.pain, painNextMorning: s.painNextMorning }))

  // One-line summaries in the coach's words and units.
  const limit = weeklyWeightedLimit(config)
  const since7 = addDays(today, -6)
  const weighted7 = sessions.filter(
    (s) => s.ankleWeightKg > 0 && s.type !== 'cross' && s.date >= since7 && s.date <= today
  ).length
  const lastW = weights.at(-1)
  const aw1Kg = aw1CautionKg(athlete, config)
  const thisWeekRow = weekly.at(-1)
  const lastAcwr = acwr.points.at(-1)
  const painful = pain.filter((p) => (p.pain ?? 0) > 2 || (p.painNextMorning ?? 0) > 2)
  const fullWeeks = weekly.slice(0, -1)
  const lastFull = fullWeeks.at(-1)

  return {
    from,
    to: today,
    weekStartsOn: ws,
    weekly,
    weeklyWeightedLimit: limit,
    weights,
    aw1CautionKg: aw1Kg,
    aw2CautionKg: config.aw2CautionKg,
    aw2StopKg: config.aw2StopKg,
    daily,
    acwrShownFrom: acwr.shownFrom,
    pain,
    summaries: {
      frequency: `${plural(weighted7, 'weighted run')} in the last 7 days; limit ${limit}.`,
      weights: lastW
        ? `Latest ${formatMass(lastW.kg, units.mass)} per ankle on ${shortDay(lastW.date)}${lastW.percentBodyMass !== null ? ` (${lastW.percentBodyMass}% of body mass)` : ''}; caution from ${aw1Kg !== null ? formatMass(Math.min(aw1Kg, config.aw2CautionKg), units.mass) : formatMass(config.aw2CautionKg, units.mass)}.`
        : 'No weighted sessions in this period.',
      timeUnderLoad: thisWeekRow
        ? `${thisWeekRow.weightedMinutes} weighted minutes this week; exposure ${massToDisplay(thisWeekRow.exposureKgMin, units.mass)} ${units.mass}·min.`
        : 'No weeks in this period.',
      load:
        lastAcwr?.shown && lastAcwr.acwr !== null
          ? `ACWR ${lastAcwr.acwr} today (EWMA 7/28 days): a contested measure, read it with care.`
          : `ACWR is hidden until there are 28 days of data${acwr.shownFrom ? ` (from ${shortDay(acwr.shownFrom)})` : ''}.`,
      pain:
        pain.length === 0
          ? 'No pain logged in this period.'
          : painful.length === 0
            ? `Pain logged in ${plural(pain.length, 'session')}; none above 2.`
            : `Pain above 2 in ${plural(painful.length, 'session')}; latest on ${shortDay(painful.at(-1)!.date)}.`,
      distance: lastFull
        ? `Last full week ${formatDistance(lastFull.distanceKm, units.distance)}${lastFull.distanceChangePercent !== null ? ` (${lastFull.distanceChangePercent >= 0 ? '+' : ''}${lastFull.distanceChangePercent}% on the week before)` : ''}; this week so far ${formatDistance(thisWeekRow?.distanceKm ?? 0, units.distance)}.`
        : `This week so far ${formatDistance(thisWeekRow?.distanceKm ?? 0, units.distance)}.`
    }
  }
}
