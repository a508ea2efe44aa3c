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

interface Episode {
  ruleId: RuleId
  /** Index of the latest session that stopped under this rule in this episode. */
  latest: number
  /** First day from which a clearance ends the episode (Infinity when none applies). */
  clearedFrom: number
  /** PN1/PN2: ids of the settled sessions in a row since the latest stop. */
  settledRow: string[]
  /** PN1/PN2: the session index that completed the settled row, or -1. */
  settledAt: number
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
  return e.settledAt < 0 && dayNo < e.clearedFrom
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
  entries: Map<Episode, { latest: number; clearedFrom: number }>
}

interface EndInfo {
  day: number
  reason: 'settled' | 'cleared'
  settledBy?: string[]
}

/**
 * Walks the sessions in order after the other session rules have run: adds PN3 and ST1 warnings to
 * ctx.out, and returns the stops in force at asOf with their state warnings, and the stops that ended.
 */
export function stopRules(
  ctx: RuleContext,
  clearances: readonly Clearance[]
): { stops: StopInForce[]; ended: EndedStop[]; warnings: Warning[] } {
  const { sessions, config: c, day, weighted, hard, out } = ctx
  const asOfDay = ctx.asOfDay
  const cleared = clearanceDays(clearances, asOfDay)
  const episodes = new Map<RuleId, Episode>() // the current episode per rule
  const allEpisodes: Episode[] = []
  const st1Groups: St1Group[] = []
  let previousHadPn1Caution = false

  const st1EntryInForce = (ep: Episode, entry: { clearedFrom: number }, d: number): boolean =>
    inForce(ep, d) && d < entry.clearedFrom
  const groupInForce = (g: St1Group, d: number): boolean => {
    for (const [ep, entry] of g.entries) if (st1EntryInForce(ep, entry, d)) return true
    return false
  }

  for (let i = 0; i < sessions.length; i++) {
    const d = day[i]

    // PN3: a hard session while a pain stop from an earlier session is in force (once per session).
    if (hard[i]) {
      const pain: Episode[] = []
      for (const id of PAIN_STOPS) {
        const e = episodes.get(id)
        if (e && inForce(e, d)) pain.push(e)
      }
      if (pain.length > 0) {
        const named = pain.map((e) => `${e.ruleId} from ${dayText(sessions[e.latest].date)}`).join(', ')
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
        const named = active.map((e) => `${e.ruleId} from ${dayText(sessions[e.latest].date)}`).join(', ')
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
          group = { entries: new Map() }
          st1Groups.push(group)
        }
        for (const e of active) group.entries.set(e, { latest: i, clearedFrom })
      }
      if (previousHadPn1Caution) {
        emit(
          ctx,
          i,
          'ST1',
          'caution',
          {},
          `A weighted session straight after a PN1 pain caution (${dayText(sessions[i - 1].date)}), which asks for an unweighted session.`,
          'Make the session after a pain caution unweighted.'
        )
      }
    }
    previousHadPn1Caution = out[i].some((w) => w.ruleId === 'PN1' && w.severity === 'caution')

    // This session's pain counts toward ending earlier pain stops that are still in force.
    const status = painStatus(sessions[i], c.pn2SettledMax)
    if (status !== 'skip') {
      for (const id of PAIN_STOPS) {
        const e = episodes.get(id)
        if (!e || !inForce(e, d)) continue
        if (status === 'settled') {
          e.settledRow.push(sessions[i].id)
          if (e.settledRow.length >= c.pn2SettledSessionsToEnd) e.settledAt = i
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
        e.latest = i
        e.settledRow = []
      } else {
        const fresh: Episode = {
          ruleId: w.ruleId,
          latest: i,
          clearedFrom: firstClearanceOnOrAfter(cleared.get(w.ruleId), d),
          settledRow: [],
          settledAt: -1
        }
        episodes.set(w.ruleId, fresh)
        allEpisodes.push(fresh)
      }
    }
  }

  const episodeEnd = (e: Episode): EndInfo | null => {
    if (e.settledAt >= 0) return { day: day[e.settledAt], reason: 'settled', settledBy: [...e.settledRow] }
    if (e.clearedFrom <= asOfDay) return { day: e.clearedFrom, reason: 'cleared' }
    return null
  }

  const stops: StopInForce[] = []
  const ended: EndedStop[] = []
  const warnings: Warning[] = []
  const endedAs = (ruleId: RuleId, latest: number, end: EndInfo): EndedStop => {
    const s = sessions[latest]
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
  const addState = (ruleId: RuleId, latest: number, detail: string): void => {
    const s = sessions[latest]
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
        { daysSinceStop: asOfDay - day[latest] },
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
    let latestInForce = -1
    let latest = -1
    let last: EndInfo | null = null
    for (const [ep, entry] of g.entries) {
      latest = Math.max(latest, entry.latest)
      if (st1EntryInForce(ep, entry, asOfDay)) {
        latestInForce = Math.max(latestInForce, entry.latest)
        continue
      }
      const epEnd = episodeEnd(ep)
      const end: EndInfo =
        epEnd === null || entry.clearedFrom <= epEnd.day ? { day: entry.clearedFrom, reason: 'cleared' } : epEnd
      if (last === null || end.day > last.day) last = end
    }
    if (latestInForce >= 0) addState('ST1', latestInForce, ' while a stop it names lasts')
    else if (last !== null) ended.push(endedAs('ST1', latest, last))
  }
  return { stops, ended, warnings }
}
