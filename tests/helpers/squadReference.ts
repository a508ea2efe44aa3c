// A squad row's session numbers as series.ts computed them before the squad moved them to SQL
// (db/squad.ts): the row's window of sessions read into JavaScript and counted there, and the two
// lookups over the whole history. Kept as the reference the SQL sums are compared with
// (tests/main/squad-sql.test.ts).
import { addDays, weekStartOf } from '../../src/shared/calendar'
import type { Session } from '../../src/shared/domain'
import { weeklyAggregates } from '../../src/shared/load'
import { round } from '../../src/shared/units'

/** `sessions`: all of the athlete's sessions, in any order. */
export const referenceSquadSums = (
  sessions: readonly Session[],
  today: string,
  weekStarts: readonly string[],
  weekStartsOn: number
) => {
  const since7 = addDays(today, -6)
  const since28 = addDays(today, -27)
  const windowFrom = weekStarts[0] < since28 ? weekStarts[0] : since28
  const upToToday = sessions.filter((s) => s.date <= today)
  const window = upToToday.filter((s) => s.date >= windowFrom).sort((a, b) => (a.date < b.date ? -1 : 1))
  const weekStart = weekStartOf(today, weekStartsOn)
  const runs = window.filter((s) => s.type !== 'cross')
  const weighted = window.filter((s) => s.ankleWeightKg > 0)
  const pains = window
    .filter((s) => s.date >= since7)
    .flatMap((s) => [s.pain, s.painNextMorning])
    .filter((p): p is number => p !== null)
  const counts = new Map(
    weeklyAggregates(runs, { weekStartsOn, from: weekStarts[0], to: today }).map((w) => [w.weekStart, w.weightedRuns])
  )
  // The session log's order, newest first: date, then a start time before none, later times first, then id.
  const newestFirst = [...upToToday].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      Number(a.startTime === null) - Number(b.startTime === null) ||
      (b.startTime ?? '').localeCompare(a.startTime ?? '') ||
      b.id - a.id
  )
  return {
    lastSessionDate: newestFirst[0]?.date ?? null,
    ankleWeightKg: newestFirst.find((s) => s.ankleWeightKg > 0)?.ankleWeightKg ?? null,
    weightedRuns7d: runs.filter((s) => s.ankleWeightKg > 0 && s.date >= since7).length,
    weightedRuns28d: runs.filter((s) => s.ankleWeightKg > 0 && s.date >= since28).length,
    weightedMinutesThisWeek: round(
      weighted.filter((s) => s.date >= weekStart).reduce((t, s) => t + s.weightedMin, 0),
      2
    ),
    maxPain7d: pains.length ? Math.max(...pains) : null,
    weeks: weekStarts.map((ws) => counts.get(ws) ?? 0)
  }
}
