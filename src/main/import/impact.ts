// What an import does to an athlete's warnings: the stops it puts in force and the warnings it adds
// (on the imported sessions, or on later logged sessions that now have earlier history), so the
// preview and the summary can name them before the coach finds them on the athlete page.
import type { Athlete } from '../../shared/domain'
import { evaluateRulesWithStops, severityRank, type RuleSession, type Warning } from '../../shared/rules'
import type { ImportImpact } from '../../shared/contract/io'
import type { BackendContext } from '../context'
import { ruleInput, toRuleSession } from '../warnings'

type Evaluation = ReturnType<typeof evaluateRulesWithStops>

const warningKey = (w: Warning): string => `${w.ruleId}|${w.severity}|${w.sessionId}`

/**
 * The athlete's rules evaluation at today, with extra (not yet saved) sessions when given. An extra
 * session with a saved session's id stands in for it (an import row replacing a logged session).
 */
export const evaluateWith = (ctx: BackendContext, athlete: Athlete, extra: RuleSession[] = []): Evaluation => {
  const today = ctx.today()
  const replaced = new Set(extra.map((e) => e.id))
  const saved = ctx.sessions
    .listByAthlete(athlete.id, '0000-01-01', today)
    .map(toRuleSession)
    .filter((s) => !replaced.has(s.id))
  return evaluateRulesWithStops(ruleInput(ctx, athlete, today, [...saved, ...extra]))
}

/** What changed from `before` to `after`: new stops in force, and new session warnings above nothing. */
export const impactOf = (before: Evaluation, after: Evaluation): ImportImpact => {
  const hadStop = new Set(before.stops.map((s) => `${s.ruleId}|${s.sessionId}`))
  const hadWarning = new Set(before.warnings.filter((w) => w.sessionId !== null).map(warningKey))
  const stopsInForce = after.stops
    .filter((s) => !hadStop.has(`${s.ruleId}|${s.sessionId}`))
    .map((s) => ({ ruleId: s.ruleId, date: s.date }))
  const added = after.warnings
    .filter((w) => w.sessionId !== null && !hadWarning.has(warningKey(w)))
    .map((w) => ({ ruleId: w.ruleId, severity: w.severity, date: w.date }))
    // Stops first, then cautions, then notes; by date within each.
    .sort(
      (a, b) => severityRank[b.severity] - severityRank[a.severity] || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
    )
  return { stopsInForce: stopsInForce.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), added }
}
