// RULES.md "Plan generator defaults, second part", checked on generated plans over random histories,
// as a coach would check a printed plan: numbers recomputed here from the plan and the history.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayNumber, weekStartDayNumber } from '../../../src/shared/calendar'
import { evaluateRules, isHard, stopsInForce, type RuleSession } from '../../../src/shared/rules'
import { assumedPainStopEnds, generatePlan, type GeneratorInput } from '../../../src/shared/plan/generate'
import type { PlannedDraft } from '../../../src/shared/plan/schema'

const MONDAY = '2026-01-05'
const GOAL_CAP: Record<string, number> = { '5k': 75, '10k': 75, half: 120, marathon: 180 }

const toRule = (p: PlannedDraft, i: number): RuleSession => ({
  id: `~plan${String(i).padStart(4, '0')}`,
  date: p.date,
  startTime: null,
  type: p.type,
  durationMin: p.durationMin,
  distanceKm: p.distanceKm,
  ankleWeightKg: p.ankleWeightKg,
  weightedMin: p.weightedMin,
  rpe: p.targetRpe,
  pain: null,
  painNextMorning: null,
  formBreakdown: false
})
const isRun = (s: { type: string }) => s.type !== 'cross'
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const sessionArb = fc.record({
  dayBefore: fc.integer({ min: 1, max: 70 }),
  type: fc.constantFrom(
    'easy' as const,
    'easy' as const,
    'easy' as const,
    'long' as const,
    'interval' as const,
    'hill_sprint' as const,
    'cross' as const
  ),
  durationMin: fc.integer({ min: 20, max: 100 }),
  pace: fc.option(fc.constantFrom(5, 5.5, 6, 6.5, 7), { nil: null, freq: 4 }),
  weighted: fc.boolean(),
  kg: fc.constantFrom(0.25, 0.5, 0.75, 1),
  weightedMin: fc.integer({ min: 5, max: 15 }),
  pain: fc.option(fc.integer({ min: 0, max: 2 }))
})
const inputArb = fc
  .record({
    athlete: fc.record({
      bodyMassKg: fc.integer({ min: 45, max: 110 }),
      level: fc.constantFrom('novice' as const, 'intermediate' as const, 'advanced' as const),
      ownedWeightsKg: fc.subarray([0.25, 0.5, 0.75, 1, 1.5], { minLength: 1 }),
      maxHr: fc.option(fc.integer({ min: 160, max: 200 }), { nil: null })
    }),
    history: fc.oneof(
      { weight: 1, arbitrary: fc.array(sessionArb, { maxLength: 0 }) },
      { weight: 4, arbitrary: fc.array(sessionArb, { minLength: 4, maxLength: 40 }) }
    ),
    startOffset: fc.constantFrom(0, 0, 0, 2),
    weeks: fc.integer({ min: 4, max: 16 }),
    runsPerWeek: fc.integer({ min: 2, max: 6 }),
    availableDays: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 6 }),
    goalDistance: fc.option(fc.constantFrom('5k' as const, '10k' as const, 'half' as const, 'marathon' as const), {
      nil: null
    }),
    raceInWeek: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    weekStartsOn: fc.constantFrom(0, 1)
  })
  .map(({ history, startOffset, raceInWeek, goalDistance, ...rest }): GeneratorInput => {
    const startDate = addDays(MONDAY, startOffset)
    return {
      ...rest,
      runsPerWeek: Math.min(rest.runsPerWeek, rest.availableDays.length),
      startDate,
      goalDistance,
      goalRaceDate: goalDistance && raceInWeek !== null ? addDays(MONDAY, 7 * raceInWeek + 5) : null,
      history: history.map((h, i) => ({
        id: String(i + 1),
        date: addDays(startDate, -h.dayBefore),
        startTime: null,
        type: h.type,
        durationMin: h.durationMin,
        distanceKm: h.pace && h.type !== 'cross' ? Math.round((h.durationMin / h.pace) * 10) / 10 : null,
        ankleWeightKg: h.weighted && h.type === 'easy' ? h.kg : 0,
        weightedMin: h.weighted && h.type === 'easy' ? h.weightedMin : 0,
        rpe: h.type === 'easy' ? 3 : h.type === 'long' ? 4 : h.type === 'cross' ? 3 : 8,
        pain: h.pain,
        painNextMorning: null,
        formBreakdown: false
      }))
    }
  })

/** The baseline recomputed here: the 4 full calendar weeks before the plan's first week. */
function baselineOf(input: GeneratorInput) {
  const first = weekStartDayNumber(dayNumber(input.startDate), input.weekStartsOn ?? 1)
  const runs = input.history.filter((s) => isRun(s) && dayNumber(s.date) >= first - 28 && dayNumber(s.date) < first)
  const paced = input.history.filter(
    (s) => s.type === 'easy' && s.distanceKm && dayNumber(s.date) >= first - 56 && dayNumber(s.date) < first
  )
  return {
    first,
    runs: runs.length / 4,
    minutes: runs.reduce((t, s) => t + s.durationMin, 0) / 4,
    longest: Math.max(0, ...runs.map((s) => s.durationMin)),
    hard: runs.filter((s) => isHard(s)).length,
    pace: paced.length ? Math.round(median(paced.map((s) => s.durationMin / s.distanceKm!)) * 100) / 100 : null,
    novice: runs.length === 0
  }
}

interface Week {
  index: number
  start: number
  runs: PlannedDraft[]
  minutes: number
  race: PlannedDraft | null
  partial: boolean
}
function weeksOf(input: GeneratorInput, plan: ReturnType<typeof generatePlan>): Week[] {
  return plan.weekStarts.map((ws, index) => {
    const start = dayNumber(ws)
    const inWeek = plan.sessions.filter((s) => dayNumber(s.date) >= start && dayNumber(s.date) < start + 7)
    const runs = inWeek.filter((s) => isRun(s) && s.type !== 'race')
    return {
      index,
      start,
      runs,
      minutes: runs.reduce((t, s) => t + s.durationMin, 0),
      race: inWeek.find((s) => s.type === 'race') ?? null,
      partial: start < dayNumber(input.startDate)
    }
  })
}

const runs = { numRuns: 30 }
const check = (body: (input: GeneratorInput, plan: ReturnType<typeof generatePlan>) => void) => () =>
  fc.assert(
    fc.property(inputArb, (input) => body(input, generatePlan(input))),
    runs
  )

describe('plan generator, second part: baseline and ramp', () => {
  it(
    'reports the baseline of the last 4 full weeks and the median easy pace of 8 weeks',
    check((input, plan) => {
      const b = baselineOf(input)
      expect(plan.baseline.noviceStart).toBe(b.novice)
      expect(plan.baseline.runsPerWeek).toBeCloseTo(b.runs, 1)
      expect(plan.baseline.minutesPerWeek).toBeCloseTo(b.minutes, 6)
      expect(plan.baseline.longestRunMin).toBe(b.longest)
      expect(plan.baseline.easyPaceMinPerKm).toBe(b.pace)
    })
  )

  it(
    'week 1: at most baseline runs + 1 and 110% of its weekly minutes; a novice start is 3 easy runs of 20-30 min, run/walk in weeks 1-2',
    check((input, plan) => {
      const b = baselineOf(input)
      const [w1, w2] = weeksOf(input, plan)
      if (b.novice) {
        expect(w1.runs.length).toBeLessThanOrEqual(3)
        for (const s of [...w1.runs, ...w2.runs]) {
          expect(s.type).toBe('easy')
          expect(s.durationMin).toBeGreaterThanOrEqual(15)
          expect(s.durationMin).toBeLessThanOrEqual(30)
          if (s.ankleWeightKg === 0 && !/pain stop/.test(s.description)) expect(s.description).toMatch(/^Run\/walk/)
        }
        expect(w1.minutes).toBeLessThanOrEqual(82.5)
      } else {
        expect(w1.runs.length + (w1.race ? 1 : 0)).toBeLessThanOrEqual(Math.floor(b.runs + 1 + 1e-9))
        // A baseline under 20 min a week cannot hold one planned run within +10%; the shortest run (15 min) is planned then.
        // Under 50 min a week (2 short runs) the shortest runs planned (15 min each) may not fit within +10%.
        if (b.minutes >= 50) expect(w1.minutes).toBeLessThanOrEqual(1.1 * b.minutes + 1e-9)
      }
    })
  )

  it(
    'run minutes rise at most 10% a week; every 4th week is a cutback at 70-80%; after it at most +10% over the last normal week and +30% over the cutback',
    check((input, plan) => {
      const weeks = weeksOf(input, plan)
      const special = new Set(plan.taperWeeks)
      let lastNormal: number | null = null
      for (let i = 1; i < weeks.length; i++) {
        const prev = weeks[i - 1]
        const cur = weeks[i]
        const isCutback = plan.cutbackWeeks.includes(i)
        if (!prev.partial && plan.cutbackWeeks.includes(i - 1) === false && !special.has(i - 1))
          lastNormal = prev.minutes
        // Weeks of under 50 min (2 short runs) are too small to cut by 20-30% in 5-min steps of runs of 15 min or more.
        if (prev.partial || special.has(i) || prev.race || prev.minutes < 50) continue
        if (isCutback) {
          expect(cur.minutes, `week ${i + 1} cutback`).toBeLessThanOrEqual(0.8 * prev.minutes + 1e-9)
        } else if (plan.cutbackWeeks.includes(i - 1)) {
          expect(cur.minutes, `week ${i + 1} after a cutback`).toBeLessThanOrEqual(1.3 * prev.minutes + 1e-9)
          if (lastNormal !== null) expect(cur.minutes).toBeLessThanOrEqual(1.1 * lastNormal + 1e-9)
        } else {
          expect(cur.minutes, `week ${i + 1}`).toBeLessThanOrEqual(1.1 * prev.minutes + 1e-9)
        }
      }
      // Cutbacks are every 4th week (none in the taper or after the race).
      for (const c of plan.cutbackWeeks) expect((c + 1) % 4).toBe(0)
      if (plan.raceWeek === null)
        expect(plan.cutbackWeeks).toEqual(Array.from({ length: Math.floor(input.weeks / 4) }, (_, k) => 4 * k + 3))
    })
  )

  it(
    'a cutback week really cuts: at least to 70% of the week before when nothing was left out',
    check((input, plan) => {
      const weeks = weeksOf(input, plan)
      // The lower bound holds unless the rules made a session milder (always shorter) or left one out.
      if (/left out|made milder/.test(plan.notes.join(' '))) return
      for (const c of plan.cutbackWeeks) {
        const prev = weeks[c - 1]
        if (prev.partial || prev.minutes < 60) continue
        expect(weeks[c].minutes).toBeGreaterThanOrEqual(0.7 * prev.minutes - 5)
        expect(weeks[c].minutes).toBeLessThan(prev.minutes)
      }
    })
  )

  it(
    'adds at most one run every 2 weeks, and a novice never runs more than 5 days in a row',
    check((input, plan) => {
      const counts = weeksOf(input, plan)
        .filter((w) => !w.partial)
        .map((w) => w.runs.length + (w.race ? 1 : 0))
      let best = counts[0] ?? 0
      let lastRise = -Infinity
      for (let i = 1; i < counts.length; i++) {
        expect(counts[i]).toBeLessThanOrEqual(best + 1)
        if (counts[i] > best) {
          expect(i - lastRise).toBeGreaterThanOrEqual(2)
          lastRise = i
          best = counts[i]
        }
      }
      if (input.athlete.level === 'novice' || baselineOf(input).novice) {
        const days = new Set(
          [...input.history.filter(isRun), ...plan.sessions.filter(isRun)].map((s) => dayNumber(s.date))
        )
        for (const s of plan.sessions) {
          let streak = 0
          for (let d = dayNumber(s.date); days.has(d); d--) streak++
          expect(streak, s.date).toBeLessThanOrEqual(5)
        }
      }
    })
  )
})

describe('plan generator, second part: long run, taper, intensity, distance, weights', () => {
  it(
    'a long run is at most 110% of the longest run of the 30 days before it and within the goal cap',
    check((input, plan) => {
      const b = baselineOf(input)
      const cap = input.goalDistance
        ? GOAL_CAP[input.goalDistance]
        : Math.max(20, Math.floor((1.3 * (b.longest || 30)) / 5) * 5)
      const all = [...input.history.filter((s) => s.date < input.startDate), ...plan.sessions.map(toRule)]
      for (const s of plan.sessions.filter((p) => p.type === 'long')) {
        const d = dayNumber(s.date)
        const earlier = all.filter((e) => isRun(e) && dayNumber(e.date) > d - 30 && dayNumber(e.date) < d)
        if (earlier.length)
          expect(s.durationMin, s.date).toBeLessThanOrEqual(1.1 * Math.max(...earlier.map((e) => e.durationMin)) + 1e-9)
        expect(s.durationMin).toBeLessThanOrEqual(cap)
      }
    })
  )

  it(
    'a long run is never shorter than any easy run of its week; a novice start has no long run in its run/walk weeks 1-2',
    check((input, plan) => {
      const weeks = weeksOf(input, plan)
      for (const w of weeks) {
        const longs = w.runs.filter((s) => s.type === 'long')
        expect(longs.length, `week ${w.index + 1}`).toBeLessThanOrEqual(1)
        for (const long of longs)
          for (const easy of w.runs.filter((s) => s.type === 'easy')) {
            expect(
              long.durationMin,
              `week ${w.index + 1}: long ${long.date} vs easy ${easy.date}`
            ).toBeGreaterThanOrEqual(easy.durationMin)
          }
      }
      if (baselineOf(input).novice)
        for (const w of weeks.slice(0, 2)) expect(w.runs.map((s) => s.type).filter((t) => t !== 'easy')).toEqual([])
      // Weeks whose long-run slot became an easy run are named in the notes, and they have no long run.
      const named = plan.notes.find((n) => n.startsWith('No long run in week'))
      if (named) {
        const listed = named.replace(/:.*$/, '').match(/\d+/g)!.map(Number)
        for (const n of listed)
          expect(
            weeks[n - 1].runs.filter((s) => s.type === 'long'),
            `week ${n}`
          ).toEqual([])
      }
    })
  )

  it(
    'a cutback or taper week raises neither the weighted load nor a hard session',
    check((input, plan) => {
      const weeks = weeksOf(input, plan)
      const easing = new Set([...plan.cutbackWeeks, ...plan.taperWeeks])
      const before: PlannedDraft[] = []
      for (const w of weeks) {
        for (const s of w.runs) {
          if (easing.has(w.index)) {
            const lastW = [...before].reverse().find((b) => b.ankleWeightKg > 0)
            if (s.ankleWeightKg > 0 && lastW)
              expect([s.ankleWeightKg <= lastW.ankleWeightKg, s.weightedMin <= lastW.weightedMin], s.date).toEqual([
                true,
                true
              ])
            const sameType = before.filter((b) => b.type === s.type)
            if (isHard({ type: s.type, rpe: s.targetRpe }) && sameType.length)
              expect(s.durationMin, s.date).toBeLessThanOrEqual(Math.max(...sameType.map((b) => b.durationMin)))
          }
          before.push(s)
        }
      }
    })
  )

  it(
    'a goal race inside the plan: 2 taper weeks at 60-70% of the week before, no weights in the last 10 days, the race on its date',
    check((input, plan) => {
      const raceDate = input.goalRaceDate
      const weeks = weeksOf(input, plan)
      const inside = raceDate && raceDate >= input.startDate && dayNumber(raceDate) < weeks[weeks.length - 1].start + 7
      if (!inside) {
        expect(plan.sessions.filter((s) => s.type === 'race')).toEqual([])
        return
      }
      const races = plan.sessions.filter((s) => s.type === 'race')
      expect(races.map((s) => s.date)).toEqual([raceDate])
      const r = weeks.findIndex((w) => w.race)
      expect(plan.taperWeeks).toEqual(r === 0 ? [0] : [r - 1, r])
      for (const t of plan.taperWeeks) {
        const prev = weeks[t - 1]
        if (!prev || prev.partial || prev.minutes < 50) continue
        expect(weeks[t].minutes, `taper week ${t + 1}`).toBeLessThanOrEqual(0.7 * prev.minutes + 1e-9)
        // The lower bound holds unless the rules made a session milder (always shorter) or left one out.
        // ... or the week's own note says why it fell short, and that reason is true of the week.
        const short = plan.weekNotes[t].find((n) => /^Taper: \d+ run minutes, less than 60%/.test(n))
        if (short) {
          expect(weeks[t].minutes, short).toBeLessThan(0.6 * prev.minutes)
          const longest = /at the longest allowed \((\d+) min/.exec(short)
          if (longest) for (const r of weeks[t].runs) expect(r.durationMin, short).toBe(Number(longest[1]))
          else expect(weeks[t].runs.length, short).toBe(Number(/only (\d+) run/.exec(short)![1]))
        } else if (!/left out|made milder/.test(plan.notes.join(' ')))
          expect(weeks[t].minutes).toBeGreaterThanOrEqual(0.6 * prev.minutes - 5)
      }
      for (const s of plan.sessions.filter((p) => p.ankleWeightKg > 0 && p.date <= raceDate))
        expect(dayNumber(raceDate) - dayNumber(s.date)).toBeGreaterThan(10)
    })
  )

  it(
    'intensity: gentle starts (novice or no hard baseline) get none in weeks 1-2 and one a week in weeks 3-6; never more than 2; never on consecutive days',
    check((input, plan) => {
      const b = baselineOf(input)
      const gentle = input.athlete.level === 'novice' || b.hard === 0
      for (const w of weeksOf(input, plan)) {
        const hard = w.runs.filter((s) => isHard({ type: s.type, rpe: s.targetRpe }))
        if (gentle && w.index < 2) expect(hard).toEqual([])
        if (gentle && w.index < 6) expect(hard.length).toBeLessThanOrEqual(1)
        expect(hard.length).toBeLessThanOrEqual(2)
      }
      const hardDays = [
        ...input.history.filter((s) => s.date < input.startDate && isHard(s)),
        ...plan.sessions.map(toRule).filter((s) => isHard(s))
      ]
        .map((s) => dayNumber(s.date))
        .sort((x, y) => x - y)
      const planned = new Set(
        plan.sessions.filter((s) => isHard({ type: s.type, rpe: s.targetRpe })).map((s) => dayNumber(s.date))
      )
      for (let i = 1; i < hardDays.length; i++)
        if (planned.has(hardDays[i])) expect(hardDays[i] - hardDays[i - 1]).toBeGreaterThanOrEqual(2)
    })
  )

  it(
    'the hill slot alternates hill sprints with incline runs (novices start with an incline run); targets are RPE and talk test, heart rate only with a known max',
    check((input, plan) => {
      const hill = plan.sessions.filter((s) => s.type === 'hill_sprint' || s.type === 'incline').map((s) => s.type)
      for (let i = 1; i < hill.length; i++) expect(hill[i]).not.toBe(hill[i - 1])
      if (input.athlete.level === 'novice' && hill.length) expect(hill[0]).toBe('incline')
      for (const s of plan.sessions) {
        if (s.type === 'race') continue
        expect(s.description).toMatch(/RPE \d-\d/)
        expect(s.description).not.toMatch(/HRmax/)
        if (!input.athlete.maxHr) expect(s.description).not.toMatch(/bpm|heart rate/i)
      }
    })
  )

  it(
    'every planned run has a distance = minutes / baseline easy pace rounded to 0.5 km (minutes only without a pace, and the plan says so); durations are multiples of 5',
    check((input, plan) => {
      const { pace } = baselineOf(input)
      for (const s of plan.sessions) {
        if (s.type === 'race') continue
        expect(s.durationMin % 5).toBe(0)
        expect(s.distanceKm).toBe(pace === null ? null : Math.round((s.durationMin / pace) * 2) / 2)
      }
      if (pace === null) expect(plan.notes.join(' ')).toMatch(/minutes only/)
    })
  )

  it(
    'a heavier weight raises the exposure by at most 50%; no change in the first weighted week after a deload or a 10-day break',
    check((input, plan) => {
      const all = [
        ...input.history
          .filter((s) => s.date < input.startDate && s.ankleWeightKg > 0)
          .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
        ...plan.sessions.filter((s) => s.ankleWeightKg > 0)
      ]
      const planned = new Set(plan.sessions)
      for (let i = 1; i < all.length; i++) {
        const a = all[i - 1]
        const b = all[i]
        if (!planned.has(b as PlannedDraft)) continue
        // A weight step (not a restart at the start level after 28 days without weights, which AW3 governs).
        // Exposure as AW4 measures it: against the highest of the earlier weighted sessions in the last 30 days.
        if (b.ankleWeightKg > a.ankleWeightKg && dayNumber(b.date) - dayNumber(a.date) < 28) {
          const highest = Math.max(
            ...all
              .slice(0, i)
              .filter((e) => dayNumber(e.date) > dayNumber(b.date) - 30)
              .map((e) => e.ankleWeightKg * e.weightedMin)
          )
          expect(Math.round(((b.ankleWeightKg * b.weightedMin) / highest - 1) * 100), b.date).toBeLessThanOrEqual(50)
        }
        const wso = input.weekStartsOn ?? 1
        const weekOf = (d: string) =>
          Math.floor(
            (weekStartDayNumber(dayNumber(d), wso) - weekStartDayNumber(dayNumber(plan.weekStarts[0]), wso)) / 7
          )
        const afterDeload = plan.deloadWeeks.includes(weekOf(b.date) - 1)
        const afterBreak = dayNumber(b.date) - dayNumber(a.date) >= 10 && dayNumber(b.date) - dayNumber(a.date) < 28
        if (afterDeload || afterBreak)
          expect([b.ankleWeightKg <= a.ankleWeightKg, b.weightedMin <= a.weightedMin], b.date).toEqual([true, true])
      }
    })
  )

  it(
    'nothing above info on any planned session but the race (whose flags the notes name)',
    check((input, plan) => {
      const athlete = { bodyMassKg: input.athlete.bodyMassKg, level: input.athlete.level }
      const history = input.history.filter((s) => s.date < input.startDate)
      const config = { weekStartsOn: input.weekStartsOn ?? 1 }
      const atStart = history.length ? stopsInForce({ athlete, sessions: history, asOf: input.startDate, config }) : []
      const rules = plan.sessions.map(toRule)
      const raceIds = new Set(rules.filter((r) => r.type === 'race').map((r) => r.id))
      const ids = new Set(rules.map((r) => r.id))
      const warnings = evaluateRules({
        athlete,
        sessions: [...history, ...rules],
        asOf: plan.sessions.length ? plan.sessions[plan.sessions.length - 1].date : input.startDate,
        clearances: assumedPainStopEnds(atStart, input.startDate, input.weeks, config.weekStartsOn),
        config
      }).filter((w) => w.sessionId !== null && ids.has(w.sessionId) && w.severity !== 'info')
      expect(
        warnings
          .filter((w) => !raceIds.has(w.sessionId!))
          .map((w) => `${w.ruleId} ${w.severity} ${w.date}: ${w.message}`)
      ).toEqual([])
      if (warnings.length) expect(plan.notes.join(' ')).toMatch(/The race itself draws/)
    })
  )
})

describe('plan generator, second part: the long run of a novice start', () => {
  // Issue 11 follow-up: an intermediate athlete with no runs logged got "Long run 20 min" next to "Easy run 25 min".
  const input: GeneratorInput = {
    athlete: { bodyMassKg: 67, level: 'intermediate', ownedWeightsKg: [0.5, 1.5], maxHr: null },
    history: [],
    startDate: '2026-01-05',
    weeks: 12,
    runsPerWeek: 4,
    availableDays: [0, 1, 2, 4, 5, 6],
    weekStartsOn: 1
  }
  const plan = generatePlan(input)
  const weeks = weeksOf(input, plan)

  it('has no long run in the run/walk weeks 1-2; from week 3 each long run is the longest easy-or-long run of its week', () => {
    expect(weeks.slice(0, 2).flatMap((w) => w.runs.filter((s) => s.type !== 'easy'))).toEqual([])
    expect(weeks[2].runs.filter((s) => s.type === 'long')).toHaveLength(1)
    for (const w of weeks) {
      const long = w.runs.find((s) => s.type === 'long')
      if (long)
        expect(long.durationMin).toBe(
          Math.max(...w.runs.filter((s) => s.type === 'easy' || s.type === 'long').map((s) => s.durationMin))
        )
    }
  })

  it('a week whose long run would be shorter than its easy runs has an easy run instead, and the notes say why', () => {
    const note = plan.notes.find((n) => n.startsWith('No long run in week'))
    expect(note).toMatch(/never shorter than the easy runs of its week/)
    const listed = note!.replace(/:.*$/, '').match(/\d+/g)!.map(Number)
    expect(listed.length).toBeGreaterThan(0)
    for (const n of listed) {
      const w = weeks[n - 1]
      expect(w.runs.length).toBeGreaterThanOrEqual(3)
      expect(w.runs.map((s) => s.type)).not.toContain('long')
      // The week's last run, where the long run would have been, is an easy run.
      expect(w.runs[w.runs.length - 1].type).toBe('easy')
    }
  })
})

describe('plan generator, second part: a history in any order', () => {
  // Found by the weights property at 400 runs: the ladder read the last weighted run in list order
  // (1 kg on 21 Dec) instead of by date (0.25 kg on 3 Jan), so after a 15-day break it restarted heavier.
  it('after a break of 10+ days nothing is heavier than the latest weighted run by date', () => {
    const run = (id: string, date: string, kg = 0, min = 0): RuleSession => ({
      id,
      date,
      startTime: null,
      type: 'easy',
      durationMin: 20,
      distanceKm: null,
      ankleWeightKg: kg,
      weightedMin: min,
      rpe: 3,
      pain: null,
      painNextMorning: null,
      formBreakdown: false
    })
    const history = [
      run('1', '2026-01-04'),
      run('2', '2026-01-04'),
      run('3', '2026-01-04'),
      run('4', '2026-01-03', 0.25, 5),
      run('5', '2026-01-04'),
      run('6', '2026-01-04'),
      run('7', '2026-01-03'),
      run('8', '2025-12-21', 1, 5)
    ]
    const input: GeneratorInput = {
      athlete: { bodyMassKg: 67, level: 'novice', ownedWeightsKg: [0.5, 0.75], maxHr: null },
      weeks: 4,
      runsPerWeek: 2,
      availableDays: [0, 1, 2, 3, 5, 6],
      weekStartsOn: 0,
      startDate: '2026-01-05',
      goalDistance: null,
      goalRaceDate: null,
      history
    } as GeneratorInput
    const shuffled = generatePlan({ ...input, history: [...history].reverse() })
    const plan = generatePlan(input)
    expect(plan.sessions.map((s) => [s.date, s.ankleWeightKg])).toEqual(
      shuffled.sessions.map((s) => [s.date, s.ankleWeightKg])
    )
    for (const s of plan.sessions)
      if (dayNumber(s.date) - dayNumber('2026-01-03') >= 10 && dayNumber(s.date) < dayNumber('2026-01-25'))
        expect(s.ankleWeightKg, s.date).toBeLessThanOrEqual(0.25)
  })
})

describe('plan generator, second part: a race two weeks into a novice start', () => {
  // Found by the taper property (CI, random seed): 2 runs a week, the race on the Saturday of week 2. The race
  // takes one of the 2 runs and the other is capped at 30 min of run/walk, so week 2 had 30 of 60 min (50%)
  // while the notes promised 60-70%. The week now says why it tapers further.
  it('a race week that cannot reach 60% of the week before says why in its own notes', () => {
    const input: GeneratorInput = {
      athlete: { bodyMassKg: 45, level: 'novice', ownedWeightsKg: [0.75], maxHr: null },
      weeks: 4,
      runsPerWeek: 2,
      availableDays: [1, 2, 3, 4, 5, 6],
      weekStartsOn: 1,
      startDate: '2026-01-05',
      goalDistance: '5k',
      goalRaceDate: '2026-01-17',
      history: []
    }
    const plan = generatePlan(input)
    const [w1, w2] = weeksOf(input, plan)
    expect(w2.race?.date).toBe('2026-01-17')
    expect(w2.minutes).toBeLessThan(0.6 * w1.minutes)
    expect(plan.weekNotes[1]).toContain(
      `Taper: ${w2.minutes} run minutes, less than 60% of the ${w1.minutes} min of the week before: its one run is at the longest allowed (30 min of run/walk).`
    )
  })
})
