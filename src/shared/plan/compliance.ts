// Plan vs done: each planned session is matched to one logged session on the same day and of the
// same type family; weekly compliance counts only the planned sessions that are already due.
import { dayNumber, isoFromDayNumber, weekStartDayNumber } from '../calendar'
import type { SessionTypeName } from '../domain'

export type TypeFamily = 'easy' | 'hard' | 'cross'

/** Easy family: easy, long and incline runs; hard: tempo, intervals, hill sprints, races; cross-training alone. */
export function typeFamily(type: SessionTypeName): TypeFamily {
  if (type === 'cross') return 'cross'
  if (type === 'tempo' || type === 'interval' || type === 'hill_sprint' || type === 'race') return 'hard'
  return 'easy'
}

export interface ComplianceWeek {
  week: number
  weekStart: string
  planned: number
  /** Planned sessions dated today or earlier. */
  due: number
  done: number
  /** done / due x 100, rounded; null when nothing is due yet. */
  percent: number | null
}

export interface PlanCompliance {
  /** Planned session id -> the logged session id that fulfils it (null when none). */
  matches: Record<number, number | null>
  weeks: ComplianceWeek[]
  due: number
  done: number
  percent: number | null
}

interface Dated {
  id: number
  date: string
  type: SessionTypeName
}

export function planCompliance(
  planned: readonly Dated[],
  logged: readonly Dated[],
  today: string,
  weekStarts: readonly string[]
): PlanCompliance {
  const used = new Set<number>()
  const matches: Record<number, number | null> = {}
  const byDay = new Map<string, Dated[]>()
  for (const s of [...logged].sort((a, b) => a.id - b.id)) {
    const list = byDay.get(s.date) ?? []
    list.push(s)
    byDay.set(s.date, list)
  }
  const sorted = [...planned].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
  for (const p of sorted) {
    const match = (byDay.get(p.date) ?? []).find((s) => !used.has(s.id) && typeFamily(s.type) === typeFamily(p.type))
    matches[p.id] = match ? match.id : null
    if (match) used.add(match.id)
  }
  const first = weekStarts.length ? dayNumber(weekStarts[0]) : 0
  const weeks: ComplianceWeek[] = weekStarts.map((weekStart, i) => ({
    week: i + 1,
    weekStart,
    planned: 0,
    due: 0,
    done: 0,
    percent: null
  }))
  for (const p of sorted) {
    const i = Math.floor((dayNumber(p.date) - first) / 7)
    const row = weeks[i]
    if (!row) continue
    row.planned++
    if (p.date <= today) row.due++
    if (matches[p.id] !== null) row.done++
  }
  let due = 0
  let done = 0
  for (const w of weeks) {
    w.percent = w.due > 0 ? Math.round((Math.min(w.done, w.due) / w.due) * 100) : null
    due += w.due
    done += Math.min(w.done, w.due)
  }
  return { matches, weeks, due, done, percent: due > 0 ? Math.round((done / due) * 100) : null }
}

/** The week starts of a plan, for callers that hold only its start and length. */
export function weekStartsOf(startDate: string, weeks: number, weekStartsOn: number): string[] {
  const first = weekStartDayNumber(dayNumber(startDate), weekStartsOn)
  return Array.from({ length: weeks }, (_, i) => isoFromDayNumber(first + 7 * i))
}
