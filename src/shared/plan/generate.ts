// The plan generator: a progressive plan built from RULES.md's "Plan generator defaults" (both parts),
// with every planned session checked by the rules module against the athlete's history plus the plan
// so far. A session that would draw anything above `info` is replaced by a milder variant (hold the
// weight, drop the weights, shorten, easy instead of hard) or left out. Pure and deterministic.
// The numbers live in small modules: baseline, ramp, longRun, intensity, distance, weights, days.
import { addDays, dayNumber, isoFromDayNumber, weekStartDayNumber, weekday } from '../calendar'
import type { Level } from '../domain'
import {
  evaluateRules,
  resolveRulesConfig,
  ruleTitles,
  stopsInForce,
  type Clearance,
  type RuleId,
  type RuleSession,
  type RulesConfig,
  type StopInForce,
  type Warning
} from '../rules'
import { round2 } from '../rules/numbers'
import { dayText, distanceText, massText } from '../text/tokens'
import { computeBaseline, NOVICE_START, type Baseline } from './baseline'
import { assignRoles, capDaysInRow, spreadDays } from './days'
import { plannedDistanceKm } from './distance'
import {
  easyText,
  hardLimit,
  hillSprintSession,
  inclineSession,
  intervalSession,
  longText,
  runWalkText,
  slotKind,
  type SessionBody
} from './intensity'
import {
  goalDistanceKm,
  goalDistanceLabel,
  longestAllowed,
  LONG_RUN_GROWTH,
  longRunCap,
  type GoalDistance
} from './longRun'
import { weightsSentence } from './whatToDo'
import { NOVICE_MAX_DAYS_IN_ROW, TAPER_MIN, weekKind, weekMinutes, weekRuns, type WeekKind } from './ramp'
import { floor5, round5 } from './rounding'
import type { PlannedDraft } from './schema'
import { BREAK_DAYS, lighterStep, MIN_WEIGHTED_MIN, minutesForHeavier } from './weights'

export interface GeneratorAthlete {
  bodyMassKg: number | null
  level: Level
  ownedWeightsKg: number[]
  /** Maximum heart rate when known: only then do targets carry a heart-rate range. */
  maxHr?: number | null
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
  /** Goal race distance: sets the long run's cap (none: 1.3 x the baseline's longest run). */
  goalDistance?: GoalDistance | null
  /** Goal race date: inside the plan it brings a 2-week taper and the race on its date. */
  goalRaceDate?: string | null
  /** Weekly run minutes the coach aims for; by default the baseline's minutes per run x runs per week. */
  weeklyMinutes?: number | null
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
  /** What the plan was built from. */
  baseline: Baseline
  /** Indexes of cutback weeks (70-80% of the week before). */
  cutbackWeeks: number[]
  /** Indexes of the taper weeks (60-70% of the week before), the race week included. */
  taperWeeks: number[]
  /** Index of the week holding the goal race, when it lies inside the plan. */
  raceWeek: number | null
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
  stopsAtStart: readonly StopInForce[],
  startDate: string,
  weeks: number,
  weekStartsOn: number
): Clearance[] {
  if (weeks <= PAIN_STOP_EASY_WEEKS) return []
  const endOfHold = isoFromDayNumber(weekStartDayNumber(dayNumber(startDate), weekStartsOn) + 7 * PAIN_STOP_EASY_WEEKS)
  return [...new Set(painStopsAtStart(stopsAtStart).map((s) => s.ruleId))].map((ruleId) => ({
    ruleId,
    clearedOn: endOfHold
  }))
}

/** At most this many calendar weeks in a row with weighted sessions; then a deload week (RULES.md: at least every 6 weeks). */
export const MAX_LOADED_WEEKS = 5
/** One change (weight or minutes) at most this often. */
export const MIN_DAYS_BETWEEN_CHANGES = 14
/** Minutes of the weighted block added per step. */
const MINUTES_STEP = 5
/** No weights in the last 10 days before a goal race. */
export const NO_WEIGHTS_BEFORE_RACE_DAYS = 10
/** Shortest easy run planned. */
const MIN_EASY = 20
/** Without a known pace, a race's minutes are estimated at this pace. */
const RACE_PACE_GUESS = 6.5

const isRunType = (t: RuleSession['type']) => t !== 'cross'

/** Plan ids sort after each other and never collide with history ids. */
const planId = (i: number) => `~plan${String(i).padStart(4, '0')}`

export const totalPercent = (kgPerAnkle: number, bodyMassKg: number): number =>
  round2(((2 * kgPerAnkle) / bodyMassKg) * 100)

/** The heaviest owned weight whose total share of body mass is at or below `percent`; null if none. */
export function weightAtOrBelowPercent(owned: readonly number[], bodyMassKg: number, percent: number): number | null {
  let best: number | null = null
  for (const w of owned) if (w > 0 && totalPercent(w, bodyMassKg) <= percent && (best === null || w > best)) best = w
  return best
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

/** `total` minutes over `n` runs as multiples of 5 between lo and hi, the longer ones last. */
function splitMinutes(total: number, n: number, lo: number, hi: number): number[] {
  if (n <= 0) return []
  const each = Math.max(lo, Math.min(hi, floor5(total / n)))
  const out = Array.from({ length: n }, () => each)
  let left = floor5(total) - each * n
  for (let i = n - 1; i >= 0 && left >= 5; i--) {
    if (out[i] + 5 <= hi) {
      out[i] += 5
      left -= 5
    }
  }
  return out
}

/** Why a week's long-run slot became an easy run. */
type NoLongWhy = 'cap' | 'growth' | 'minutes' | 'rules'
const NO_LONG_REASON: Record<NoLongWhy, string> = {
  cap: 'the long-run cap',
  growth: 'the long run grows at most 10% over the longest run of the last 30 days',
  minutes: "the week's run minutes rise at most 10% over the week before, and cutback and taper weeks have fewer",
  rules: 'the rules flagged every longer choice'
}
const noLongWeekText = (why: NoLongWhy, easyMin: number, planned: number): string =>
  `No long run this week: a long run is never shorter than the week's easy runs (${easyMin} min) and one that long did not fit (${NO_LONG_REASON[why]}), ` +
  `so the last run of the week is a ${planned}-min easy run.`

export function generatePlan(input: GeneratorInput): GeneratedPlan {
  const config = resolveRulesConfig(input.config)
  const wso = input.weekStartsOn ?? config.weekStartsOn
  const cfg: Partial<RulesConfig> = { ...input.config, weekStartsOn: wso }
  const { athlete } = input
  const level = athlete.level
  const maxHr = athlete.maxHr ?? null
  const startDay = dayNumber(input.startDate)
  const history = input.history.filter((s) => dayNumber(s.date) < startDay)
  const owned = [...new Set(athlete.ownedWeightsKg.filter((w) => w > 0))].sort((a, b) => a - b)
  const notes: string[] = []
  const ruleAthlete = { bodyMassKg: athlete.bodyMassKg, level }
  const gap = config.rc1MinGapDays
  const firstWeek = weekStartDayNumber(startDay, wso)
  const lastDay = firstWeek + 7 * input.weeks - 1

  // --- Baseline (RULES.md second part).
  const baseline = computeBaseline(history, input.startDate, wso, config.hardRpe)
  const pace = baseline.easyPaceMinPerKm
  const baseRuns = baseline.noviceStart ? NOVICE_START.runsPerWeek : baseline.runsPerWeek
  const baseMinutes = baseline.noviceStart ? NOVICE_START.minutesPerWeek : baseline.minutesPerWeek
  const perRun = baseline.noviceStart
    ? NOVICE_START.maxRunMin
    : baseRuns > 0
      ? baseMinutes / baseRuns
      : NOVICE_START.maxRunMin
  const goalMinutes = input.weeklyMinutes ?? Math.max(baseMinutes, round5(perRun * input.runsPerWeek))
  const gentle = level === 'novice' || baseline.hardPerWeek === 0
  const longCap = longRunCap(input.goalDistance, baseline.longestRunMin, NOVICE_START.maxRunMin)
  const race =
    input.goalRaceDate &&
    input.goalDistance &&
    dayNumber(input.goalRaceDate) >= startDay &&
    dayNumber(input.goalRaceDate) <= lastDay
      ? {
          day: dayNumber(input.goalRaceDate),
          km: goalDistanceKm[input.goalDistance],
          label: goalDistanceLabel[input.goalDistance]
        }
      : null
  const raceWeek = race ? Math.floor((race.day - firstWeek) / 7) : null

  // --- Can this plan use ankle weights at all?
  let weightsAllowed = true
  let startKg: number | null = null
  const stops = history.length
    ? stopsInForce({
        athlete: ruleAthlete,
        sessions: history,
        asOf: input.startDate,
        clearances: input.clearances,
        config: cfg
      })
    : []
  // A pain stop in force: the first weeks are easy runs only, and the rules check the weeks after them as
  // if the stop had ended (RULES.md "Pain stop in force at the plan's start").
  const painStops = painStopsAtStart(stops)
  const painHoldWeeks = painStops.length > 0 ? Math.min(PAIN_STOP_EASY_WEEKS, input.weeks) : 0
  const clearances: Clearance[] = [
    ...(input.clearances ?? []),
    ...assumedPainStopEnds(stops, input.startDate, input.weeks, wso)
  ]
  const settledRow = `${config.pn2SettledSessionsToEnd} settled sessions in a row (pain during logged and ${config.pn2SettledMax}/10 or less, next morning too)`
  if (painStops.length > 0) {
    const named = painStops
      .map((s) => `a ${s.ruleId} (${ruleTitles[s.ruleId].toLowerCase()}) stop from ${dayText(s.date)}`)
      .join(' and ')
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
    notes.push(
      'No ankle weights anywhere in this plan, since nobody knows yet when the pain stop will end: generate again once it has ended.'
    )
  } else if (stops.length > 0) {
    weightsAllowed = false
    notes.push(
      `No ankle weights in this plan: ${stops.map((s) => `a ${s.ruleId} stop from ${dayText(s.date)}`).join(' and ')} is in force. ` +
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

  // --- Ladder state from history.
  const weightedHistory = history
    .filter((s) => s.ankleWeightKg > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const lastWeighted = weightedHistory[weightedHistory.length - 1]
  const ladder: Ladder = { kg: null, min: startMin, lastChange: null, sinceChange: 0, nextChange: 'minutes' }
  if (lastWeighted && weightsAllowed) {
    // Continue from the latest weighted session, rounded down to an owned weight within the caps.
    const within = owned.filter(
      (w) =>
        w <= lastWeighted.ankleWeightKg + 1e-9 &&
        w <= config.aw2CautionKg &&
        totalPercent(w, athlete.bodyMassKg!) <= percentCap
    )
    ladder.kg = within.length ? within[within.length - 1] : null
    ladder.min = Math.max(1, Math.min(minuteCap, lastWeighted.weightedMin))
    // When did the current level start? Walk back while weight and minutes are unchanged.
    let i = weightedHistory.length - 1
    while (
      i > 0 &&
      weightedHistory[i - 1].ankleWeightKg === lastWeighted.ankleWeightKg &&
      weightedHistory[i - 1].weightedMin === lastWeighted.weightedMin
    )
      i--
    ladder.lastChange = dayNumber(weightedHistory[i].date)
    ladder.sinceChange = weightedHistory.length - i
  }

  // --- After a pain stop that has ended (and no weighted run since): restart one step lighter, or at the start level.
  let painRestart: { from: number; to: number } | null = null
  if (weightsAllowed && ladder.kg !== null && lastWeighted && history.length) {
    const painDates = evaluateRules({
      athlete: ruleAthlete,
      sessions: history,
      asOf: addDays(input.startDate, -1),
      clearances,
      config: cfg
    })
      .filter((w) => w.sessionId !== null && PAIN_STOP_RULES.has(w.ruleId) && w.severity === 'stop')
      .map((w) => w.date)
      .sort()
    const lastPain = painDates[painDates.length - 1]
    if (lastPain !== undefined && lastPain >= lastWeighted.date) {
      const lighter = lighterStep(owned, ladder.kg)
      const to = lighter ?? startKg ?? ladder.kg
      painRestart = { from: ladder.kg, to }
      ladder.kg = to
      ladder.lastChange = null
      ladder.sinceChange = 0
    }
  }

  // The start level only matters for a (re)start: an athlete with a weighted run in the last 28 days
  // continues from the current load instead.
  const continuing =
    ladder.kg !== null && lastWeighted !== undefined && dayNumber(lastWeighted.date) >= startDay - config.aw3WindowDays
  if (weightsAllowed && startKg === null && !continuing) {
    weightsAllowed = false
    notes.push(
      `No ankle weights in this plan: the lightest weight owned (${massText(owned[0])} per ankle) is above the start level of ` +
        `${config.aw3StartPercent}% of body mass in total.`
    )
  }
  if (painRestart) {
    notes.push(
      painRestart.to < painRestart.from
        ? `Weights restart one step lighter after the pain stop: ${massText(painRestart.to)} per ankle instead of ${massText(painRestart.from)}.`
        : `Weights restart at ${massText(painRestart.to)} per ankle after the pain stop (no lighter weight is owned).`
    )
  }

  // --- Progression gate: the last 2 weighted sessions had pain <= 2 and no caution.
  const loudHistory = new Set<string>()
  if (history.length) {
    for (const w of evaluateRules({
      athlete: ruleAthlete,
      sessions: history,
      asOf: addDays(input.startDate, -1),
      clearances,
      config: cfg
    })) {
      if (w.sessionId !== null && w.severity !== 'info') loudHistory.add(w.sessionId)
    }
  }
  const settledWeighted = (s: RuleSession) =>
    (s.pain === null || s.pain <= config.pn2SettledMax) &&
    (s.painNextMorning === null || s.painNextMorning <= config.pn2SettledMax) &&
    !loudHistory.has(s.id)

  // --- Build the weeks.
  // In date order (the history may come in any order): the weight ladder reads 'the last weighted runs'.
  const combined: RuleSession[] = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const sessions: PlannedDraft[] = []
  const weekStarts: string[] = []
  const weekNotes: string[][] = []
  const deloadWeeks: number[] = []
  const cutbackWeeks: number[] = []
  const taperWeeks: number[] = []
  const weightedWeeks = new Set<number>(
    history.filter((s) => s.ankleWeightKg > 0).map((s) => weekStartDayNumber(dayNumber(s.date), wso))
  )
  const available = new Set(input.availableDays)
  const runDaysSoFar = new Set<number>(history.filter((s) => isRunType(s.type)).map((s) => dayNumber(s.date)))
  let lastHard: number | null = null
  for (const s of history)
    if (isHardLike(s, config.hardRpe)) lastHard = Math.max(lastHard ?? -Infinity, dayNumber(s.date))
  let lastWeightedDay: number | null = lastWeighted ? dayNumber(lastWeighted.date) : null
  let slotIndex = 0
  let hillCount = 0
  let inclineCount = 0
  let intervalCount = 0
  let seq = 0
  let dropped = 0
  let weakened = 0
  let heldAfterBreak = 0
  let firstWeightedWeek: number | null = null
  let raceFlags: Warning[] = []
  // Ramp state.
  let prevMinutes: number | null = null
  let prevKind: WeekKind | null = null
  let lastNormal: number | null = null
  let prevRuns: number | null = null
  let weeksSinceAdd = 0
  let fewestRunsShort = 0
  let daysShort = 0
  let maxPlannedMinutes = 0
  let longShortOfCap = true
  /** Weeks whose long-run slot became an easy run, and why: no long run fitted at least as long as the easy runs. */
  const noLongWeeks: { week: number; why: NoLongWhy; easy: number }[] = []
  let weekBudget = Infinity

  const loudOn = (candidate: RuleSession): Warning[] =>
    evaluateRules({
      athlete: ruleAthlete,
      sessions: [...combined, candidate],
      asOf: candidate.date,
      clearances,
      config: cfg
    }).filter((w) => w.sessionId === candidate.id && w.severity !== 'info')

  const toRule = (d: PlannedDraft, id: string): RuleSession => ({
    id,
    date: d.date,
    startTime: null,
    type: d.type,
    durationMin: d.durationMin,
    distanceKm: d.distanceKm,
    ankleWeightKg: d.ankleWeightKg,
    weightedMin: d.weightedMin,
    rpe: d.targetRpe,
    pain: null,
    painNextMorning: null,
    formBreakdown: false
  })
  const withDistance = (date: string, body: SessionBody): PlannedDraft => ({
    date,
    ...body,
    distanceKm: plannedDistanceKm(body.durationMin, pace)
  })

  /** Rules that turned a slot's first choice down, counted once per slot, for the coach's notes. */
  const softenedBy = new Map<RuleId, number>()
  let softened = 0
  const write = (v: PlannedDraft): PlannedDraft => {
    if (v.type !== 'race') weekBudget -= v.durationMin
    combined.push(toRule(v, planId(seq)))
    seq++
    sessions.push(v)
    return v
  }
  /** The first variant that draws nothing above info is written; null when none does. */
  const accept = (variants: PlannedDraft[], firstChoice = true): PlannedDraft | null => {
    for (const [i, v] of variants.entries()) {
      // The week's run minutes never go past the ramp's bound (the race is written apart).
      if (v.durationMin > weekBudget) continue
      const loud = loudOn(toRule(v, planId(seq)))
      if (loud.length > 0 && i === 0 && firstChoice) {
        softened++
        for (const r of new Set(loud.map((w) => w.ruleId))) softenedBy.set(r, (softenedBy.get(r) ?? 0) + 1)
      }
      if (loud.length === 0) return write(v)
    }
    return null
  }

  /** Easy variants: the planned minutes, then 5 min shorter each, down to MIN_EASY - 5. */
  const easyVariants = (date: string, minutes: number, text: (m: number) => string): PlannedDraft[] => {
    const out: PlannedDraft[] = []
    for (let m = minutes; m >= Math.min(minutes, MIN_EASY - 5) && out.length < 5; m -= 5) {
      out.push(
        withDistance(date, {
          type: 'easy',
          durationMin: m,
          ankleWeightKg: 0,
          weightedMin: 0,
          targetRpe: 3,
          description: text(m)
        })
      )
    }
    return out
  }
  const longestIn30 = (d: number): number =>
    Math.max(
      0,
      ...combined
        .filter((s) => isRunType(s.type) && dayNumber(s.date) > d - config.ld1WindowDays && dayNumber(s.date) < d)
        .map((s) => s.durationMin)
    )

  for (let w = 0; w < input.weeks; w++) {
    const weekStart = firstWeek + 7 * w
    weekStarts.push(isoFromDayNumber(weekStart))
    weekNotes.push([])
    const kind = weekKind(w, raceWeek)
    if (kind === 'cutback') cutbackWeeks.push(w)
    if (kind === 'taper' || kind === 'race') taperWeeks.push(w)
    const raceDay = race && kind === 'race' ? race.day : null
    const partial = weekStart < startDay

    // How many runs, and on which days.
    // The novice start is 3 runs a week from week 1 (weekRuns adds 1 to the baseline's runs).
    const runs = weekRuns({
      week: w,
      kind,
      requested: input.runsPerWeek,
      baselineRuns: baseline.noviceStart ? NOVICE_START.runsPerWeek - 1 : baseRuns,
      previous: prevRuns,
      weeksSinceAdd
    })
    if (runs < input.runsPerWeek) fewestRunsShort = Math.max(fewestRunsShort, w + 1)
    const days: number[] = []
    for (let d = weekStart; d < weekStart + 7; d++) {
      if (d < startDay || !available.has(weekday(isoFromDayNumber(d)))) continue
      // Race week: nothing on the race day but the race, nothing the day after it, and only easy runs before it.
      if (raceDay !== null && (d === raceDay || d === raceDay + 1)) continue
      days.push(d)
    }
    const wanted = raceDay !== null ? Math.max(0, runs - 1) : runs
    let runDays = spreadDays(days, wanted)
    if (level === 'novice' || baseline.noviceStart)
      runDays = capDaysInRow(
        runDays,
        new Set([...runDaysSoFar, ...(raceDay !== null ? [raceDay] : [])]),
        NOVICE_MAX_DAYS_IN_ROW
      )
    if (runDays.length < wanted && !partial) daysShort = Math.max(daysShort, wanted - runDays.length)

    // How many minutes.
    const bound = weekMinutes({
      week: w,
      kind,
      baselineMinutes: baseMinutes,
      previous: prevMinutes,
      previousKind: prevKind,
      lastNormal,
      goal: goalMinutes
    })
    const target = bound.target
    weekBudget = bound.max

    // Roles.
    const hold = w < painHoldWeeks
    let streak = 0
    for (let k = weekStart - 7; weightedWeeks.has(k); k -= 7) streak++
    const deload = weightsAllowed && !hold && streak >= MAX_LOADED_WEEKS
    if (deload) deloadWeeks.push(w)
    const wantWeighted = weightsAllowed && !hold && !deload && !weightedWeeks.has(weekStart)
    const hardCount =
      hold || kind === 'race'
        ? 0
        : hardLimit({ week: w, level, baselineHardPerWeek: baseline.hardPerWeek, runs: runDays.length })
    const runWalk = baseline.noviceStart && w < 2
    const { roles } = assignRoles(
      runDays,
      hardCount,
      wantWeighted,
      lastHard,
      lastWeightedDay,
      gap,
      !hold && kind !== 'race' && !runWalk
    )
    if (hold) {
      weekNotes[w].push(
        `Easy runs only: a pain stop (${painStops.map((s) => s.ruleId).join(', ')}) is in force. Weights and hard sessions resume only after ${settledRow}.`
      )
    }

    // Hard sessions first (their minutes are fixed), then the long run, then the easy runs share the rest.
    const easing = kind === 'cutback' || kind === 'taper'
    const hardBodies = new Map<number, SessionBody>()
    const slotOf = new Map<number, number>()
    for (const d of runDays) {
      if (roles.get(d) !== 'hard') continue
      const slot = slotIndex + slotOf.size
      const kindOfSlot = slotKind(slot, gentle)
      slotOf.set(d, slot)
      // A cutback or taper week does not progress its hard session: it repeats an easier one from before.
      const nth = (n: number) => (easing ? Math.max(0, n - 2) : n)
      hardBodies.set(
        d,
        kindOfSlot === 'interval'
          ? intervalSession(level, nth(intervalCount), maxHr)
          : kindOfSlot === 'incline'
            ? inclineSession(nth(inclineCount), maxHr)
            : hillSprintSession(level, nth(hillCount))
      )
    }
    let hardMinutes = [...hardBodies.values()].reduce((t, b) => t + b.durationMin, 0)
    const longDay = runDays.find((d) => roles.get(d) === 'long') ?? null
    let easyDays = runDays.filter((d) => roles.get(d) === 'easy' || roles.get(d) === 'weighted')
    const runCap = longestAllowed(
      longestIn30(runDays[0] ?? weekStart),
      Math.max(longCap, NOVICE_START.maxRunMin),
      NOVICE_START.maxRunMin
    )
    let longMin = 0
    const longAllowed = longDay !== null ? longestAllowed(longestIn30(longDay), longCap, NOVICE_START.maxRunMin) : 0
    if (longDay !== null) {
      const share = runDays.length === 3 ? 0.45 : 0.4
      longMin = Math.max(MIN_EASY, Math.min(longAllowed, floor5(share * target)))
      if (longMin >= longCap) longShortOfCap = false
    }
    // A small week: fewer hard sessions, then fewer easy runs, so the week stays within its minutes.
    for (const d of [...hardBodies.keys()].reverse()) {
      if (hardMinutes + longMin + easyDays.length * (MIN_EASY - 5) <= target) break
      hardMinutes -= hardBodies.get(d)!.durationMin
      hardBodies.delete(d)
      roles.set(d, 'easy')
      easyDays = runDays.filter((x) => roles.get(x) === 'easy' || roles.get(x) === 'weighted')
    }
    while (
      easyDays.length > 0 &&
      hardMinutes + longMin + easyDays.length * (MIN_EASY - 5) > target &&
      runDays.length > 1
    ) {
      const gone = easyDays.find((x) => roles.get(x) === 'easy') ?? easyDays[0]
      runDays = runDays.filter((x) => x !== gone)
      easyDays = easyDays.filter((x) => x !== gone)
    }
    const easyMax = Math.max(
      MIN_EASY,
      Math.min(
        runCap,
        longDay !== null ? longMin : runCap,
        baseline.noviceStart && w < 2 ? NOVICE_START.maxRunMin : Infinity
      )
    )
    const easyBudget = Math.max(0, target - hardMinutes - longMin)
    const easyMins: number[] = splitMinutes(
      easyBudget,
      easyDays.length,
      easyBudget >= easyDays.length * MIN_EASY ? MIN_EASY : MIN_EASY - 5,
      easyMax
    )
    // The weighted run needs room for its weighted minutes (and a +5 step) plus an unweighted finish.
    const wIdx = easyDays.findIndex((d) => roles.get(d) === 'weighted')
    if (wIdx >= 0) easyMins[wIdx] = Math.max(easyMins[wIdx], round5(ladder.min + 10))
    // The long run is never shorter than the week's easy runs: it grows to the weighted run's length when
    // its 10% growth limit and cap allow (the week's bound is kept by the trim below).
    if (longDay !== null && easyMins.length) longMin = Math.max(longMin, Math.min(longAllowed, Math.max(...easyMins)))
    // Never above the week's bound: trim the longest of the long and easy runs, 5 min at a time
    // (the long run only while it stays at least as long as every easy run).
    for (let over = hardMinutes + longMin + easyMins.reduce((t, m) => t + m, 0) - bound.max; over > 0; over -= 5) {
      const i = easyMins.reduce(
        (best, m, k) => (k !== wIdx && (best === wIdx || m > (easyMins[best] ?? 0)) ? k : best),
        wIdx === 0 ? 1 : 0
      )
      if (longMin > MIN_EASY && longMin - 5 >= Math.max(0, ...easyMins)) longMin -= 5
      else if (easyMins[i] !== undefined && easyMins[i] > MIN_EASY - 5) easyMins[i] -= 5
      else if (longMin > MIN_EASY) longMin -= 5
      else break
    }
    const easyMinOf = new Map(easyDays.map((d, i) => [d, easyMins[i]]))

    const easyTextFor =
      (extra = '') =>
      (m: number) =>
        `${runWalk ? runWalkText(m, w, maxHr) : easyText(m, maxHr)}${extra}`
    const holdWhy = ` A pain stop is in force: no ankle weights and no hard sessions until ${config.pn2SettledSessionsToEnd} settled sessions in a row (pain ${config.pn2SettledMax}/10 or less).`

    for (const d of runDays) {
      const date = isoFromDayNumber(d)
      const role = roles.get(d)!
      let written: PlannedDraft | null = null
      if (hold) {
        written = accept(easyVariants(date, easyMinOf.get(d) ?? MIN_EASY, easyTextFor(holdWhy)))
      } else if (role === 'hard') {
        const body = hardBodies.get(d)!
        written = accept([withDistance(date, body)])
        if (written) {
          slotIndex = Math.max(slotIndex, slotOf.get(d)! + 1)
          if (!easing) {
            if (body.type === 'interval') intervalCount++
            else if (body.type === 'incline') inclineCount++
            else hillCount++
          }
          if (body.type !== 'incline') lastHard = d
        } else {
          weakened++
          // No longer than the week's long run, so that it keeps its minutes.
          written = accept(
            easyVariants(
              date,
              Math.min(body.durationMin, easyMax, longDay !== null ? Math.max(MIN_EASY, longMin) : Infinity),
              easyTextFor(' In place of a hard session.')
            ),
            false
          )
        }
      } else if (role === 'long') {
        // The long run is the week's last run: never shorter than the easy runs already written this week.
        const longestEasy = Math.max(
          0,
          ...sessions
            .filter((s) => s.type === 'easy' && dayNumber(s.date) >= weekStart && dayNumber(s.date) < d)
            .map((s) => s.durationMin)
        )
        // Within 110% of the longest run of the 30 days before it (this week's earlier runs included), the cap and the week's minutes.
        const before = longestIn30(d)
        const grown = before > 0 ? floor5(LONG_RUN_GROWTH * before) : Infinity
        const top = Math.min(Math.max(longMin, longestEasy), grown, longAllowed, floor5(weekBudget))
        const variants: PlannedDraft[] = []
        for (let m = top; m >= Math.max(MIN_EASY, longestEasy) && variants.length < 6; m -= 5) {
          variants.push(
            withDistance(date, {
              type: 'long',
              durationMin: m,
              ankleWeightKg: 0,
              weightedMin: 0,
              targetRpe: 4,
              description: longText(m, maxHr)
            })
          )
        }
        written = accept(variants)
        if (!written) {
          // No long run fits at least as long as the easy runs: the slot becomes an easy run, and the notes say why.
          const why =
            longAllowed < longestEasy
              ? 'cap'
              : grown < longestEasy
                ? 'growth'
                : floor5(weekBudget) < Math.max(MIN_EASY, longestEasy)
                  ? 'minutes'
                  : 'rules'
          written = accept(
            easyVariants(date, Math.max(MIN_EASY - 5, Math.min(longMin, longestEasy || longMin)), easyTextFor()),
            false
          )
          if (written) {
            noLongWeeks.push({ week: w, why, easy: longestEasy })
            weekNotes[w].push(noLongWeekText(why, longestEasy, written.durationMin))
          }
        }
      } else if (role === 'weighted') {
        const minutes = easyMinOf.get(d) ?? MIN_EASY
        const raceSoon = race !== null && race.day - d <= NO_WEIGHTS_BEFORE_RACE_DAYS && race.day >= d
        written = raceSoon ? null : planWeighted(date, d, minutes, w)
        if (!written) written = accept(easyVariants(date, minutes, easyTextFor(' No ankle weights.')), false)
      } else {
        written = accept(easyVariants(date, easyMinOf.get(d) ?? MIN_EASY, easyTextFor()))
      }
      if (!written) dropped++
      else {
        runDaysSoFar.add(d)
        if (written.ankleWeightKg > 0) {
          weightedWeeks.add(weekStart)
          lastWeightedDay = d
          if (firstWeightedWeek === null) firstWeightedWeek = w
        }
      }
    }

    // The goal race on its date, whatever the rules say of it (they are reported in the notes).
    if (raceDay !== null && race) {
      const minutes = round5(race.km * (pace ?? RACE_PACE_GUESS) * (pace ? 0.95 : 1))
      const draft: PlannedDraft = {
        date: isoFromDayNumber(raceDay),
        type: 'race',
        durationMin: minutes,
        distanceKm: race.km,
        ankleWeightKg: 0,
        weightedMin: 0,
        targetRpe: 9,
        description: `Race day: ${race.label}. 10 min easy jog and a few strides to warm up; start steady and run by effort. No ankle weights.`
      }
      raceFlags = loudOn(toRule(draft, planId(seq)))
      write(draft)
      runDaysSoFar.add(raceDay)
      lastHard = Math.max(lastHard ?? -Infinity, raceDay)
      // Runs after the race in the race week: none (the day after is rest), the week after follows the ramp.
    }

    // Runs: the most written in a full week so far; one more at most every 2 weeks.
    const writtenRuns = sessions.filter(
      (s) => dayNumber(s.date) >= weekStart && dayNumber(s.date) < weekStart + 7 && isRunType(s.type)
    ).length
    if (!partial) {
      if (prevRuns === null || writtenRuns > prevRuns) {
        weeksSinceAdd = prevRuns === null ? weeksSinceAdd + 1 : 1
        prevRuns = writtenRuns
      } else weeksSinceAdd++
    } else weeksSinceAdd++
    // Ramp bookkeeping: this week's run minutes, the race excluded. A partial first week passes on its target.
    const actual = sessions
      .filter(
        (s) =>
          dayNumber(s.date) >= weekStart && dayNumber(s.date) < weekStart + 7 && s.type !== 'race' && isRunType(s.type)
      )
      .reduce((t, s) => t + s.durationMin, 0)
    // A taper or race week that could not reach 60% of the week before (few runs around the race, each at its
    // longest allowed) says so, rather than quietly tapering harder than the plan's notes promise.
    if (
      (kind === 'taper' || kind === 'race') &&
      prevMinutes !== null &&
      !partial &&
      actual < TAPER_MIN * prevMinutes - 1e-9
    ) {
      const lengths = sessions
        .filter(
          (s) =>
            dayNumber(s.date) >= weekStart &&
            dayNumber(s.date) < weekStart + 7 &&
            s.type !== 'race' &&
            isRunType(s.type)
        )
        .map((s) => s.durationMin)
      const why =
        lengths.length > 0 && lengths.every((m) => m === easyMax)
          ? `${lengths.length === 1 ? 'its one run is' : `its ${lengths.length} runs are`} at the longest allowed (${easyMax} min${runWalk ? ' of run/walk' : ''})`
          : `only ${lengths.length} run${lengths.length === 1 ? '' : 's'} fit${lengths.length === 1 ? 's' : ''} on the days left${raceDay !== null ? ' around the race' : ''}`
      weekNotes[w].push(
        `Taper: ${actual} run minutes, less than 60% of the ${prevMinutes} min of the week before: ${why}.`
      )
    }
    maxPlannedMinutes = Math.max(maxPlannedMinutes, actual)
    prevMinutes = partial ? Math.max(actual, Math.min(target, bound.max)) : actual
    if (kind === 'normal') lastNormal = prevMinutes
    prevKind = kind
  }

  function planWeighted(date: string, d: number, runMinutes: number, week: number): PlannedDraft | null {
    if (athlete.bodyMassKg === null) return null
    const bodyMass = athlete.bodyMassKg
    const recent = combined.some(
      (s) => s.ankleWeightKg > 0 && dayNumber(s.date) >= d - config.aw3WindowDays && dayNumber(s.date) < d
    )
    // The latest weighted run by date (history may come in any order; planned runs follow it).
    let lastW: RuleSession | undefined
    for (const s of combined)
      if (s.ankleWeightKg > 0 && dayNumber(s.date) < d && (lastW === undefined || s.date >= lastW.date)) lastW = s
    // No change in the first weighted week after a deload or a break of 10 days or more.
    const afterBreak = lastW !== undefined && d - dayNumber(lastW.date) >= BREAK_DAYS
    const afterDeload = deloadWeeks.includes(week - 1)
    // A cutback or taper week holds the weighted load too: its run minutes go down, so the load does not go up.
    const easingWeek = weekKind(week, raceWeek) === 'cutback' || weekKind(week, raceWeek) === 'taper'
    const changeDue =
      (ladder.lastChange === null || d - ladder.lastChange >= MIN_DAYS_BETWEEN_CHANGES) &&
      !afterBreak &&
      !afterDeload &&
      !easingWeek
    const weighted = (kg: number, min: number, what: string): PlannedDraft =>
      withDistance(date, {
        type: 'easy',
        durationMin: Math.max(runMinutes, round5(min + 5)),
        ankleWeightKg: kg,
        weightedMin: min,
        targetRpe: 3,
        description:
          `Easy run (${'RPE 3-4: you can talk in full sentences'}). ${weightsSentence({ type: 'easy', durationMin: Math.max(runMinutes, round5(min + 5)), ankleWeightKg: kg, weightedMin: min })} ${what}`.trim()
      })
    const variants: { draft: PlannedDraft; apply: () => void }[] = []
    if (ladder.kg === null || !recent) {
      // Start or restart light: at most the start level, 5-10 weighted minutes.
      const restartKg = ladder.kg !== null && painRestart && ladder.lastChange === null ? ladder.kg : startKg
      // A (re)start within 30 days of a lighter load keeps the exposure rise within +50% too.
      const recentExposure = Math.max(
        0,
        ...combined
          .filter((s) => s.ankleWeightKg > 0 && dayNumber(s.date) > d - 30 && dayNumber(s.date) < d)
          .map((s) => s.ankleWeightKg * s.weightedMin)
      )
      const recentKg = Math.max(
        0,
        ...combined
          .filter((s) => s.ankleWeightKg > 0 && dayNumber(s.date) > d - 30 && dayNumber(s.date) < d)
          .map((s) => s.ankleWeightKg)
      )
      // After a break or a deload nothing gets heavier than the last weighted run (not the heaviest of the
      // last 30 days: 0.5 kg, then 0.25 kg, then a 3-week break restarts at 0.25 kg, not 0.5 kg).
      const lastKg = lastW?.ankleWeightKg ?? recentKg
      const fits = (kg: number) =>
        recentExposure === 0 ||
        (kg * startMin <= 1.5 * recentExposure + 1e-9 && !((afterBreak || afterDeload) && kg > lastKg + 1e-9))
      if (
        restartKg !== null &&
        fits(restartKg) &&
        (ladder.lastChange === null || d - ladder.lastChange >= MIN_DAYS_BETWEEN_CHANGES)
      ) {
        variants.push({
          draft: weighted(
            restartKg,
            startMin,
            ladder.kg === null ? 'First weighted run: start light.' : 'Restart light after a break.'
          ),
          apply: () =>
            Object.assign(ladder, {
              kg: restartKg,
              min: startMin,
              lastChange: d,
              sinceChange: 1,
              nextChange: 'minutes'
            })
        })
      }
      if (startKg !== null && restartKg !== startKg && fits(startKg)) {
        variants.push({
          draft: weighted(startKg, startMin, 'Restart light after a break.'),
          apply: () =>
            Object.assign(ladder, { kg: startKg, min: startMin, lastChange: d, sinceChange: 1, nextChange: 'minutes' })
        })
      }
    } else {
      const current = { kg: ladder.kg, min: ladder.min }
      const last2 = combined.filter((s) => s.ankleWeightKg > 0).slice(-2)
      const gateOk =
        last2.length === 2 &&
        last2.every((s) => s.id.startsWith('~plan') || settledWeighted(s)) &&
        ladder.sinceChange >= 2
      if ((afterBreak || afterDeload) && gateOk) heldAfterBreak++
      if (changeDue && gateOk) {
        const order: ('minutes' | 'weight')[] =
          ladder.nextChange === 'minutes' ? ['minutes', 'weight'] : ['weight', 'minutes']
        for (const kind of order) {
          if (kind === 'minutes' && current.min + MINUTES_STEP <= minuteCap) {
            const min = current.min + MINUTES_STEP
            variants.push({
              draft: weighted(current.kg, min, `Progression: ${MINUTES_STEP} more minutes with weights, same weight.`),
              apply: () => Object.assign(ladder, { min, lastChange: d, sinceChange: 1, nextChange: 'weight' })
            })
          }
          if (kind === 'weight') {
            const next = owned.find((x) => x > current.kg + 1e-9)
            const min = next === undefined ? null : minutesForHeavier(current.kg, current.min, next)
            if (
              next !== undefined &&
              min !== null &&
              min >= MIN_WEIGHTED_MIN &&
              round2(next - current.kg) <= config.aw3CautionStepKg &&
              next <= config.aw2CautionKg &&
              totalPercent(next, bodyMass) <= percentCap
            ) {
              variants.push({
                draft: weighted(
                  next,
                  min,
                  min < current.min
                    ? `Progression: one step heavier, ${current.min - min} fewer minutes with weights.`
                    : 'Progression: one step heavier, same minutes.'
                ),
                apply: () =>
                  Object.assign(ladder, { kg: next, min, lastChange: d, sinceChange: 1, nextChange: 'minutes' })
              })
            }
          }
        }
      }
      variants.push({
        draft: weighted(current.kg, current.min, 'Same load as last time.'),
        apply: () => {
          ladder.sinceChange++
        }
      })
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

  // --- Notes: every deviation from what the coach asked, in the coach's units.
  if (baseline.noviceStart) {
    notes.push(
      'No runs logged in the last 4 full weeks: the plan starts as a novice start (3 runs a week of 20-30 min, easy only; weeks 1-2 as run/walk).'
    )
  }
  if (pace === null)
    notes.push(
      'No easy run with a distance in the last 8 weeks: planned runs have minutes only (no distances), so the distance rules cannot check them.'
    )
  if (fewestRunsShort > 0) {
    notes.push(
      `Fewer runs than the ${input.runsPerWeek} a week asked for until week ${fewestRunsShort}: the plan adds at most one run every 2 weeks ` +
        `from the last 4 weeks' ${baseline.noviceStart ? 'novice start of 3' : baseRuns} a week.`
    )
  }
  if (daysShort > 0)
    notes.push(
      `Some weeks have fewer runs than planned: the days ticked do not fit them${level === 'novice' ? ' without more than 5 running days in a row' : ''}.`
    )
  if (maxPlannedMinutes < goalMinutes && !race) {
    notes.push(
      `The weekly run minutes peak at ${maxPlannedMinutes} min, below the ${goalMinutes} min asked for: they rise at most 10% a week with a cutback every 4th week.`
    )
  }
  if (input.goalDistance && longShortOfCap && !race) {
    const km = pace ? ` (about ${distanceText(longCap / pace)})` : ''
    notes.push(
      `The long run stays below the ${goalDistanceLabel[input.goalDistance]} cap of ${longCap} min${km}: it grows at most 10% over the longest run of the last 30 days.`
    )
  }
  if (noLongWeeks.length) {
    const ws = noLongWeeks.map((x) => x.week + 1)
    const why = [...new Set(noLongWeeks.map((x) => x.why))].map((r) => NO_LONG_REASON[r])
    notes.push(
      `No long run in week${ws.length === 1 ? '' : 's'} ${ws.join(', ')}: a long run is never shorter than the easy runs of its week, and a longer one did not fit ` +
        `(${why.join('; ')}). The last run of ${ws.length === 1 ? 'that week' : 'those weeks'} is an easy run instead.`
    )
  }
  if (cutbackWeeks.length) {
    notes.push(
      `Cutback ${cutbackWeeks.length === 1 ? 'week' : 'weeks'} ${cutbackWeeks.map((x) => x + 1).join(', ')}: 70-80% of the run minutes of the week before; ` +
        'the weighted load and the hard session are not raised in them.'
    )
  }
  if (input.goalRaceDate && input.goalDistance && !race)
    notes.push(`The race date ${dayText(input.goalRaceDate)} lies outside the plan: no taper is planned.`)
  if (input.goalRaceDate && !input.goalDistance)
    notes.push('A race date without a goal distance: no race or taper is planned.')
  if (race && raceWeek !== null) {
    notes.push(
      `Taper: week${taperWeeks.length === 1 ? '' : 's'} ${taperWeeks.map((x) => x + 1).join(' and ')} at 60-70% of the run minutes of the week before (race excluded); ` +
        `no ankle weights in the last ${NO_WEIGHTS_BEFORE_RACE_DAYS} days; the ${race.label} (${distanceText(race.km)}) is planned on ${dayText(isoFromDayNumber(race.day))}.` +
        (pace ? '' : ' Its minutes are an estimate (no known pace).')
    )
    if (raceFlags.length) {
      notes.push(
        `The race itself draws ${[...new Set(raceFlags.map((x) => `${x.ruleId} ${x.severity}`))].join(', ')} from the rules (a race is longer or harder than the runs before it); ` +
          'it stays on its date: review it before publishing.'
      )
    }
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
  if (deloadWeeks.length)
    notes.push(
      `Deload ${deloadWeeks.length === 1 ? 'week' : 'weeks'} ${deloadWeeks.map((x) => x + 1).join(', ')}: same runs, no ankle weights.`
    )
  if (heldAfterBreak)
    notes.push(
      'The weighted load is held (not raised) in the first weighted week after a deload or a break of 10 days or more.'
    )
  if (softened) {
    const reasons = [...softenedBy.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${ruleTitles[r].toLowerCase()} (${n})`)
    notes.push(
      `${softened} planned session${softened === 1 ? ' was' : 's were'} made milder than the pattern (same load held, weights off, shorter, easy or left out) ` +
        `because the rules flagged the first choice: ${reasons.join(', ')}.`
    )
  }
  if (weakened)
    notes.push(
      `Of those, ${weakened} hard ${weakened === 1 ? 'session became an easy run' : 'sessions became easy runs'}.`
    )
  if (dropped)
    notes.push(
      `${dropped} run${dropped === 1 ? ' was' : 's were'} left out: every variant drew a caution from the rules.`
    )
  return { sessions, weekStarts, deloadWeeks, notes, weekNotes, baseline, cutbackWeeks, taperWeeks, raceWeek }
}

function isHardLike(s: RuleSession, hardRpe: number): boolean {
  return (
    s.type === 'interval' ||
    s.type === 'hill_sprint' ||
    s.type === 'tempo' ||
    s.type === 'race' ||
    (s.rpe !== null && s.rpe >= hardRpe)
  )
}
