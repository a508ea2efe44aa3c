// When an imported row is the same session as one already logged (or another row of the same
// import). The rule, as the README states it, for one athlete:
//   - the same activity id (a watch file's or app's own id), or
//   - both have start times and their time ranges overlap by more than half of the shorter one, or
//   - one has no start time (logged by hand): the same day, and duration and distance within 10%.
// Start proximity alone is not enough: a walk that starts a minute before a run and ends before it
// is a different session, and a 4-second transition is not a 113-minute run.
import { dayNumber, minutesOfDay } from '../../shared/calendar'
import type { SessionTypeName } from '../../shared/domain'

export interface Comparable {
  date: string
  startTime: string | null
  durationMin: number
  /** Elapsed minutes including pauses, when known: the time range ends there. */
  elapsedMin?: number | null
  distanceKm: number | null
  externalId: string | null
}

/** What a duplicate row matches, for the coach to compare. */
export interface DuplicateMatch {
  /** The saved session (replaceable), or null when it is another row of this import. */
  sessionId: number | null
  /** 'manual' (logged by hand), 'import' (imported earlier) or 'this import'. */
  source: 'manual' | 'import' | 'this import'
  /** For a row of this import: its file and label. */
  file: string
  date: string
  startTime: string | null
  type: SessionTypeName
  durationMin: number
  distanceKm: number | null
  rule: 'same activity id' | 'overlapping times' | 'same day, duration and distance'
}

const within10 = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(a, b)

const range = (s: Comparable): [number, number] | null => {
  const minute = minutesOfDay(s.startTime)
  if (minute === null) return null
  const start = dayNumber(s.date) * 1440 + minute
  return [start, start + Math.max(s.durationMin, s.elapsedMin ?? 0)]
}

/** Why `a` and `b` are the same session (and how strongly: larger is a closer match), or null. */
export const sameSession = (
  a: Comparable,
  b: Comparable
): { rule: DuplicateMatch['rule']; strength: number } | null => {
  if (a.externalId && a.externalId === b.externalId) return { rule: 'same activity id', strength: Infinity }
  const ra = range(a)
  const rb = range(b)
  if (ra && rb) {
    const overlap = Math.min(ra[1], rb[1]) - Math.max(ra[0], rb[0])
    const shorter = Math.min(ra[1] - ra[0], rb[1] - rb[0])
    return overlap > shorter / 2
      ? { rule: 'overlapping times', strength: overlap / Math.max(ra[1] - ra[0], rb[1] - rb[0]) }
      : null
  }
  if (a.date !== b.date || !within10(a.durationMin, b.durationMin)) return null
  if (a.distanceKm !== null && b.distanceKm !== null && !within10(a.distanceKm, b.distanceKm)) return null
  return {
    rule: 'same day, duration and distance',
    strength: 1 - Math.abs(a.durationMin - b.durationMin) / Math.max(a.durationMin, b.durationMin)
  }
}

export type Candidate = Comparable & Omit<DuplicateMatch, 'rule'>

/** Sessions to compare with, grouped by day (a session can overlap into the next day). */
export class DuplicateIndex {
  private byDay = new Map<number, Candidate[]>()

  add(c: Candidate): void {
    const day = dayNumber(c.date)
    const list = this.byDay.get(day) ?? []
    list.push(c)
    this.byDay.set(day, list)
    if (c.externalId) {
      const ids = this.byId.get(c.externalId) ?? []
      ids.push(c)
      this.byId.set(c.externalId, ids)
    }
  }

  private byId = new Map<string, Candidate[]>()

  /** The closest match of `d`, or null when it is a new session. */
  match(d: Comparable): DuplicateMatch | null {
    const day = dayNumber(d.date)
    const near = [
      ...(d.externalId ? (this.byId.get(d.externalId) ?? []) : []),
      ...[day - 1, day, day + 1].flatMap((k) => this.byDay.get(k) ?? [])
    ]
    let best: { c: Candidate; rule: DuplicateMatch['rule']; strength: number } | null = null
    for (const c of near) {
      const same = sameSession(d, c)
      if (same && (!best || same.strength > best.strength)) best = { c, ...same }
    }
    if (!best) return null
    const { c, rule } = best
    return {
      sessionId: c.sessionId,
      source: c.source,
      file: c.file,
      date: c.date,
      startTime: c.startTime,
      type: c.type,
      durationMin: c.durationMin,
      distanceKm: c.distanceKm,
      rule
    }
  }
}

/** The reason a preview row shows, in words. */
export const duplicateReason = (m: DuplicateMatch): string => {
  const what =
    m.source === 'this import'
      ? `${m.file} in this import`
      : `a session ${m.source === 'manual' ? 'logged by hand' : 'imported earlier'} on ${m.date}${m.startTime ? ` at ${m.startTime}` : ''}`
  const why =
    m.rule === 'same activity id'
      ? 'is the same activity'
      : m.rule === 'overlapping times'
        ? 'overlaps it by more than half'
        : 'has the same day, duration and distance (within 10%)'
  return `${what} ${why}`
}
