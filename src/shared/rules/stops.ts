// Stops in force, clearances, PN1/PN2 self-ending, the stops that ended, PN3 (a hard session during a
// pain stop) and ST1 (a weighted session while a stop is in force).
//
// Stops of one rule form an "episode": a stop that arrives while an earlier stop of the same rule is
// still in force joins it. That is exact, not a shortcut: clearances end a rule's stops dated on or
// before clearedOn, so the newest stop is cleared last; and the newest pain stop always breaks the
// settled row of older ones (its own pain is above the settled level), so it settles last.
import { dayNumber, isIsoDay, isoFromDayNumber } from '../calendar'
import { stateWarning, emit, type RuleContext } from './context'
import { pn1StopSuggestion, ruleSuggestions, ruleTitles } from './text'
import type { Clearance, RuleId, RuleSession, Warning } from './types'
import { dayText } from '../text/tokens'

/** A session named by a stop: enough to write about it without the session list. */
interface SessionRef {
  id: string
  date: string
  day: number
}

interface Episode {
  ruleId: RuleId
  /** The latest session that stopped under this rule in this episode. */
  latest: SessionRef
  /** Day of the episode's first stop: a clearance on or after it ends the episode. */
  stopDay: number
  /** First day from which a clearance ends the episode (Infinity when none applies). */
  clearedFrom: number
  /** PN1/PN2: ids of the settled sessions in a row since the latest stop. */
  settledRow: string[]
  /** PN1/PN2: the day of the session that completed the settled row, or -1. */
  settledDay: number
}

export interface StopInForce {
  ruleId: RuleId
  /** The latest session that stopped under this rule. */
  sessionId: string
  date: string
}

/**
 * A stop that ended on or before asOf, for the coach to see as an event:
 * - ruleId, sessionId, date: the latest session that stopped under the rule (as in StopInForce);
 * - endedOn (YYYY-MM-DD): the day of the session that completed the settled row ('settled'), or the
 *   clearance's clearedOn ('cleared');
 * - settledBy: with 'settled', the ids of the settled sessions in the row (2 by default), in order.
 * An ST1 stop ends with the last stop it names (taking that stop's reason), or when ST1 is cleared.
 */
export interface EndedStop {
  ruleId: RuleId
  sessionId: string
  date: string
  endedOn: string
  reason: 'settled' | 'cleared'
  settledBy?: string[]
}

const PAIN_STOPS: readonly RuleId[] = ['PN1', 'PN2']
const SELF_ENDING: ReadonlySet<RuleId> = new Set<RuleId>(PAIN_STOPS)

function inForce(e: Episode, dayNo: number): boolean {
  return e.settledDay < 0 && dayNo < e.clearedFrom
}

/**
 * RULES.md: settled = pain during logged and <= max, and next-morning pain (if logged) <= max. A session
 * with neither value logged is skipped; one without pain during never counts as settled: it breaks the
 * row when its next-morning pain is above max and is skipped otherwise.
 */
function painStatus(s: RuleSession, max: number): 'skip' | 'settled' | 'break' {
  const nmAbove = s.painNextMorning !== null && s.painNextMorning > max
  if (s.pain === null) return nmAbove ? 'break' : 'skip'
  return s.pain <= max && !nmAbove ? 'settled' : 'break'
}

/** Clearance days per rule, sorted; clearances after asOf (or with a malformed date) are ignored. */
function clearanceDays(clearances: readonly Clearance[], asOfDay: number): Map<RuleId, number[]> {
  const byRule = new Map<RuleId, number[]>()
  for (const c of clearances) {
    if (!isIsoDay(c.clearedOn)) continue
    const d = dayNumber(c.clearedOn)
    if (d > asOfDay) continue
    const list = byRule.get(c.ruleId) ?? []
    list.push(d)
    byRule.set(c.ruleId, list)
  }
  for (const list of byRule.values()) list.sort((a, b) => a - b)
  return byRule
}

function firstClearanceOnOrAfter(days: number[] | undefined, stopDay: number): number {
  if (days) for (const d of days) if (d >= stopDay) return d
  return Infinity
}

/** ST1 stops that name the same episodes: for each named episode, the latest ST1 naming it and when a clearance of ST1 ends it. */
interface St1Group {
  entries: Map<Episode, St1Entry>
  /** Counts the group's ST1 sessions: an entry's seq orders it (a later ST1 has a higher one). */
  seq: number
}

interface St1Entry {
  latest: SessionRef
  clearedFrom: number
  seq: number
}

/**
 * The walker's state at a checkpoint day (checkpoint.ts), as plain data: the episodes whose end may
 * still change from that day on (at most one per rule: an older one ended when the newer began),
 * listed as the walk lists them, then the episodes only ST1's open group names (they ended before the
 * day, but the group's end is the latest of its entries). Clearance days are not kept: they are
 * worked out again from the clearances of the evaluation that resumes.
 */
export interface StopsState {
  episodes: {
    ruleId: RuleId
    latest: SessionRef
    stopDay: number
    settledRow: string[]
    settledDay: number
    listed: boolean
  }[]
  /** The one ST1 group that may still change: entries as [index in episodes, latest ST1 session, its seq]. */
  st1: [number, SessionRef, number][] | null
  /** The date of the last session before the day when it had a PN1 caution (ST1 checks the next one), else null. */
  pn1CautionOn: string | null
  /** The rules that have had a stop, in the order the walk first met them (it names stops in force in that order). */
  order: RuleId[]
}

const EMPTY_STOPS: StopsState = { episodes: [], st1: null, pn1CautionOn: null, order: [] }

interface EndInfo {
  day: number
  reason: 'settled' | 'cleared'
  settledBy?: string[]
}

/**
 * Walks the sessions in order after the other session rules have run: adds PN3 and ST1 warnings to
 * ctx.out, and returns the stops in force at asOf with their state warnings, and the stops that ended.
 * A resumed evaluation walks from ctx.stateStart with the state of ctx.resume; its `ended` then holds
 * only the stops whose end is on or after the checkpoint's day (the caller keeps the earlier ones).
 */
export function stopRules(
  ctx: RuleContext,
  clearances: readonly Clearance[]
): { stops: StopInForce[]; ended: EndedStop[]; warnings: Warning[] } {
  const { sessions, config: c, day, weighted, hard, out, boundaries, snaps } = ctx
  const asOfDay = ctx.asOfDay
  const cleared = clearanceDays(clearances, asOfDay)
  const episodes = new Map<RuleId, Episode>() // the current episode per rule
  const allEpisodes: Episode[] = []
  const st1Groups: St1Group[] = []
  let pn1CautionOn: string | null = null // the previous session's date when it had a PN1 caution
  const ref = (i: number): SessionRef => ({ id: sessions[i].id, date: sessions[i].date, day: day[i] })

  const resumed = ctx.resume?.stops
  if (resumed) {
    const restored = resumed.episodes.map((x): Episode => {
      const e: Episode = {
        ruleId: x.ruleId,
        latest: x.latest,
        stopDay: x.stopDay,
        clearedFrom: firstClearanceOnOrAfter(cleared.get(x.ruleId), x.stopDay),
        settledRow: [...x.settledRow],
        settledDay: x.settledDay
      }
      if (x.listed) allEpisodes.push(e)
      return e
    })
    for (const id of resumed.order) {
      const e = allEpisodes.find((x) => x.ruleId === id)
      // A rule whose stops all ended keeps its place in the order with an episode that is never in force.
      episodes.set(
        id,
        e ?? {
          ruleId: id,
          latest: { id: '', date: '', day: 0 },
          stopDay: 0,
          clearedFrom: -Infinity,
          settledRow: [],
          settledDay: 0
        }
      )
    }
    if (resumed.st1) {
      const entries = new Map<Episode, St1Entry>()
      let seq = 0
      for (const [k, latest, n] of resumed.st1) {
        entries.set(restored[k], {
          latest,
          clearedFrom: firstClearanceOnOrAfter(cleared.get('ST1'), latest.day),
          seq: n
        })
        seq = Math.max(seq, n)
      }
      st1Groups.push({ entries, seq })
    }
    pn1CautionOn = resumed.pn1CautionOn
  }

  const st1EntryInForce = (ep: Episode, entry: { clearedFrom: number }, d: number): boolean =>
    inForce(ep, d) && d < entry.clearedFrom
  const groupInForce = (g: St1Group, d: number): boolean => {
    for (const [ep, entry] of g.entries) if (st1EntryInForce(ep, entry, d)) return true
    return false
  }
  // The end day of an episode or an ST1 entry, Infinity while it lasts.
  const episodeEndDay = (e: Episode): number => (e.settledDay >= 0 ? e.settledDay : e.clearedFrom)
  const entryEndDay = (ep: Episode, entry: { clearedFrom: number }): number =>
    Math.min(entry.clearedFrom, episodeEndDay(ep))

  /** The state before any session dated on or after d (checkpoint.ts): what may still change from d on. */
  const snapshot = (d: number): StopsState => {
    const group = st1Groups.at(-1)
    const open = group && [...group.entries].some(([ep, entry]) => entryEndDay(ep, entry) >= d) ? group : null
    const live = allEpisodes.filter((e) => episodeEndDay(e) >= d)
    if (episodes.size === 0 && pn1CautionOn === null) return EMPTY_STOPS
    const list = [...live]
    if (open) for (const ep of open.entries.keys()) if (!list.includes(ep)) list.push(ep)
    return {
      episodes: list.map((e, k) => ({
        ruleId: e.ruleId,
        latest: e.latest,
        stopDay: e.stopDay,
        settledRow: [...e.settledRow],
        settledDay: e.settledDay,
        listed: k < live.length
      })),
      st1: open
        ? [...open.entries].map(([ep, entry]): [number, SessionRef, number] => [
            list.indexOf(ep),
            entry.latest,
            entry.seq
          ])
        : null,
      pn1CautionOn,
      order: [...episodes.keys()]
    }
  }

  let k = 0
  while (k < boundaries.length && boundaries[k] < ctx.stateStart) k++
  for (let i = ctx.stateStart; i < sessions.length; i++) {
    const d = day[i]
    if (boundaries[k] === i) {
      snaps[k].stops = snapshot(snaps[k].day)
      k++
    }

    // PN3: a hard session while a pain stop from an earlier session is in force (once per session).
    if (hard[i]) {
      const pain: Episode[] = []
      for (const id of PAIN_STOPS) {
        const e = episodes.get(id)
        if (e && inForce(e, d)) pain.push(e)
      }
      if (pain.length > 0) {
        const named = pain.map((e) => `${e.ruleId} from ${dayText(e.latest.date)}`).join(', ')
        emit(
          ctx,
          i,
          'PN3',
          'caution',
          { stopsInForce: pain.length },
          `A hard session while ${pain.length === 1 ? 'a pain stop is' : 'pain stops are'} in force (${named}).`
        )
      }
    }

    if (weighted[i]) {
      const active: Episode[] = []
      for (const e of episodes.values()) if (inForce(e, d)) active.push(e)
      if (active.length > 0) {
        const named = active.map((e) => `${e.ruleId} from ${dayText(e.latest.date)}`).join(', ')
        emit(
          ctx,
          i,
          'ST1',
          'stop',
          { stopsInForce: active.length },
          `A weighted session while ${active.length === 1 ? 'a stop is' : 'stops are'} in force (${named}).`
        )
        const clearedFrom = firstClearanceOnOrAfter(cleared.get('ST1'), d)
        let group = st1Groups[st1Groups.length - 1]
        if (!group || !groupInForce(group, d)) {
          group = { entries: new Map(), seq: 0 }
          st1Groups.push(group)
        }
        const latest = ref(i)
        const seq = ++group.seq
        for (const e of active) group.entries.set(e, { latest, clearedFrom, seq })
      }
      if (pn1CautionOn !== null) {
        emit(
          ctx,
          i,
          'ST1',
          'caution',
          {},
          `A weighted session straight after a PN1 pain caution (${dayText(pn1CautionOn)}), which asks for an unweighted session.`,
          'Make the session after a pain caution unweighted.'
        )
      }
    }
    pn1CautionOn = out[i].some((w) => w.ruleId === 'PN1' && w.severity === 'caution') ? sessions[i].date : null

    // This session's pain counts toward ending earlier pain stops that are still in force.
    const status = painStatus(sessions[i], c.pn2SettledMax)
    if (status !== 'skip') {
      for (const id of PAIN_STOPS) {
        const e = episodes.get(id)
        if (!e || !inForce(e, d)) continue
        if (status === 'settled') {
          e.settledRow.push(sessions[i].id)
          if (e.settledRow.length >= c.pn2SettledSessionsToEnd) e.settledDay = d
        } else {
          e.settledRow = []
        }
      }
    }

    // This session's own stops.
    for (const w of out[i]) {
      if (w.severity !== 'stop' || w.ruleId === 'ST1') continue
      const e = episodes.get(w.ruleId)
      if (e && inForce(e, d)) {
        e.latest = ref(i)
        e.settledRow = []
      } else {
        const fresh: Episode = {
          ruleId: w.ruleId,
          latest: ref(i),
          stopDay: d,
          clearedFrom: firstClearanceOnOrAfter(cleared.get(w.ruleId), d),
          settledRow: [],
          settledDay: -1
        }
        episodes.set(w.ruleId, fresh)
        allEpisodes.push(fresh)
      }
    }
  }
  if (snaps.length > boundaries.length) snaps[boundaries.length].stops = snapshot(snaps[boundaries.length].day)

  const episodeEnd = (e: Episode): EndInfo | null => {
    if (e.settledDay >= 0) return { day: e.settledDay, reason: 'settled', settledBy: [...e.settledRow] }
    if (e.clearedFrom <= asOfDay) return { day: e.clearedFrom, reason: 'cleared' }
    return null
  }

  const stops: StopInForce[] = []
  const ended: EndedStop[] = []
  const warnings: Warning[] = []
  const endedAs = (ruleId: RuleId, s: SessionRef, end: EndInfo): EndedStop => {
    const x: EndedStop = {
      ruleId,
      sessionId: s.id,
      date: s.date,
      endedOn: isoFromDayNumber(end.day),
      reason: end.reason
    }
    if (end.settledBy) x.settledBy = end.settledBy
    return x
  }
  const addState = (ruleId: RuleId, s: SessionRef, detail: string): void => {
    stops.push({ ruleId, sessionId: s.id, date: s.date })
    const what = SELF_ENDING.has(ruleId) ? 'no weighted and no hard sessions' : 'no weighted sessions'
    const how = SELF_ENDING.has(ruleId)
      ? `until ${c.pn2SettledSessionsToEnd} sessions in a row have settled pain or the coach clears it`
      : 'until the coach clears it'
    warnings.push(
      stateWarning(
        ctx,
        ruleId,
        'stop',
        { daysSinceStop: asOfDay - s.day },
        `Stop in force: ${ruleId} (${ruleTitles[ruleId].toLowerCase()}) from the session of ${dayText(s.date)}${detail}; ${what} ${how}.`,
        ctx.why(ruleId),
        ruleId === 'PN1' ? pn1StopSuggestion : ruleSuggestions[ruleId]
      )
    )
  }

  for (const e of allEpisodes) {
    if (inForce(e, asOfDay)) addState(e.ruleId, e.latest, '')
    else {
      const end = episodeEnd(e)
      if (end) ended.push(endedAs(e.ruleId, e.latest, end))
    }
  }

  for (const g of st1Groups) {
    let latestInForce: St1Entry | null = null
    let latest: St1Entry | null = null
    let last: EndInfo | null = null
    for (const [ep, entry] of g.entries) {
      if (latest === null || entry.seq > latest.seq) latest = entry
      if (st1EntryInForce(ep, entry, asOfDay)) {
        if (latestInForce === null || entry.seq > latestInForce.seq) latestInForce = entry
        continue
      }
      const epEnd = episodeEnd(ep)
      const end: EndInfo =
        epEnd === null || entry.clearedFrom <= epEnd.day ? { day: entry.clearedFrom, reason: 'cleared' } : epEnd
      if (last === null || end.day > last.day) last = end
    }
    if (latestInForce !== null) addState('ST1', latestInForce.latest, ' while a stop it names lasts')
    else if (last !== null && latest !== null) ended.push(endedAs('ST1', latest.latest, last))
  }
  return { stops, ended, warnings }
}
