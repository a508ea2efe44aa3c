// How often: AW5 weighted frequency, AW6 weights outside easy runs, RC1 recovery, DL1 breaks, EX1 base first.
import { emit, type RuleContext } from './context'
import { round2 } from './numbers'
import { weightedMinutesOf } from './session'
import { dayText } from '../text/tokens'

export function weightedFrequencyRule(ctx: RuleContext): void {
  const { sessions, config: c, day, weighted, run } = ctx
  let previousWeighted = -1
  for (let i = 0; i < sessions.length; i++) {
    if (!weighted[i]) continue
    const d = day[i]
    if (previousWeighted >= 0) {
      const gapDays = d - day[previousWeighted]
      if (gapDays < c.aw5MinGapDays) {
        emit(
          ctx,
          i,
          'AW5',
          'caution',
          { gapDays },
          `Only ${gapDays} day${gapDays === 1 ? '' : 's'} since the previous weighted session; the minimum gap is ${c.aw5MinGapDays} days.`
        )
      }
    }
    previousWeighted = i

    let weightedSessions = 0
    let runs = 0
    let weightedRuns = 0
    let runMinutes = 0
    let weightedRunMinutes = 0
    for (let j = i; j >= 0 && day[j] > d - c.aw5WindowDays; j--) {
      if (weighted[j]) weightedSessions++
      if (!run[j]) continue
      runs++
      runMinutes += Math.max(0, sessions[j].durationMin)
      if (weighted[j]) {
        weightedRuns++
        weightedRunMinutes += weightedMinutesOf(sessions[j])
      }
    }
    if (weightedSessions >= c.aw5StopCount) {
      emit(
        ctx,
        i,
        'AW5',
        'stop',
        { weightedSessions },
        `This is weighted session number ${weightedSessions} in ${c.aw5WindowDays} days; from number ${c.aw5StopCount} it is a stop.`
      )
    } else if (weightedSessions >= c.aw5CautionCount) {
      emit(
        ctx,
        i,
        'AW5',
        'caution',
        { weightedSessions },
        `This is weighted session number ${weightedSessions} in ${c.aw5WindowDays} days.`
      )
    }
    // RULES.md: `3 x weighted run minutes > run minutes`, no division.
    const shareOver = round2(c.aw5ShareDivisor * weightedRunMinutes) > round2(runMinutes)
    const allWeighted = runs >= c.aw5AllWeightedMinRuns && weightedRuns === runs
    if (shareOver || allWeighted) {
      emit(
        ctx,
        i,
        'AW5',
        'caution',
        { weightedRunMinutes: round2(weightedRunMinutes), runMinutes: round2(runMinutes), runs, weightedRuns },
        shareOver
          ? `${round2(weightedRunMinutes)} of ${round2(runMinutes)} run minutes in the last ${c.aw5WindowDays} days had weights on, more than 1/${c.aw5ShareDivisor}.`
          : `All ${runs} runs in the last ${c.aw5WindowDays} days were weighted.`
      )
    }
  }
}

export function hardWeightedRule(ctx: RuleContext): void {
  const { sessions, weighted, hard } = ctx
  for (let i = 0; i < sessions.length; i++) {
    if (!weighted[i]) continue
    const s = sessions[i]
    if (hard[i]) {
      const kind = s.type === 'hill_sprint' ? 'hill sprint' : s.type
      const what = ['interval', 'hill sprint', 'tempo', 'race'].includes(kind)
        ? `a ${kind} session`
        : `a session at RPE ${s.rpe}`
      emit(
        ctx,
        i,
        'AW6',
        ctx.novice ? 'stop' : 'caution',
        s.rpe === null ? {} : { rpe: s.rpe },
        `Ankle weights were worn in ${what}, which counts as hard${ctx.novice ? ' (a stop for a novice)' : ''}.`
      )
    } else if (s.type === 'long' || s.type === 'incline') {
      emit(
        ctx,
        i,
        'AW6',
        'caution',
        {},
        `Ankle weights were worn in ${s.type === 'long' ? 'a long run' : 'an incline run'}; weights belong in an easy run.`
      )
    }
  }
}

export function recoveryRule(ctx: RuleContext): void {
  const { sessions, config: c, day, weighted, hard } = ctx
  for (let i = 0; i < sessions.length; i++) {
    if (!weighted[i] && !hard[i]) continue
    const d = day[i]
    for (let j = i - 1; j >= 0 && d - day[j] < c.rc1MinGapDays; j--) {
      const hardPair = hard[i] && hard[j]
      const mixedPair = (weighted[i] && hard[j]) || (hard[i] && weighted[j])
      if (!hardPair && !mixedPair) continue
      const gapDays = d - day[j]
      const when = gapDays === 0 ? 'the same day as' : `${gapDays} day${gapDays === 1 ? '' : 's'} after`
      emit(
        ctx,
        i,
        'RC1',
        'caution',
        { gapDays },
        hardPair
          ? `This hard session comes ${when} another hard session (${dayText(sessions[j].date)}).`
          : `A weighted and a hard session are ${gapDays === 0 ? 'on the same day' : `${gapDays} day${gapDays === 1 ? '' : 's'} apart`} (${dayText(sessions[j].date)} and ${dayText(sessions[i].date)}).`
      )
      break
    }
  }
}

export function deloadRule(ctx: RuleContext): void {
  const { sessions, config: c, week, weighted, boundaries, snaps } = ctx
  // The streak reaches back to the first week of the run of weighted weeks: carried rather than windowed.
  let lastWeek: number | null = ctx.resume ? ctx.resume.dl1Week : null
  let streak = ctx.resume ? ctx.resume.dl1Streak : 0
  let k = 0
  while (k < boundaries.length && boundaries[k] < ctx.stateStart) k++
  for (let i = ctx.stateStart; i < sessions.length; i++) {
    if (boundaries[k] === i) {
      snaps[k].dl1Week = lastWeek
      snaps[k++].dl1Streak = streak
    }
    if (!weighted[i] || week[i] === lastWeek) continue // the week's first weighted session only
    streak = lastWeek !== null && week[i] - lastWeek === 7 ? streak + 1 : 1
    lastWeek = week[i]
    const consecutiveWeeks = streak
    if (consecutiveWeeks > c.dl1CautionWeeks) {
      emit(
        ctx,
        i,
        'DL1',
        'caution',
        { consecutiveWeeks },
        `${consecutiveWeeks} weeks in a row with weighted sessions, more than ${c.dl1CautionWeeks}.`
      )
    } else if (consecutiveWeeks > c.dl1InfoWeeks) {
      emit(
        ctx,
        i,
        'DL1',
        'info',
        { consecutiveWeeks },
        `${consecutiveWeeks} weeks in a row with weighted sessions, more than ${c.dl1InfoWeeks}.`
      )
    }
  }
  if (snaps.length > boundaries.length) {
    snaps[boundaries.length].dl1Week = lastWeek
    snaps[boundaries.length].dl1Streak = streak
  }
}

export function baseFirstRule(ctx: RuleContext): void {
  const { sessions, config: c, day, weighted, run, boundaries, snaps } = ctx
  // Counted from the first session ever: carried rather than windowed (counted for every level, so that a
  // checkpoint does not depend on the level).
  const firstDay = ctx.resume ? ctx.resume.firstDay : day[0]
  let unweightedRuns = ctx.resume ? ctx.resume.unweightedRuns : 0
  let k = 0
  while (k < boundaries.length && boundaries[k] < ctx.stateStart) k++
  for (let i = ctx.stateStart; i < sessions.length; i++) {
    if (boundaries[k] === i) snaps[k++].unweightedRuns = unweightedRuns
    if (weighted[i]) {
      if (!ctx.novice) continue
      const daysSinceFirstSession = day[i] - firstDay
      if (daysSinceFirstSession < c.ex1MinDays || unweightedRuns < c.ex1MinUnweightedRuns) {
        emit(
          ctx,
          i,
          'EX1',
          'caution',
          { daysSinceFirstSession, unweightedRuns },
          `A novice's weighted session after ${daysSinceFirstSession} days of logged training and ${unweightedRuns} unweighted runs; the base is ${c.ex1MinDays} days and ${c.ex1MinUnweightedRuns} runs.`
        )
      }
    } else if (run[i]) {
      unweightedRuns++
    }
  }
  if (snaps.length > boundaries.length) snaps[boundaries.length].unweightedRuns = unweightedRuns
}
