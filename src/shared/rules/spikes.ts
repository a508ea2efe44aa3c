// LD1 single-run spike and LD2 weekly distance (Frandsen 2025; Nielsen 2014).
import { emit, type RuleContext } from './context'
import { increasePercent, round2 } from './numbers'
import { distanceText } from '../text/tokens'
import { percentText } from './format'
import type { Severity } from './types'

const hasDistance = (km: number | null): km is number => km !== null && Number.isFinite(km) && km > 0

export function singleRunSpikeRule(ctx: RuleContext): void {
  const { sessions, config: c, day, run } = ctx
  for (let i = 0; i < sessions.length; i++) {
    if (!run[i]) continue
    const s = sessions[i]
    const d = day[i]
    let earlierRuns = 0
    let allHaveDistance = hasDistance(s.distanceKm)
    let longestKm = 0
    let longestMin = 0
    for (let j = i - 1; j >= 0 && day[j] > d - c.ld1WindowDays; j--) {
      if (!run[j]) continue
      earlierRuns++
      const e = sessions[j]
      if (hasDistance(e.distanceKm)) longestKm = Math.max(longestKm, e.distanceKm)
      else allHaveDistance = false
      longestMin = Math.max(longestMin, e.durationMin)
    }
    if (earlierRuns < c.ld1MinEarlierRuns) continue
    const byDistance = allHaveDistance
    const current = byDistance ? (s.distanceKm as number) : s.durationMin
    const longest = byDistance ? longestKm : longestMin
    const rise = increasePercent(round2(current), round2(longest))
    if (rise === null || rise <= c.ld1CautionPercent) continue
    let severity: Severity = 'caution'
    let level = ''
    if (rise > c.ld1StopPercent) {
      severity = 'stop'
      level = ` (more than +${c.ld1StopPercent}%: the highest injury hazard in Frandsen 2025)`
    } else if (rise > c.ld1HighRiskPercent) {
      level = ` (more than +${c.ld1HighRiskPercent}%: a higher-risk spike)`
    }
    const show = (x: number): string => (byDistance ? distanceText(x) : `${round2(x)} min`)
    const cap = (longest * (100 + c.ld1CautionPercent)) / 100
    emit(
      ctx,
      i,
      'LD1',
      severity,
      { increasePercent: rise },
      `This ${show(current)} run is ${percentText(rise)} longer than the longest run of the last ${c.ld1WindowDays} days (${show(longest)})${level}.`,
      `Cap the run at ${100 + c.ld1CautionPercent}% of the ${c.ld1WindowDays}-day longest: ${show(cap)}.`
    )
  }
}

export function weeklyDistanceRule(ctx: RuleContext): void {
  const { sessions, config: c, week, run } = ctx
  const weekKm = new Map<number, number>()
  const levelReached = new Map<number, number>()
  for (let i = 0; i < sessions.length; i++) {
    const km = sessions[i].distanceKm
    if (!run[i] || !hasDistance(km)) continue
    const w = week[i]
    const soFar = (weekKm.get(w) ?? 0) + km
    weekKm.set(w, soFar)
    const lastWeek = round2(weekKm.get(w - 7) ?? 0)
    if (lastWeek <= 0) continue // skipped when last week had no distance
    const weekDistanceKm = round2(soFar)
    const rise = increasePercent(weekDistanceKm, lastWeek)
    if (rise === null) continue
    const level = rise > c.ld2CautionPercent ? 2 : rise > c.ld2InfoPercent ? 1 : 0
    if (level <= (levelReached.get(w) ?? 0)) continue // attach to the session that first passes a threshold
    levelReached.set(w, level)
    emit(
      ctx,
      i,
      'LD2',
      level === 2 ? 'caution' : 'info',
      { increasePercent: rise, weekDistanceKm, lastWeekDistanceKm: lastWeek },
      `This week's running has reached ${distanceText(weekDistanceKm)}, ${percentText(rise)} more than last week's ${distanceText(lastWeek)}.`
    )
  }
}
