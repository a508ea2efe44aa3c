// PN1 pain during and PN2 pain not settling (Silbernagel 2007 pain-monitoring model). A pain value the
// coach did not enter is null ("not logged"), never 0: only logged pain is judged. PN3 (a hard session
// during a pain stop) needs the stops in force, so it lives in stops.ts.
import { emit, type RuleContext } from './context'
import { round2 } from './numbers'
import { pn1StopSuggestion } from './text'
import type { RuleSession } from './types'
import { dayText } from '../text/tokens'

export function painDuringRule(ctx: RuleContext): void {
  const { sessions, config: c } = ctx
  for (let i = 0; i < sessions.length; i++) {
    const pain = sessions[i].pain
    if (pain === null) continue
    if (pain > c.pn1StopAbove) {
      emit(ctx, i, 'PN1', 'stop', { pain }, `Pain during was ${pain}/10, above ${c.pn1StopAbove}.`, pn1StopSuggestion)
    } else if (pain > c.pn1CautionAbove) {
      emit(
        ctx,
        i,
        'PN1',
        'caution',
        { pain },
        `Pain during was ${pain}/10: no progression, and the next session unweighted.`
      )
    }
  }
}

export function painNotSettlingRule(ctx: RuleContext): void {
  const { sessions, config: c, day, week } = ctx
  const settled = c.pn2SettledMax
  const span = c.pn2RisingWindowDays
  const risingWeeks = new Set<number>()
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i]
    const d = day[i]

    // Not settled: this session's next-morning pain above the settled level; or pain carried over from
    // the previous session (at most pn2PreviousMaxDays earlier, no next-morning pain logged) at the same
    // level or higher.
    const nm = s.painNextMorning
    const prev: RuleSession | undefined = sessions[i - 1]
    if (nm !== null && nm > settled) {
      emit(
        ctx,
        i,
        'PN2',
        'stop',
        s.pain === null ? { painNextMorning: nm } : { painNextMorning: nm, pain: s.pain },
        `Next-morning pain was ${nm}/10, above ${settled}: the pain did not settle.`
      )
    } else if (
      prev !== undefined &&
      d - day[i - 1] <= c.pn2PreviousMaxDays &&
      prev.painNextMorning === null &&
      prev.pain !== null &&
      prev.pain > settled &&
      s.pain !== null &&
      s.pain >= prev.pain
    ) {
      emit(
        ctx,
        i,
        'PN2',
        'stop',
        { previousPain: prev.pain, pain: s.pain },
        `Pain of ${s.pain}/10 follows ${prev.pain}/10 in the session of ${dayText(prev.date)}: the pain did not settle.`
      )
    }

    // Rising, only on a session with pain during logged: this window's mean pain during above the
    // settled level and above the window before (both windows need a session with pain logged).
    if (s.pain === null || risingWeeks.has(week[i])) continue
    let sumNow = 0,
      countNow = 0,
      sumBefore = 0,
      countBefore = 0
    for (let j = i; j >= 0 && day[j] > d - 2 * span; j--) {
      const p = sessions[j].pain
      if (p === null) continue
      if (day[j] > d - span) {
        sumNow += p
        countNow++
      } else {
        sumBefore += p
        countBefore++
      }
    }
    if (countNow === 0 || countBefore === 0) continue
    const meanPain = round2(sumNow / countNow)
    const previousMeanPain = round2(sumBefore / countBefore)
    if (meanPain > settled && meanPain > previousMeanPain) {
      risingWeeks.add(week[i])
      emit(
        ctx,
        i,
        'PN2',
        'caution',
        { meanPain, previousMeanPain },
        `Mean pain during over the last ${span} days is ${meanPain}/10, up from ${previousMeanPain}/10 in the ${span} days before.`
      )
    }
  }
}
