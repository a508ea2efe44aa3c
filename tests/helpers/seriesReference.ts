// The athlete dashboard as series.ts computed it before issue 12 moved it to SQL: every session of
// the athlete read into JavaScript and bucketed with src/shared/load.ts. Kept here, unchanged but for
// returning the summaries' numbers instead of their sentences, as the reference the SQL series are
// compared with (tests/main/series-sql.test.ts).
import { addDays, weekStartOf } from '../../src/shared/calendar'
import type { Athlete, Session } from '../../src/shared/domain'
import type { ChartRange } from '../../src/shared/contract/dashboard'
import { ewmaAcwr, weeklyAggregates } from '../../src/shared/load'
import { worstSeverity, type RulesConfig, type Warning } from '../../src/shared/rules'
import { round, totalPercentOfBodyMass } from '../../src/shared/units'
import { aw1CautionKg, weeklyWeightedLimit } from '../../src/main/series'

interface AthleteInput {
  athlete: Athlete
  /** Ascending by date. */
  sessions: Session[]
  warnings: Warning[]
  config: RulesConfig
  today: string
  range: ChartRange
}

export const referenceDashboard = ({ athlete, sessions, warnings, config, today, range }: AthleteInput) => {
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
  const daily: { date: string; load: number; acwr: number | null }[] = []
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
    facts: {
      weightedRuns7d: weighted7,
      acwrToday: lastAcwr?.shown && lastAcwr.acwr !== null ? lastAcwr.acwr : null,
      latestWeight: lastW ? { date: lastW.date, kg: lastW.kg, percentBodyMass: lastW.percentBodyMass } : null,
      thisWeek: {
        weightedMinutes: thisWeekRow!.weightedMinutes,
        exposureKgMin: thisWeekRow!.exposureKgMin,
        distanceKm: thisWeekRow!.distanceKm
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
