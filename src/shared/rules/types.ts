// The rules module's data shapes. Field names follow the coach's vocabulary (STYLE.md).

export type Severity = 'info' | 'caution' | 'stop'

export type RuleId =
  | 'AW1'
  | 'AW2'
  | 'AW3'
  | 'AW4'
  | 'AW5'
  | 'AW6'
  | 'LD1'
  | 'LD2'
  | 'LD3'
  | 'LD4'
  | 'RC1'
  | 'PN1'
  | 'PN2'
  | 'PN3'
  | 'FM1'
  | 'EX1'
  | 'DL1'
  | 'ST1'

export type SessionType = 'easy' | 'long' | 'tempo' | 'interval' | 'hill_sprint' | 'incline' | 'race' | 'cross'

export interface RuleSession {
  id: string
  date: string // YYYY-MM-DD
  startTime?: string | null // HH:MM
  type: SessionType
  durationMin: number
  distanceKm: number | null
  ankleWeightKg: number // per ankle, 0 = unweighted
  weightedMin: number
  rpe: number | null
  pain: number | null
  painNextMorning: number | null
  formBreakdown: boolean
}

export interface RuleAthlete {
  bodyMassKg: number | null
  level: 'novice' | 'intermediate' | 'advanced'
}

export interface Warning {
  ruleId: RuleId
  severity: Severity
  date: string
  sessionId: string | null
  message: string
  why: string
  suggestion: string | null
  values: Record<string, number>
}

export interface Units {
  mass: 'kg' | 'lb'
  distance: 'km' | 'mi'
}

export interface Clearance {
  ruleId: RuleId
  clearedOn: string // YYYY-MM-DD
}

export const ruleIds: readonly RuleId[] = [
  'AW1',
  'AW2',
  'AW3',
  'AW4',
  'AW5',
  'AW6',
  'LD1',
  'LD2',
  'LD3',
  'LD4',
  'RC1',
  'PN1',
  'PN2',
  'PN3',
  'FM1',
  'EX1',
  'DL1',
  'ST1'
]

const ruleOrder = new Map<RuleId, number>(ruleIds.map((id, i) => [id, i]))
/** Rule order of RULES.md, for sorting warnings (a sort keeps a rule's own warnings in their order). */
export const byRule = (a: Pick<Warning, 'ruleId'>, b: Pick<Warning, 'ruleId'>): number =>
  (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0)

export const severityRank: Record<Severity, number> = { info: 1, caution: 2, stop: 3 }

/** The worst severity among warnings, or null when there are none. */
export function worstSeverity(warnings: readonly Pick<Warning, 'severity'>[]): Severity | null {
  let worst: Severity | null = null
  for (const w of warnings) {
    if (worst === null || severityRank[w.severity] > severityRank[worst]) worst = w.severity
  }
  return worst
}

/**
 * The warning a squad row names: the most severe, then the most recent, then the first in rule
 * order (so AW rules come before LD, as in RULES.md). Null when there are none.
 */
export function worstWarning<W extends Pick<Warning, 'severity' | 'date' | 'ruleId'>>(
  warnings: readonly W[]
): W | null {
  let worst: W | null = null
  for (const w of warnings) {
    if (
      worst === null ||
      severityRank[w.severity] > severityRank[worst.severity] ||
      (w.severity === worst.severity &&
        (w.date > worst.date || (w.date === worst.date && ruleIds.indexOf(w.ruleId) < ruleIds.indexOf(worst.ruleId))))
    )
      worst = w
  }
  return worst
}
