// Which weeks share a page. A week never splits across pages, and a page is planned (not left to
// overflow) so that every page showing a session the rules did not clear also carries the mark.
// Heights are estimates on the high side, in points, from the type sizes in theme.ts.
import { dayNumber } from '../../shared/calendar'
import type { PlannedSession } from '../../shared/plan'
import { contentHeight, contentWidth, type Paper } from './paper'
import { TYPE } from './theme'

type Marks = Readonly<Record<number, { ruleIds: readonly string[] }>>

/** DejaVu Sans averages about 0.55 em a character; 0.6 keeps the estimate on the high side. */
const EM_PER_CHAR = 0.6

/** Lines a paragraph takes at a width, wrapping whole words. */
export function wrapLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * EM_PER_CHAR)))
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = [...word].length
    if (used === 0) used = len
    else if (used + 1 + len <= perLine) used += 1 + len
    else {
      lines++
      used = len
    }
    while (used > perLine) {
      lines++
      used -= perLine
    }
  }
  return lines
}

export const lineHeight = (fontSize: number): number => fontSize * TYPE.leading

/** The week table's columns, in points; "What to do" takes the rest of the width. */
export const tableColumns = (p: Paper) => {
  const fixed = { day: 60, session: 60, time: 36, distance: 44, weights: 74 }
  const used = Object.values(fixed).reduce((a, b) => a + b, 0)
  return { ...fixed, what: contentWidth(p) - used }
}

export const CELL_PAD_X = 3
export const CELL_PAD_Y = 3.5
export const WEEK_HEAD = 28
export const TABLE_HEAD = 18
export const MARK_BANNER = 60
export const PAGE_TITLE = 26

export const weeksOf = (sessions: readonly PlannedSession[], weekStarts: readonly string[]): PlannedSession[][] => {
  const first = weekStarts.length ? dayNumber(weekStarts[0]) : 0
  const out: PlannedSession[][] = weekStarts.map(() => [])
  for (const s of sessions) {
    const w = Math.floor((dayNumber(s.date) - first) / 7)
    if (w >= 0 && w < out.length) out[w].push(s)
  }
  return out
}

/** Greedy packing of blocks onto pages: a block never splits; a marked block costs a banner on its page. */
function pack(
  heights: readonly number[],
  marked: readonly boolean[],
  room: (page: number) => number,
  cap = Infinity
): number[][] {
  const pages: number[][] = []
  let page: number[] = []
  let used = 0
  let hasMark = false
  heights.forEach((h, i) => {
    const banner = hasMark || marked[i] ? MARK_BANNER : 0
    if (page.length > 0 && (page.length >= cap || used + h + banner > room(pages.length))) {
      pages.push(page)
      page = []
      used = 0
      hasMark = false
    }
    page.push(i)
    used += h
    hasMark ||= marked[i]
  })
  if (page.length) pages.push(page)
  return pages
}

/** Height of one week's table; `lines(s)` gives the session's "What to do" paragraphs. */
export function weekTableHeight(
  p: Paper,
  week: readonly PlannedSession[],
  lines: (s: PlannedSession) => string[],
  marks: Marks
): number {
  const cols = tableColumns(p)
  const fs = TYPE.table
  const width = cols.what - 2 * CELL_PAD_X
  return (
    WEEK_HEAD +
    TABLE_HEAD +
    (week.length === 0
      ? 20
      : week.reduce((h, s) => {
          const m = marks[s.id]
          const n =
            lines(s).reduce((a, t) => a + wrapLines(t, width, fs), 0) +
            (m ? wrapLines(`Not cleared: caution (${m.ruleIds.join(', ')})`, width, fs) : 0)
          return h + 2 * CELL_PAD_Y + Math.max(3, n) * lineHeight(fs) + 1
        }, 0))
  )
}

/** The weeks whose table is taller than a sheet (they may continue on the next sheet). */
export function tallWeeks(
  p: Paper,
  byWeek: readonly PlannedSession[][],
  lines: (s: PlannedSession) => string[],
  marks: Marks = {}
): Set<number> {
  const room = contentHeight(p) - PAGE_TITLE - MARK_BANNER
  // 0.8: the estimate runs high, but a week that cannot wrap and is too tall leaves a blank sheet behind.
  return new Set(byWeek.flatMap((w, i) => (weekTableHeight(p, w, lines, marks) > 0.8 * room ? [i] : [])))
}

/** The weeks on each week-by-week page. */
export function tablePageWeeks(
  p: Paper,
  byWeek: readonly PlannedSession[][],
  lines: (s: PlannedSession) => string[],
  marks: Marks = {}
): number[][] {
  const heights = byWeek.map((w) => weekTableHeight(p, w, lines, marks))
  const marked = byWeek.map((w) => w.some((s) => marks[s.id] !== undefined))
  return pack(heights, marked, (page) => contentHeight(p) - (page === 0 ? PAGE_TITLE : 0))
}

export const LOG_ROW_MIN = 30
export const LOG_HEAD = 30
export const LOG_TABLE_HEAD = 24
/** The RPE and pain anchors printed at the foot of each log page. */
export const LOG_ANCHORS = 120

/** The log sheet's columns, in points; Notes takes the rest. */
export const logColumns = (p: Paper) => {
  const fixed = {
    day: 58,
    planned: 104,
    done: 30,
    minutes: 34,
    distance: 38,
    weighted: 40,
    rpe: 30,
    pain: 30,
    where: 50,
    morning: 48,
    form: 30
  }
  const used = Object.values(fixed).reduce((a, b) => a + b, 0)
  return { ...fixed, notes: contentWidth(p) - used }
}

/** Height of one week on a log page: its planned sessions plus one blank row for an extra run. */
export function logWeekHeight(
  p: Paper,
  week: readonly PlannedSession[],
  planned: (s: PlannedSession) => string,
  marks: Marks
): number {
  const width = logColumns(p).planned - 2 * CELL_PAD_X
  const rows = week.map((s) => {
    const m = marks[s.id]
    const n =
      wrapLines(planned(s), width, TYPE.table) +
      (m ? wrapLines(`Not cleared: caution (${m.ruleIds.join(', ')})`, width, TYPE.table) : 0)
    return Math.max(LOG_ROW_MIN, n * lineHeight(TYPE.table) + 2 * CELL_PAD_Y)
  })
  return LOG_HEAD + LOG_TABLE_HEAD + rows.reduce((a, b) => a + b, 0) + LOG_ROW_MIN
}

const logRoom = (p: Paper) => contentHeight(p) - PAGE_TITLE - LOG_ANCHORS

/**
 * The log pages whose weeks fit one sheet by the (high-side) estimate: they are laid out as one
 * sheet (react-pdf skips splitting them, a third of their layout work). A week too tall for one
 * sheet keeps its page free to continue on the next.
 */
export function logPagesFitting(
  p: Paper,
  pages: readonly number[][],
  byWeek: readonly PlannedSession[][],
  planned: (s: PlannedSession) => string,
  marks: Marks = {}
): boolean[] {
  return pages.map((weeks) => {
    const marked = weeks.some((i) => byWeek[i].some((s) => marks[s.id] !== undefined))
    const used = weeks.reduce((h, i) => h + logWeekHeight(p, byWeek[i], planned, marks), 0)
    return used + (marked ? MARK_BANNER : 0) <= logRoom(p)
  })
}

/** The weeks on each log page: two a page when they fit, else one. */
export function logPageWeeks(
  p: Paper,
  byWeek: readonly PlannedSession[][],
  planned: (s: PlannedSession) => string,
  marks: Marks = {}
): number[][] {
  const heights = byWeek.map((w) => logWeekHeight(p, w, planned, marks))
  const marked = byWeek.map((w) => w.some((s) => marks[s.id] !== undefined))
  return pack(heights, marked, () => logRoom(p), 2)
}
