// Handlers of the warnings channels.
import type { rulesChannels } from '../../shared/channels'
import { addDays } from '../../shared/calendar'
import { defaultRulesConfig, evaluateRules, rulesConfigFields, type RulesConfig } from '../../shared/rules'
import type { BackendContext, HandlersFor } from '../context'
import { BackendError } from '../errors'
import { athleteWarnings, describeStops, effectiveConfig, ruleInput, toRuleSession } from '../warnings'

const DRAFT_ID = 'draft'

type Key = keyof RulesConfig
/** Pairs whose caution threshold must stay below the stop threshold. */
const orderedPairs: [Key, Key][] = [
  ['aw1CautionPercentNovice', 'aw1StopPercent'],
  ['aw1CautionPercentOther', 'aw1StopPercent'],
  ['aw2CautionKg', 'aw2StopKg'],
  ['aw3CautionStepKg', 'aw3StopStepKg'],
  ['aw4CautionMinNovice', 'aw4StopMinNovice'],
  ['aw4CautionMinOther', 'aw4StopMinOther'],
  ['aw5CautionCount', 'aw5StopCount'],
  ['ld1CautionPercent', 'ld1HighRiskPercent'],
  ['ld1HighRiskPercent', 'ld1StopPercent'],
  ['ld2InfoPercent', 'ld2CautionPercent'],
  ['pn1CautionAbove', 'pn1StopAbove'],
  ['dl1InfoWeeks', 'dl1CautionWeeks'],
  ['ld4AcuteDays', 'ld4ChronicDays']
]

const refuseFutureClearance = (clearedOn: string, today: string): void => {
  if (clearedOn > today) {
    throw new BackendError('invalid_input', 'A stop can only be cleared on or before today', [
      { path: 'clearedOn', message: 'Cannot be in the future' }
    ])
  }
}

export const rulesHandlers = (ctx: BackendContext): HandlersFor<(typeof rulesChannels)[number]> => {
  const { requireAthlete } = ctx

  const view = (athleteId: number | null) => {
    if (athleteId !== null) requireAthlete(athleteId)
    const { weekStartsOn: _w, ...defaults } = defaultRulesConfig
    const { weekStartsOn: _e, ...effective } = effectiveConfig(ctx, athleteId)
    return {
      defaults,
      coach: ctx.rules.overrides(null),
      athlete: athleteId === null ? null : ctx.rules.overrides(athleteId),
      effective
    }
  }

  return {
    listWarnings: ({ athleteId, from: fromDay, to, asOf, days }) => {
      const athlete = requireAthlete(athleteId)
      const at = asOf ?? ctx.today()
      // The period ends at asOf, so its first day can only be known here.
      const periodStart = days === undefined ? undefined : addDays(at, -(days - 1))
      const from = fromDay === undefined || (periodStart !== undefined && periodStart > fromDay) ? periodStart : fromDay
      // The evaluation is usually kept for the day: read whole sessions only when it is not (inside
      // athleteWarnings); the stops' wording needs only each session's day and source.
      const { warnings, stops, ended } = athleteWarnings(ctx, athlete, at)
      const sessions = ctx.sessions.refsByAthlete(athlete.id, at)
      const inRange = warnings.filter(
        (w) => w.sessionId === null || ((from === undefined || w.date >= from) && (to === undefined || w.date <= to))
      )
      return { asOf: at, warnings: inRange, ...describeStops(ctx, athlete.id, sessions, stops, ended) }
    },

    checkDraftSession: ({ draft, id }) => {
      const athlete = requireAthlete(draft.athleteId)
      // History up to the draft's day, without the session being edited, plus the draft itself.
      const history = ctx.sessions
        .listByAthlete(athlete.id, '0000-01-01', draft.date)
        .filter((s) => s.id !== id)
        .map(toRuleSession)
      const sessions = [...history, toRuleSession({ ...draft, id: DRAFT_ID })]
      return evaluateRules(ruleInput(ctx, athlete, draft.date, sessions)).filter((w) => w.sessionId === DRAFT_ID)
    },

    getRulesConfig: ({ athleteId }) => view(athleteId),

    updateRulesConfig: ({ athleteId, values }) => {
      if (athleteId !== null) requireAthlete(athleteId)
      // Check the resulting effective thresholds, so a caution can never sit above its stop.
      const current = effectiveConfig(ctx, athleteId)
      const next = { ...current } as RulesConfig
      for (const [k, v] of Object.entries(values)) {
        if (v !== undefined)
          next[k as Key] =
            v === null ? (athleteId === null ? defaultRulesConfig[k as Key] : effectiveConfig(ctx, null)[k as Key]) : v
      }
      const issues = orderedPairs
        .filter(([low, high]) => next[low] >= next[high])
        .map(([low, high]) => ({
          path: `values.${low}`,
          message: `Must be below "${rulesConfigFields[high].label}" (${next[high]}${rulesConfigFields[high].unit ? ' ' + rulesConfigFields[high].unit : ''})`
        }))
      if (issues.length)
        throw new BackendError('invalid_input', 'Each caution threshold must stay below its stop threshold', issues)
      ctx.rules.update(
        athleteId,
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, number | null>,
        ctx.nowIso()
      )
      return view(athleteId)
    },

    resetRulesConfig: ({ athleteId }) => {
      if (athleteId !== null) requireAthlete(athleteId)
      ctx.rules.reset(athleteId)
      return view(athleteId)
    },

    clearStop: (input) => {
      requireAthlete(input.athleteId)
      refuseFutureClearance(input.clearedOn, ctx.today())
      return ctx.rules.addClearance(input, ctx.nowIso())
    },

    clearStops: ({ ruleIds, ...review }) => {
      requireAthlete(review.athleteId)
      refuseFutureClearance(review.clearedOn, ctx.today())
      return ctx.rules.addClearances(
        ruleIds.map((ruleId) => ({ ...review, ruleId })),
        ctx.nowIso()
      )
    },

    listClearances: ({ athleteId }) => {
      requireAthlete(athleteId)
      return ctx.rules.clearances(athleteId)
    }
  }
}
