// Small builders for rule tests. Dates are computed with calendar.ts so every case is concrete.
import { expect } from 'vitest'
import { addDays } from '../../../src/shared/calendar'
import { renderText, type TextUnits } from '../../../src/shared/text'
import {
  evaluateRules,
  severityRank,
  type RuleAthlete,
  type RuleId,
  type RuleSession,
  type Severity,
  type Warning
} from '../../../src/shared/rules'

/** A Monday. */
export const MONDAY = '2024-01-01'

export const day = (n: number, from: string = MONDAY): string => addDays(from, n)

export const athlete = (level: RuleAthlete['level'], bodyMassKg: number | null = 70): RuleAthlete => ({
  level,
  bodyMassKg
})

/** Builds sessions with unique, sortable ids. */
export function makeSessions() {
  let seq = 0
  const list: RuleSession[] = []
  const add = (date: string, over: Partial<RuleSession> = {}): RuleSession => {
    const s: RuleSession = {
      id: `s${String(++seq).padStart(4, '0')}`,
      date,
      startTime: null,
      type: 'easy',
      durationMin: 45,
      distanceKm: 8,
      ankleWeightKg: 0,
      weightedMin: 0,
      rpe: null,
      pain: null,
      painNextMorning: null,
      formBreakdown: false,
      ...over
    }
    list.push(s)
    return s
  }
  return { list, add }
}

export const weights = (kg: number, min: number): Partial<RuleSession> => ({ ankleWeightKg: kg, weightedMin: min })

export const onSession = (ws: Warning[], id: string): Warning[] => ws.filter((w) => w.sessionId === id)
export const stateWarnings = (ws: Warning[]): Warning[] => ws.filter((w) => w.sessionId === null)
export const ofRule = (ws: Warning[], rule: RuleId): Warning[] => ws.filter((w) => w.ruleId === rule)

/** Worst severity of a rule's warnings (null when none). */
export function worst(ws: Warning[], rule: RuleId): Severity | null {
  let best: Severity | null = null
  for (const w of ws)
    if (w.ruleId === rule && (best === null || severityRank[w.severity] > severityRank[best])) best = w.severity
  return best
}

export function expectRule(ws: Warning[], rule: RuleId, severity: Severity): Warning {
  const found = ws.find((w) => w.ruleId === rule && w.severity === severity)
  expect(found, `${rule} ${severity} in ${JSON.stringify(ws.map((w) => `${w.ruleId}:${w.severity}`))}`).toBeDefined()
  return found as Warning
}

export function expectNoRule(ws: Warning[], rule: RuleId): void {
  expect(ofRule(ws, rule).map((w) => `${w.ruleId}:${w.severity}: ${w.message}`)).toEqual([])
}

/** RULES.md "nothing": nothing above info on the session and no state warning above info. */
export function expectNothing(all: Warning[], sessionId: string): void {
  const loud = [...onSession(all, sessionId), ...stateWarnings(all)].filter((w) => w.severity !== 'info')
  expect(loud.map((w) => `${w.ruleId}:${w.severity}: ${w.message}`)).toEqual([])
}

/** Evaluate with asOf = the case session's date, as RULES.md's scenarios do. */
export function evaluateCase(
  a: RuleAthlete,
  sessions: RuleSession[],
  caseSession: RuleSession,
  extra: Partial<Parameters<typeof evaluateRules>[0]> = {}
) {
  const all = evaluateRules({ athlete: a, sessions, asOf: caseSession.date, ...extra })
  return { all, mine: onSession(all, caseSession.id), states: stateWarnings(all) }
}

/** The coach's display units the rule tests read texts in, unless a test says otherwise. */
export const KG_KM: TextUnits = { mass: 'kg', distance: 'km' }

/**
 * A warning's texts as the coach reads them: the tokens written out by the shared formatter
 * (src/shared/text) in kg and km (or the units given), with English number formatting.
 */
export const shown = (w: Warning, units: TextUnits = KG_KM): Pick<Warning, 'message' | 'why' | 'suggestion'> => ({
  message: renderText(w.message, units, 'en-US'),
  why: renderText(w.why, units, 'en-US'),
  suggestion: w.suggestion === null ? null : renderText(w.suggestion, units, 'en-US')
})
