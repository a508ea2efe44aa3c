// RULES.md ordering: by date; on one day, sessions with a start time first in time order, then the
// rest; ties by id compared as plain strings (not locale-aware, so the order is the same everywhere).
import { minutesOfDay } from '../calendar'

export interface OrderableSession {
  id: string
  date: string
  startTime?: string | null
}

function plainCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareSessions(a: OrderableSession, b: OrderableSession): number {
  // ISO days compare correctly as strings.
  const byDate = plainCompare(a.date, b.date)
  if (byDate !== 0) return byDate
  const ta = minutesOfDay(a.startTime)
  const tb = minutesOfDay(b.startTime)
  if (ta !== null && tb === null) return -1
  if (ta === null && tb !== null) return 1
  if (ta !== null && tb !== null && ta !== tb) return ta - tb
  return plainCompare(a.id, b.id)
}

/** A sorted copy; the input is left untouched. */
export function sortSessions<T extends OrderableSession>(sessions: readonly T[]): T[] {
  return [...sessions].sort(compareSessions)
}
