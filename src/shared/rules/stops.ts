// Stops in force, clearances, PN1/PN2 self-ending, and ST1 (a weighted session while a stop is in force).
//
// Stops of one rule form an "episode": a stop that arrives while an earlier stop of the same rule is
// still in force joins it. That is exact, not a shortcut: clearances end a rule's stops dated on or
// before clearedOn, so the newest stop is cleared last; and the newest pain stop always breaks the
// settled row of older ones (its own pain is above the settled level), so it settles last.
import { dayNumber, isIsoDay } from '../calendar'
import { stateWarning, emit, type RuleContext } from './context'
import { ruleTitles } from './text'
import type { Clearance, RuleId, RuleSession, Warning } from './types'

interface Episode {
  ruleId: RuleId
  /** Index of the latest session that stopped under this rule in this episode. */
  latest: number
  /** First day from which a clearance ends the episode (Infinity when none applies). */
  clearedFrom: number
  /** PN1/PN2: settled sessions in a row since the latest stop. */
  settledRow: number
  settled: boolean
}

export interface StopInForce {
  ruleId: RuleId
  /** The latest session that stopped under this rule. */
  sessionId: string
  date: string
}

const SELF_ENDING: ReadonlySet<RuleId> = new Set<RuleId>(['PN1', 'PN2'])

function inForce(e: Episode, dayNo: number): boolean {
  return !e.settled && dayNo < e.clearedFrom
}

/** 'skip' when no pain is logged; 'settled' when pain during is logged and both values are <= max. */
function painStatus(s: RuleSession, max: number): 'skip' | 'settled' | 'break' {
  if (s.pain === null && s.painNextMorning === null) return 'skip'
  const calm = s.pain !== null && s.pain <= max && (s.painNextMorning === null || s.painNextMorning <= max)
  return calm ? 'settled' : 'break'
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

/**
 * Walks the sessions in order after the other session rules have run: adds ST1 warnings to ctx.out,
 * and returns the stops in force at asOf with their state warnings.
 */
export function stopRules(ctx: RuleContext, clearances: readonly Clearance[]): { stops: StopInForce[]; warnings: Warning[] } {
  const { sessions, config: c, day, weighted, out } = ctx
  const cleared = clearanceDays(clearances, ctx.asOfDay)
  const episodes = new Map<RuleId, Episode>()
  // ST1: for each named episode, the latest ST1 stop naming it and when a clearance of ST1 ends that stop.
  const st1 = new Map<Episode, { latest: number; clearedFrom: number }>()
  let previousHadPn1Caution = false

  for (let i = 0; i < sessions.length; i++) {
    const d = day[i]
    for (const [episode, entry] of st1) {
      if (!inForce(episode, d) || d >= entry.clearedFrom) st1.delete(episode) // ended for good
    }
    if (weighted[i]) {
      const active = [...episodes.values()].filter((e) => inForce(e, d))
      if (active.length > 0) {
        const named = active.map((e) => `${e.ruleId} from ${sessions[e.latest].date}`).join(', ')
        emit(ctx, i, 'ST1', 'stop', { stopsInForce: active.length },
          `A weighted session while ${active.length === 1 ? 'a stop is' : 'stops are'} in force (${named}).`)
        const clearedFrom = firstClearanceOnOrAfter(cleared.get('ST1'), d)
        for (const e of active) st1.set(e, { latest: i, clearedFrom })
      }
      if (previousHadPn1Caution) {
        emit(ctx, i, 'ST1', 'caution', {},
          `A weighted session straight after a PN1 pain caution (${sessions[i - 1].date}), which asks for an unweighted session.`,
          'Make the session after a pain caution unweighted.')
      }
    }
    previousHadPn1Caution = out[i].some((w) => w.ruleId === 'PN1' && w.severity === 'caution')

    // This session's pain counts toward ending earlier pain stops.
    const status = painStatus(sessions[i], c.pn2SettledMax)
    if (status !== 'skip') {
      for (const id of SELF_ENDING) {
        const e = episodes.get(id)
        if (!e || e.settled) continue
        e.settledRow = status === 'settled' ? e.settledRow + 1 : 0
        if (e.settledRow >= c.pn2SettledSessionsToEnd) e.settled = true
      }
    }

    // This session's own stops.
    for (const w of out[i]) {
      if (w.severity !== 'stop' || w.ruleId === 'ST1') continue
      const clearedFrom = firstClearanceOnOrAfter(cleared.get(w.ruleId), d)
      const e = episodes.get(w.ruleId)
      if (e && inForce(e, d)) {
        e.latest = i
        e.clearedFrom = clearedFrom
        e.settledRow = 0
      } else {
        episodes.set(w.ruleId, { ruleId: w.ruleId, latest: i, clearedFrom, settledRow: 0, settled: false })
      }
    }
  }

  const stops: StopInForce[] = []
  const warnings: Warning[] = []
  const asOfDay = ctx.asOfDay
  const addState = (ruleId: RuleId, latest: number, detail: string): void => {
    const s = sessions[latest]
    stops.push({ ruleId, sessionId: s.id, date: s.date })
    const how = SELF_ENDING.has(ruleId)
      ? `until ${c.pn2SettledSessionsToEnd} sessions in a row have settled pain or the coach clears it`
      : 'until the coach clears it'
    warnings.push(stateWarning(ctx, ruleId, 'stop', { daysSinceStop: asOfDay - day[latest] },
      `Stop in force: ${ruleId} (${ruleTitles[ruleId].toLowerCase()}) from the session of ${s.date}${detail}; no weighted sessions ${how}.`))
  }
  for (const [ruleId, e] of episodes) {
    if (inForce(e, asOfDay)) addState(ruleId, e.latest, '')
  }
  let st1Latest = -1
  for (const [episode, entry] of st1) {
    if (inForce(episode, asOfDay) && asOfDay < entry.clearedFrom) st1Latest = Math.max(st1Latest, entry.latest)
  }
  if (st1Latest >= 0) addState('ST1', st1Latest, ' while a stop it names lasts')
  return { stops, warnings }
}
