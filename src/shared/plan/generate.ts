// The plan generator: a progressive plan built from RULES.md's "Plan generator defaults", with
// every planned session checked by the rules module against the athlete's history plus the plan
// so far. A session that would draw anything above `info` is replaced by a milder variant (hold
// the weight, drop the weights, shorten, easy instead of hard) or left out. Pure and deterministic.
import { addDays, dayNumber, isoFromDayNumber, weekStartDayNumber, weekday } from '../calendar'
import type { Level } from '../domain'
import {
  evaluateRules, resolveRulesConfig, ruleTitles, stopsInForce,
  type Clearance, type RuleId, type RuleSession, type RulesConfig, type StopInForce, type Warning
} from '../rules'
import { round2 } from '../rules/numbers'
import type { PlannedDraft } from './schema'

export interface GeneratorAthlete {
  bodyMassKg: number | null
  level: Level
  ownedWeightsKg: number[]
}

export interface GeneratorInput {
  athlete: GeneratorAthlete
  /** Logged sessions; those dated on or after startDate are ignored. */
  history: RuleSession[]
  startDate: string
  weeks: number
  runsPerWeek: number
  /** Weekdays the athlete can run, 0 = Sunday ... 6 = Saturday. */
  availableDays: number[]
  weekStartsOn?: number
  clearances?: Clearance[]
  config?: Partial<RulesConfig>
}

export interface GeneratedPlan {
  sessions: PlannedDraft[]
  /** First day of each calendar week of the plan. */
  weekStarts: string[]
  /** Indexes of weeks that drop the ankle weights (deload). */
  deloadWeeks: number[]
  /** Plain sentences for the coach: why weights are absent, why a slot was left out, ... */
  notes: string[]
  /** Sentences for single weeks, by week index (same length as weekStarts; empty when a week has none). */
  weekNotes: string[][]
}

const PAIN_STOP_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['PN1', 'PN2'])
/** RULES.md "Pain stop in force at the plan's start": this many first weeks are easy runs only. */
export const PAIN_STOP_EASY_WEEKS = 2

/** The pain stops (PN1, PN2) among the stops in force at a plan's start. */
export function painStopsAtStart(stops: readonly StopInForce[]): StopInForce[] {
  return stops.filter((s) => PAIN_STOP_RULES.has(s.ruleId))
}

/**
 * RULES.md "Pain stop in force at the plan's start": the rules check week 3 on as if the pain stops had
 * ended at the end of week 2. Returned as clearances dated the first day of week 3, to add to the coach's
 * own clearances whenever planned sessions are checked (the generator does; the plan view should too).
 * Empty when no pain stop is in force at the start or the plan has no week 3.
 */
export function assumedPainStopEnds(
  stopsAtStart: readonly StopInForce[], startDate: string, weeks: number, weekStartsOn: number
): Clearance[] {
  if (weeks <= PAIN_STOP_EASY_WEEKS) return []
  const endOfHold = isoFromDayNumber(weekStartDayNumber(dayNumber(startDate), weekStartsOn) + 7 * PAIN_STOP_EASY_WEEKS)
  return [...new Set(painStopsAtStart(stopsAtStart).map((s) => s.ruleId))].map((ruleId) => ({ ruleId, clearedOn: endOfHold }))
}

/** At most this many calendar weeks in a row with weighted sessions; then a deload week (RULES.md: at least every 6 weeks). */
export const MAX_LOADED_WEEKS = 5
/** One change (weight or minutes) at most this often. */
export const MIN_DAYS_BETWEEN_CHANGES = 14
/** Minutes of the weighted block added per step. */
const MINUTES_STEP = 5

type Role = 'easy' | 'weighted' | 'long' | 'hard'

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const roundTo = (x: number, step: number): number => Math.max(step, Math.round(x / step) * step)
const isRunType = (t: RuleSession['type']) => t !== 'cross'

/** Plan ids sort after each other and never collide with history ids. */
const planId = (i: number) => `~plan${String(i).padStart(4, '0')}`

export const totalPercent = (kgPerAnkle: number, bodyMassKg: number): number => round2(((2 * kgPerAnkle) / bodyMassKg) * 100)

/** The heaviest owned weight whose total share of body mass is at or below `percent`; null if none. */
export function weightAtOrBelowPercent(owned: readonly number[], bodyMassKg: number, percent: number): number | null {
  let best: number | null = null
  for (const w of owned) if (w > 0 && totalPercent(w, bodyMassKg) <= percent && (best === null || w > best)) best = w
  return best
}

/** Pick k days out of the sorted list, spread as evenly as possible (largest smallest gap, then earliest). */
function spreadDays(days: number[], k: number): number[] {
  if (days.length <= k) return days
  let best: number[] = []
  let bestScore = -1
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === k) {
      let minGap = Infinity
      for (let i = 1; i < chosen.length; i++) minGap = Math.min(minGap, chosen[i] - chosen[i - 1])
      // Keep the week's last available day (the long run's day, usually the weekend).
      const score = minGap * 10 + (chosen[chosen.length - 1] === days[days.length - 1] ? 1 : 0)
      if (score > bestScore) {
        bestScore = score
        best = [...chosen]
      }
      return
    }
    for (let i = start; i < days.length; i++) pick(i + 1, [...chosen, days[i]])
  }
  pick(0, [])
  return best
}

interface Assignment {
  roles: Map<number, Role>
}

/**
 * Roles for one week's run days: the last day is the long run (with 3+ runs), up to `hardCount` hard
 * days and one weighted easy day, keeping hard days apart and the weighted day away from hard days.
 */
function assignRoles(days: number[], hardCount: number, wantWeighted: boolean, lastHard: number | null, lastWeighted: number | null, gap: number): Assignment {
  const roles = new Map<number, Role>()
  const longDay = days.length >= 3 ? days[days.length - 1] : null
  const free = days.filter((d) => d !== longDay)
  let best: { hard: number[]; weighted: number | null; score: number } = { hard: [], weighted: null, score: -Infinity }
  const farFrom = (d: number, others: (number | null)[]) => others.every((o) => o === null || Math.abs(d - o) >= gap)
  const subsets = (xs: number[], k: number): number[][] => {
    if (k === 0) return [[]]
    const out: number[][] = []
    xs.forEach((x, i) => {
      for (const rest of subsets(xs.slice(i + 1), k - 1)) out.push([x, ...rest])
    })
    return out
  }
  for (let h = Math.min(hardCount, free.length); h >= 0; h--) {
    for (const hard of subsets(free, h)) {
      const hardOk = hard.every((d, i) => farFrom(d, [lastHard, lastWeighted, ...hard.filter((_, j) => j !== i)]))
      if (!hardOk) continue
      const weightedOptions: (number | null)[] = wantWeighted ? [...free.filter((d) => !hard.includes(d)), null] : [null]
      for (const w of weightedOptions) {
        if (w !== null && !farFrom(w, [...hard, lastHard, lastWeighted])) continue
        let spread = 0
        for (const d of hard) spread += Math.min(...days.filter((x) => x !== d).map((x) => Math.abs(x - d)), 7)
        const score = (w !== null ? 1000 : 0) + h * 100 + spread
        if (score > best.score) best = { hard, weighted: w, score }
      }
    }
  }
  for (const d of days) roles.set(d, 'easy')
  if (longDay !== null) roles.set(longDay, 'long')
  for (const d of best.hard) roles.set(d, 'hard')
  if (best.weighted !== null) roles.set(best.weighted, 'weighted')
  return { roles }
}

function hillSprint(level: Level, nth: number): Omit<PlannedDraft, 'date'> {
  // RULES.md: 6-10 x 8-10 s at 6-8% grade, walk-down recovery; novices start with 3-4 and avoid grades over 10%.
  const reps = level === 'novice' ? Math.min(4, 3 + Math.floor(nth / 2)) : Math.min(10, 6 + Math.floor(nth / 2))
  const grade = level === 'novice' ? '5-6% grade (never over 10%)' : '6-8% grade'
  return {
    type: 'hill_sprint', durationMin: roundTo(25 + reps * 1.5, 5), distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: 8,
    description: `Hill sprints: ${reps} x 8-10 s at ${grade}, walk back down to recover; easy warm-up and cool-down. No ankle weights.`
  }
}

function intervals(level: Level, nth: number): Omit<PlannedDraft, 'date'> {
  if (level === 'novice') {
    const reps = Math.min(6, 4 + Math.floor(nth / 2))
    return {
      type: 'interval', durationMin: roundTo(25 + reps * 2, 5), distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: 7,
      description: `Intervals: ${reps} x 1 min hard / 1 min easy jog, after an easy warm-up. No ankle weights.`
    }
  }
  // Toward Helgerud's 4 x 4 min at 90-95% HRmax with 3 min recovery.
  const work = Math.min(4, 2 + Math.floor(nth / 2))
  const rest = work === 4 ? 3 : work
  return {
    type: 'interval', durationMin: roundTo(25 + 4 * (work + rest), 5), distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: 8,
    description: `Intervals: 4 x ${work} min at 90-95% HRmax, ${rest} min easy jog between. No ankle weights.`
  }
}

interface Ladder {
  kg: number | null
  min: number
  /** Day number of the last change (start, restart, weight or minutes). */
  lastChange: number | null
  /** Weighted sessions at the current level since the last change. */
  sinceChange: number
  nextChange: 'minutes' | 'weight'
}

export function generatePlan(input: GeneratorInput): GeneratedPlan {
  const config = resolveRulesConfig(input.config)
  const wso = input.weekStartsOn ?? config.weekStartsOn
  const cfg: Partial<RulesConfig> = { ...input.config, weekStartsOn: wso }
  const { athlete } = input
  const level = athlete.level
  const startDay = dayNumber(input.startDate)
  const history = input.history.filter((s) => dayNumber(s.date) < startDay)
  const owned = [...new Set(athlete.ownedWeightsKg.filter((w) => w > 0))].sort((a, b) => a - b)
  const notes: string[] = []
  const ruleAthlete = { bodyMassKg: athlete.bodyMassKg, level }
  const gap = config.rc1MinGapDays

  // --- Can this plan use ankle weights at all?
  let weightsAllowed = true
  let startKg: number | null = null
  const stops = history.length ? stopsInForce({ athlete: ruleAthlete, sessions: history, asOf: input.startDate, clearances: input.clearances, config: cfg }) : []
  // A pain stop in force: the first weeks are easy runs only, and the rules check the weeks after them as
  // if the stop had ended (RULES.md "Pain stop in force at the plan's start").
  const painStops = painStopsAtStart(stops)
  const painHoldWeeks = painStops.length > 0 ? Math.min(PAIN_STOP_EASY_WEEKS, input.weeks) : 0
  const clearances: Clearance[] = [...(input.clearances ?? []), ...assumedPainStopEnds(stops, input.startDate, input.weeks, wso)]
  const settledRow = `${config.pn2SettledSessionsToEnd} settled sessions in a row (pain during logged and ${config.pn2SettledMax}/10 or less, next morning too)`
  if (painStops.length > 0) {
    const named = painStops.map((s) => `a ${s.ruleId} (${ruleTitles[s.ruleId].toLowerCase()}) stop from ${s.date}`).join(' and ')
    notes.push(
      `${named.charAt(0).toUpperCase()}${named.slice(1)} ${painStops.length === 1 ? 'is' : 'are'} in force: no ankle weights and no hard sessions until it ends. ` +
        `Week${painHoldWeeks === 1 ? ' 1 is' : `s 1-${painHoldWeeks} are`} easy runs only (no long run, no hard session); ` +
        `weights and hard sessions resume only after ${settledRow}.` +
        (input.weeks > painHoldWeeks
          ? ` The rules check week ${painHoldWeeks + 1} on as if the stop had ended by then: if it has not, make those hard sessions easy runs too.`
          : '')
    )
  }
  if (stops.length > 0 && stops.every((s) => PAIN_STOP_RULES.has(s.ruleId) || s.ruleId === 'ST1')) {
    weightsAllowed = false
    notes.push('No ankle weights anywhere in this plan, since nobody knows yet when the pain stop will end: generate again once it has ended.')
  } else if (stops.length > 0) {
    weightsAllowed = false
    notes.push(
      `No ankle weights in this plan: ${stops.map((s) => `a ${s.ruleId} stop from ${s.date}`).join(' and ')} is in force. ` +
        `Generate again once it has ended (pain stops end after ${config.pn2SettledSessionsToEnd} settled sessions in a row; others when you clear them).`
    )
  } else if (athlete.bodyMassKg === null) {
    weightsAllowed = false
    notes.push('No ankle weights in this plan: the athlete has no body mass on file, so a safe load cannot be judged.')
  } else if (owned.length === 0) {
    weightsAllowed = false
    notes.push('No ankle weights in this plan: the athlete owns none. Add the weights they own to plan weighted runs.')
  } else {
    startKg = weightAtOrBelowPercent(owned, athlete.bodyMassKg, config.aw3StartPercent)
  }
  const minuteCap = level === 'novice' ? config.aw4CautionMinNovice : config.aw4CautionMinOther
  const startMin = Math.min(minuteCap, level === 'novice' ? 5 : 10)
  const percentCap = level === 'novice' ? config.aw1CautionPercentNovice : config.aw1CautionPercentOther

  // --- Volumes from recent history, else defaults by level.
  const recentRuns = history.filter((s) => isRunType(s.type) && dayNumber(s.date) >= startDay - 28)
  const defaults = { novice: 30, intermediate: 40, advanced: 45 }[level]
  const easyMin = Math.min(75, Math.max(20, roundTo(recentRuns.length ? median(recentRuns.map((s) => s.durationMin)) : defaults, 5)))
  const longest30 = Math.max(0, ...history.filter((s) => isRunType(s.type) && dayNumber(s.date) >= startDay - 30).map((s) => s.durationMin))
  const longBase = Math.max(easyMin, longest30 > 0 ? Math.floor(longest30) : roundTo(easyMin * 1.25, 5))
  const longCap = Math.min(150, roundTo(longBase * 1.3, 5))

  // --- Ladder state from history.
  const weightedHistory = history.filter((s) => s.ankleWeightKg > 0).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const lastWeighted = weightedHistory[weightedHistory.length - 1]
  const ladder: Ladder = { kg: null, min: startMin, lastChange: null, sinceChange: 0, nextChange: 'minutes' }
  if (lastWeighted && weightsAllowed) {
    // Continue from the latest weighted session, rounded down to an owned weight within the caps.
    const within = owned.filter((w) => w <= lastWeighted.ankleWeightKg + 1e-9 && w <= config.aw2CautionKg && totalPercent(w, athlete.bodyMassKg!) <= percentCap)
    ladder.kg = within.length ? within[within.length - 1] : null
    ladder.min = Math.max(1, Math.min(minuteCap, lastWeighted.weightedMin))
    // When did the current level start? Walk back while weight and minutes are unchanged.
    let i = weightedHistory.length - 1
    while (i > 0 && weightedHistory[i - 1].ankleWeightKg === lastWeighted.ankleWeightKg && weightedHistory[i - 1].weightedMin === lastWeighted.weightedMin) i--
    ladder.lastChange = dayNumber(weightedHistory[i].date)
    ladder.sinceChange = weightedHistory.length - i
  }

  // The start level only matters for a (re)start: an athlete with a weighted run in the last 28 days
  // continues from the current load instead.
  const continuing = ladder.kg !== null && lastWeighted !== undefined && dayNumber(lastWeighted.date) >= startDay - config.aw3WindowDays
  if (weightsAllowed && startKg === null && !continuing) {
    weightsAllowed = false
    notes.push(
      `No ankle weights in this plan: the lightest weight owned (${owned[0]} kg per ankle) is above the start level of ` +
        `${config.aw3StartPercent}% of body mass in total.`
    )
  }

  // --- Progression gate: the last 2 weighted sessions had pain <= 2 and no caution.
  const loudHistory = new Set<string>()
  if (history.length) {
    for (const w of evaluateRules({ athlete: ruleAthlete, sessions: history, asOf: addDays(input.startDate, -1), clearances, config: cfg })) {
      if (w.sessionId !== null && w.severity !== 'info') loudHistory.add(w.sessionId)
    }
  }
  const settledWeighted = (s: RuleSession) =>
    (s.pain === null || s.pain <= config.pn2SettledMax) && (s.painNextMorning === null || s.painNextMorning <= config.pn2SettledMax) && !loudHistory.has(s.id)

  // --- Build the weeks.
  const combined: RuleSession[] = [...history]
  const sessions: PlannedDraft[] = []
  const firstWeek = weekStartDayNumber(startDay, wso)
  const weekStarts: string[] = []
  const weekNotes: string[][] = []
  const deloadWeeks: number[] = []
  const weightedWeeks = new Set<number>(history.filter((s) => s.ankleWeightKg > 0).map((s) => weekStartDayNumber(dayNumber(s.date), wso)))
  const available = new Set(input.availableDays)
  let lastHard: number | null = null
  for (const s of history) if (isHardLike(s, config.hardRpe)) lastHard = Math.max(lastHard ?? -Infinity, dayNumber(s.date))
  let lastWeightedDay: number | null = lastWeighted ? dayNumber(lastWeighted.date) : null
  let hillCount = 0
  let intervalCount = 0
  let hardToggle = 0
  let seq = 0
  let dropped = 0
  let weakened = 0
  let firstWeightedWeek: number | null = null

  const loudOn = (candidate: RuleSession): Warning[] =>
    evaluateRules({ athlete: ruleAthlete, sessions: [...combined, candidate], asOf: candidate.date, clearances, config: cfg }).filter(
      (w) => w.sessionId === candidate.id && w.severity !== 'info'
    )

  const toRule = (d: PlannedDraft, id: string): RuleSession => ({
    id, date: d.date, startTime: null, type: d.type, durationMin: d.durationMin, distanceKm: d.distanceKm,
    ankleWeightKg: d.ankleWeightKg, weightedMin: d.weightedMin, rpe: d.targetRpe, pain: null, painNextMorning: null, formBreakdown: false
  })

  /** The first variant that draws nothing above info is written; null when none does. */
  /** Rules that turned a slot's first choice down, counted once per slot, for the coach's notes. */
  const softenedBy = new Map<RuleId, number>()
  let softened = 0
  const accept = (variants: PlannedDraft[], firstChoice = true): PlannedDraft | null => {
    for (const [i, v] of variants.entries()) {
      const id = planId(seq)
      const candidate = toRule(v, id)
      const loud = loudOn(candidate)
      if (loud.length > 0 && i === 0 && firstChoice) {
        softened++
        for (const r of new Set(loud.map((w) => w.ruleId))) softenedBy.set(r, (softenedBy.get(r) ?? 0) + 1)
      }
      if (loud.length === 0) {
        seq++
        combined.push(candidate)
        sessions.push(v)
        return v
      }
    }
    return null
  }

  const easyVariants = (date: string, base: number, description: string, rpe = 3): PlannedDraft[] => [
    { date, type: 'easy', durationMin: base, distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: rpe, description },
    { date, type: 'easy', durationMin: roundTo(base * 0.75, 5), distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: 3, description: 'Easy run, shorter than usual: conversational pace.' },
    { date, type: 'easy', durationMin: roundTo(base * 0.5, 5), distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: 2, description: 'Recovery jog: very easy.' }
  ]

  for (let w = 0; w < input.weeks; w++) {
    const weekStart = firstWeek + 7 * w
    weekStarts.push(isoFromDayNumber(weekStart))
    weekNotes.push([])
    const days: number[] = []
    for (let d = weekStart; d < weekStart + 7; d++) if (d >= startDay && available.has(weekday(isoFromDayNumber(d)))) days.push(d)
    const runDays = spreadDays(days, input.runsPerWeek)

    if (w < painHoldWeeks) {
      // Pain stop in force: easy runs only, no weights, no long run, no hard session.
      weekNotes[w].push(
        `Easy runs only: a pain stop (${painStops.map((s) => s.ruleId).join(', ')}) is in force. Weights and hard sessions resume only after ${settledRow}.`
      )
      const why = `A pain stop is in force: no ankle weights and no hard sessions until ${config.pn2SettledSessionsToEnd} settled sessions in a row (pain ${config.pn2SettledMax}/10 or less).`
      for (const d of runDays) {
        const variants = easyVariants(isoFromDayNumber(d), easyMin, 'Easy run, conversational pace.').map((v) => ({ ...v, description: `${v.description} ${why}` }))
        if (!accept(variants)) dropped++
      }
      continue
    }

    // Deload: after MAX_LOADED_WEEKS weighted weeks in a row (history included), a week without weights.
    let streak = 0
    for (let k = weekStart - 7; weightedWeeks.has(k); k -= 7) streak++
    const deload = weightsAllowed && streak >= MAX_LOADED_WEEKS
    if (deload) deloadWeeks.push(w)
    const wantWeighted = weightsAllowed && !deload && !weightedWeeks.has(weekStart)

    const hardCount = level === 'novice' ? (runDays.length >= 3 ? 1 : 0) : runDays.length >= 5 ? 2 : runDays.length >= 3 ? 1 : 0
    const { roles } = assignRoles(runDays, hardCount, wantWeighted, lastHard, lastWeightedDay, gap)

    for (const d of runDays) {
      const date = isoFromDayNumber(d)
      const role = roles.get(d)!
      let written: PlannedDraft | null = null
      if (role === 'hard') {
        const useHill = hardToggle % 2 === 0
        const session = { date, ...(useHill ? hillSprint(level, hillCount) : intervals(level, intervalCount)) }
        written = accept([session])
        if (written) {
          hardToggle++
          if (useHill) hillCount++
          else intervalCount++
          lastHard = d
        } else {
          weakened++
          written = accept(easyVariants(date, easyMin, 'Easy run in place of a hard session: conversational pace.'), false)
        }
      } else if (role === 'long') {
        const growth = deload ? 0 : 5 * Math.floor(w / 2)
        let target = Math.min(longCap, longBase + growth)
        // LD1: stay within +10% of the longest run of the last 30 days.
        const window = combined.filter((s) => isRunType(s.type) && dayNumber(s.date) >= d - config.ld1WindowDays + 1 && dayNumber(s.date) < d)
        if (window.length >= config.ld1MinEarlierRuns) target = Math.min(target, Math.floor(Math.max(...window.map((s) => s.durationMin)) * 1.1))
        target = Math.max(easyMin, target)
        written = accept([
          { date, type: 'long', durationMin: target, distanceKm: null, ankleWeightKg: 0, weightedMin: 0, targetRpe: 5, description: 'Long run at an easy, steady pace. No ankle weights.' },
          ...easyVariants(date, easyMin, 'Easy run in place of the long run: conversational pace.')
        ])
      } else if (role === 'weighted') {
        written = planWeighted(date, d)
        if (!written) written = accept(easyVariants(date, easyMin, 'Easy run, conversational pace. No ankle weights.'), false)
      } else {
        written = accept(easyVariants(date, easyMin, 'Easy run, conversational pace.'))
      }
      if (!written) dropped++
      else if (written.ankleWeightKg > 0) {
        weightedWeeks.add(weekStart)
        lastWeightedDay = d
        if (firstWeightedWeek === null) firstWeightedWeek = w
      }
    }
  }

  function planWeighted(date: string, d: number): PlannedDraft | null {
    if (athlete.bodyMassKg === null) return null
    const bodyMass = athlete.bodyMassKg
    const recent = combined.some((s) => s.ankleWeightKg > 0 && dayNumber(s.date) >= d - config.aw3WindowDays && dayNumber(s.date) < d)
    const changeDue = ladder.lastChange === null || d - ladder.lastChange >= MIN_DAYS_BETWEEN_CHANGES
    const weighted = (kg: number, min: number, what: string): PlannedDraft => ({
      date, type: 'easy', durationMin: Math.max(easyMin, min), distanceKm: null, ankleWeightKg: kg, weightedMin: min, targetRpe: 3,
      description: `Easy run; ankle weights on for the first ${min} min, then take them off and finish unweighted. ${what}`.trim()
    })
    const variants: { draft: PlannedDraft; apply: () => void }[] = []
    if (ladder.kg === null || !recent) {
      // Start or restart light: at most the start level, 5-10 weighted minutes.
      if (changeDue && startKg !== null) {
        variants.push({
          draft: weighted(startKg, startMin, ladder.kg === null ? 'First weighted run: start light.' : 'Restart light after a break.'),
          apply: () => Object.assign(ladder, { kg: startKg, min: startMin, lastChange: d, sinceChange: 1, nextChange: 'minutes' })
        })
      }
    } else {
      const current = { kg: ladder.kg, min: ladder.min }
      const last2 = combined.filter((s) => s.ankleWeightKg > 0).slice(-2)
      const gateOk = last2.length === 2 && last2.every((s) => s.id.startsWith('~plan') || settledWeighted(s)) && ladder.sinceChange >= 2
      if (changeDue && gateOk) {
        const order: ('minutes' | 'weight')[] = ladder.nextChange === 'minutes' ? ['minutes', 'weight'] : ['weight', 'minutes']
        for (const kind of order) {
          if (kind === 'minutes' && current.min + MINUTES_STEP <= minuteCap) {
            const min = current.min + MINUTES_STEP
            variants.push({
              draft: weighted(current.kg, min, `Progression: ${MINUTES_STEP} more minutes with weights, same weight.`),
              apply: () => Object.assign(ladder, { min, lastChange: d, sinceChange: 1, nextChange: 'weight' })
            })
          }
          if (kind === 'weight') {
            const next = owned.find((w) => w > current.kg + 1e-9)
            if (
              next !== undefined && round2(next - current.kg) <= config.aw3CautionStepKg && next <= config.aw2CautionKg &&
              totalPercent(next, bodyMass) <= percentCap
            ) {
              variants.push({
                draft: weighted(next, current.min, 'Progression: one step heavier, same minutes.'),
                apply: () => Object.assign(ladder, { kg: next, lastChange: d, sinceChange: 1, nextChange: 'minutes' })
              })
            }
          }
        }
      }
      variants.push({ draft: weighted(current.kg, current.min, 'Same load as last time.'), apply: () => { ladder.sinceChange++ } })
    }
    for (const [i, v] of variants.entries()) {
      const written = accept([v.draft], i === 0)
      if (written) {
        v.apply()
        return written
      }
    }
    return null
  }

  if (weightsAllowed && firstWeightedWeek === null) {
    notes.push(
      level === 'novice'
        ? 'No weighted session fits yet: a novice first builds a base of unweighted runs (at least 4 weeks and 8 runs). Plan again after this block.'
        : 'No weighted session fits this plan without a caution from the rules; it is unweighted.'
    )
  } else if (weightsAllowed && firstWeightedWeek !== null && firstWeightedWeek > 0 && level === 'novice') {
    notes.push(`Weighted runs start in week ${firstWeightedWeek + 1}, once the unweighted base is built.`)
  }
  if (deloadWeeks.length) notes.push(`Deload ${deloadWeeks.length === 1 ? 'week' : 'weeks'} ${deloadWeeks.map((w) => w + 1).join(', ')}: same runs, no ankle weights.`)
  if (softened) {
    const reasons = [...softenedBy.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${ruleTitles[r].toLowerCase()} (${n})`)
    notes.push(
      `${softened} planned session${softened === 1 ? ' was' : 's were'} made milder than the pattern (same load held, weights off, shorter, easy or left out) ` +
        `because the rules flagged the first choice: ${reasons.join(', ')}.`
    )
  }
  if (weakened) notes.push(`Of those, ${weakened} hard ${weakened === 1 ? 'session became an easy run' : 'sessions became easy runs'}.`)
  if (dropped) notes.push(`${dropped} run${dropped === 1 ? ' was' : 's were'} left out: every variant drew a caution from the rules.`)
  return { sessions, weekStarts, deloadWeeks, notes, weekNotes }
}

function isHardLike(s: RuleSession, hardRpe: number): boolean {
  return s.type === 'interval' || s.type === 'hill_sprint' || s.type === 'tempo' || s.type === 'race' || (s.rpe !== null && s.rpe >= hardRpe)
}
