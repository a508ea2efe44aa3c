// What a plan will do before it is published: weekly load, projected ACWR, weighted minutes and the
// weight ladder. The Plans page charts and the PDF's ladder chart both draw from these series.
import { addDays, dayNumber, isoFromDayNumber, weekStartDayNumber } from '../calendar'
import { ewmaAcwr, sessionLoad } from '../load'
import type { RuleSession } from '../rules'
import { round2 } from '../rules/numbers'
import type { PlannedDraft } from './schema'

export interface ForecastWeek {
  /** 1-based week of the plan. */
  week: number
  weekStart: string
  sessions: number
  weightedSessions: number
  /** Sum of target RPE x minutes (AU); a session without a target RPE counts 5, as in the rules. */
  load: number
  weightedMinutes: number
  /** Heaviest planned weight per ankle this week (0 when none). */
  maxKg: number
  /** EWMA ACWR at the week's last day over history plus plan; null while under 28 days of data. */
  acwr: number | null
  deload: boolean
}

export interface LadderPoint {
  week: number
  date: string
  kg: number
  weightedMin: number
  /** Total of both ankles as % of body mass; null without body mass. */
  totalPercent: number | null
}

export interface PlanForecast {
  weeks: ForecastWeek[]
  ladder: LadderPoint[]
}

export interface ForecastInput {
  startDate: string
  weeks: number
  weekStartsOn: number
  planned: Pick<PlannedDraft, 'date' | 'type' | 'durationMin' | 'ankleWeightKg' | 'weightedMin' | 'targetRpe'>[]
  /** Logged sessions before the plan: they seed the projected ACWR. */
  history: Pick<RuleSession, 'date' | 'durationMin' | 'rpe'>[]
  bodyMassKg: number | null
}

export function planWeekStarts(startDate: string, weeks: number, weekStartsOn: number): string[] {
  const first = weekStartDayNumber(dayNumber(startDate), weekStartsOn)
  return Array.from({ length: weeks }, (_, i) => isoFromDayNumber(first + 7 * i))
}

export function planForecast(input: ForecastInput): PlanForecast {
  const starts = planWeekStarts(input.startDate, input.weeks, input.weekStartsOn)
  const firstDay = dayNumber(starts[0])
  const weekOf = (date: string) => Math.floor((dayNumber(date) - firstDay) / 7)
  const before = input.history.filter((s) => s.date < input.startDate)
  const all = [...before, ...input.planned.map((p) => ({ date: p.date, durationMin: p.durationMin, rpe: p.targetRpe }))]
  const lastDay = addDays(starts[starts.length - 1], 6)
  const acwr = ewmaAcwr(all, lastDay)
  const acwrByDate = new Map(acwr.points.map((p) => [p.date, p]))

  const weeks: ForecastWeek[] = starts.map((weekStart, i) => {
    const point = acwrByDate.get(addDays(weekStart, 6))
    return {
      week: i + 1,
      weekStart,
      sessions: 0,
      weightedSessions: 0,
      load: 0,
      weightedMinutes: 0,
      maxKg: 0,
      acwr: point && point.shown ? point.acwr : null,
      deload: false
    }
  })
  const ladder: LadderPoint[] = []
  for (const p of [...input.planned].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const w = weekOf(p.date)
    if (w < 0 || w >= weeks.length) continue
    const row = weeks[w]
    row.sessions++
    row.load += sessionLoad({ rpe: p.targetRpe, durationMin: p.durationMin })
    if (p.ankleWeightKg > 0) {
      row.weightedSessions++
      row.weightedMinutes += p.weightedMin
      row.maxKg = Math.max(row.maxKg, p.ankleWeightKg)
      ladder.push({
        week: w + 1,
        date: p.date,
        kg: p.ankleWeightKg,
        weightedMin: p.weightedMin,
        totalPercent: input.bodyMassKg ? round2(((2 * p.ankleWeightKg) / input.bodyMassKg) * 100) : null
      })
    }
  }
  // A deload week: no weights in a week that sits between weighted weeks.
  const weighted = weeks.map((w) => w.weightedSessions > 0)
  weeks.forEach((w, i) => {
    w.load = round2(w.load)
    w.weightedMinutes = round2(w.weightedMinutes)
    w.deload = !weighted[i] && weighted.slice(0, i).some(Boolean) && w.sessions > 0
  })
  return { weeks, ladder }
}

/** The weight axis both ladder charts (Plans page, PDF) use: from 0, in steps of 0.25 kg or 0.5 lb. */
export function ladderAxis(displayValues: readonly number[], unit: 'kg' | 'lb'): { max: number; ticks: number[] } {
  const step = unit === 'kg' ? 0.25 : 0.5
  const max = Math.max(step * 2, Math.ceil((Math.max(0, ...displayValues) * 1.2) / step) * step)
  let tickStep = step
  while (max / tickStep > 5) tickStep *= 2
  const ticks: number[] = []
  for (let t = 0; t <= max + 1e-9; t += tickStep) ticks.push(Number(t.toFixed(2)))
  return { max, ticks }
}
