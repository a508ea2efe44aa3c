// The one-line summary above each chart, in the coach's words and units, from the numbers main
// sends (AthleteDashboard.facts). Written here, not in main, so a units change needs no new call.
import type { AthleteDashboard } from '../../../../shared/contract/dashboard'
import type { DistanceUnit, MassUnit } from '../../../../shared/units'
import {
  formatDay,
  formatDistance,
  formatExposure,
  formatMass,
  formatNumber,
  percent,
  plural,
  signedPercent
} from '../../lib/format'

export interface Units {
  mass: MassUnit
  distance: DistanceUnit
}

const shortDay = (iso: string): string => formatDay(iso, false)

export const chartSummaries = (data: AthleteDashboard, units: Units) => {
  const f = data.facts
  const w = f.latestWeight
  const cautionKg = data.aw1CautionKg !== null ? Math.min(data.aw1CautionKg, data.aw2CautionKg) : data.aw2CautionKg
  const thisWeekKm = formatDistance(f.thisWeek.distanceKm, units.distance)
  return {
    frequency: `${plural(f.weightedRuns7d, 'weighted run')} in the last 7 days; limit ${data.weeklyWeightedLimit}.`,
    weights: w
      ? `Latest ${formatMass(w.kg, units.mass)} per ankle on ${shortDay(w.date)}${w.percentBodyMass !== null ? ` (${percent(w.percentBodyMass)} of body mass)` : ''}; caution from ${formatMass(cautionKg, units.mass)}.`
      : 'No weighted sessions in this period.',
    timeUnderLoad: `${formatNumber(f.thisWeek.weightedMinutes)} weighted minutes this week; exposure ${formatExposure(f.thisWeek.exposureKgMin, units.mass)}.`,
    load:
      f.acwrToday !== null
        ? `ACWR ${formatNumber(f.acwrToday)} today (EWMA 7/28 days): a contested measure, read it with care.`
        : `ACWR is hidden until there are 28 days of data${data.acwrShownFrom ? ` (from ${shortDay(data.acwrShownFrom)})` : ''}.`,
    pain:
      f.painSessions === 0
        ? 'No pain logged in this period.'
        : f.painfulSessions === 0 || f.latestPainful === null
          ? `Pain logged in ${plural(f.painSessions, 'session')}; none above 2.`
          : `Pain above 2 in ${plural(f.painfulSessions, 'session')}; latest on ${shortDay(f.latestPainful)}.`,
    distance: f.lastFullWeek
      ? `Last full week ${formatDistance(f.lastFullWeek.distanceKm, units.distance)}${f.lastFullWeek.distanceChangePercent !== null ? ` (${signedPercent(f.lastFullWeek.distanceChangePercent)} on the week before)` : ''}; this week so far ${thisWeekKm}.`
      : `This week so far ${thisWeekKm}.`
  }
}

export type ChartSummaries = ReturnType<typeof chartSummaries>
