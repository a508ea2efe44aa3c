// LD3 monotony (Foster 1998, 2001) and LD4 ACWR (Williams 2017 EWMA; contested, shown with a caveat).
import { dayNumber } from '../calendar'
import { acwrStepper, monotonyAndStrain, type AcwrOptions, type AcwrPoint, type AcwrState } from '../load'
import type { RulesConfig } from './config'
import { emit, stateWarning, type RuleContext } from './context'
import type { Warning } from './types'

export function monotonyRule(ctx: RuleContext): void {
  const { sessions, config: c, day, week, load } = ctx
  if (sessions.length === 0) return
  const first = day[0]
  const daily = new Float64Array(ctx.asOfDay - first + 1)
  const seven = [0, 0, 0, 0, 0, 0, 0]
  const flaggedWeeks = new Set<number>()
  for (let i = 0; i < sessions.length; i++) {
    const d = day[i]
    // Only this session and the ones before it count: a later session never changes this warning.
    daily[d - first] += load[i]
    if (flaggedWeeks.has(week[i])) continue
    for (let k = 0; k < 7; k++) {
      const idx = d - 6 + k - first
      seven[k] = idx >= 0 ? daily[idx] : 0
    }
    const m = monotonyAndStrain(seven)
    if (m.monotony === null) {
      if (m.weeklyLoad > 0) {
        flaggedWeeks.add(week[i])
        emit(
          ctx,
          i,
          'LD3',
          'caution',
          { weeklyLoad: m.weeklyLoad },
          `The last 7 days had the same load every day (${m.mean} AU), so monotony has no upper bound.`
        )
      }
    } else if (m.monotony > c.ld3MonotonyCaution) {
      flaggedWeeks.add(week[i])
      emit(
        ctx,
        i,
        'LD3',
        'caution',
        { monotony: m.monotony, strain: m.strain ?? 0 },
        `Monotony over the last 7 days is ${m.monotony}, above ${c.ld3MonotonyCaution}: the days are too alike.`
      )
    }
  }
}

const LINKED_RULES = new Set(['LD1', 'PN1', 'PN2'])

/** The EWMA settings of LD4 (also the squad's ACWR column). */
export const acwrOptions = (c: RulesConfig): AcwrOptions => ({
  acuteDays: c.ld4AcuteDays,
  chronicDays: c.ld4ChronicDays,
  seedDays: c.ld4SeedDays,
  minHistoryDays: c.ld4MinHistoryDays
})

/**
 * The LD4 state warning at asOf, if any, and the EWMA state a later day can carry on from. Runs after
 * the session-attached rules (it reads their LD1/PN1/PN2). Keeps the EWMA state of each checkpoint
 * (ctx.snaps); a resumed evaluation starts from its checkpoint's state (ctx.resume).
 */
export function acwrRule(ctx: RuleContext): { warning: Warning | null; end: AcwrState | null } {
  const { sessions, config: c, day, load, snaps } = ctx
  if (sessions.length === 0 && !ctx.resume) return { warning: null, end: null }
  const stepper = acwrStepper(acwrOptions(c))
  // Daily loads from the first day walked (the first session, or the checkpoint's day) through asOf,
  // summed in session order as ewmaAcwr sums them.
  const start = ctx.resume ? ctx.resume.day : day[0]
  const span = ctx.asOfDay - start + 1
  const loads = new Float64Array(Math.max(span, 1))
  for (let i = ctx.stateStart; i < sessions.length; i++) loads[day[i] - start] += load[i]
  const state: AcwrState = ctx.resume ? { ...ctx.resume.acwr } : stepper.seed(loads, start)
  let k = 0
  const keep = (): void => {
    while (k < snaps.length && snaps[k].day - 1 <= state.day) {
      if (snaps[k].day - 1 === state.day) snaps[k].acwr = { ...state }
      k++
    }
  }
  for (let t = 0; t < span; t++) {
    keep()
    stepper.step(state, loads[t])
  }
  keep()
  let linked = false
  for (let i = sessions.length - 1; i >= 0 && day[i] > ctx.asOfDay - c.ld4LinkDays && !linked; i--) {
    linked = ctx.out[i].some((w) => LINKED_RULES.has(w.ruleId))
  }
  return { warning: ld4Warning(ctx, stepper.point(state, loads[span - 1]), linked), end: { ...state } }
}

/** True when a session-attached LD1, PN1 or PN2 warning falls in the LD4 link window before asOf. */
export const linkedWarningWithin = (sessionWarnings: readonly Warning[], asOfDay: number, c: RulesConfig): boolean =>
  sessionWarnings.some((w) => LINKED_RULES.has(w.ruleId) && dayNumber(w.date) > asOfDay - c.ld4LinkDays)

/** LD4 from the ACWR point at asOf: info above the threshold, caution with a spike or pain warning near it. */
export function ld4Warning(
  ctx: Pick<RuleContext, 'asOf' | 'why' | 'config'>,
  last: AcwrPoint | undefined,
  linked: boolean
): Warning | null {
  const c = ctx.config
  if (!last || !last.shown || last.acwr === null || !(last.acwr > c.ld4InfoAcwr)) return null
  return stateWarning(
    ctx,
    'LD4',
    linked ? 'caution' : 'info',
    { acwr: last.acwr, acute: last.acute, chronic: last.chronic },
    `Acute:chronic load ratio is ${last.acwr} (acute ${last.acute}, chronic ${last.chronic} AU a day), above ${c.ld4InfoAcwr}${linked ? ', with a spike or pain warning in the last ' + c.ld4LinkDays + ' days' : ''}; the ratio is contested, so read it as context.`
  )
}
