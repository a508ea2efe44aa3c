// Sessions as CSV in Ballast's own columns: metric storage values at full precision, so Ballast
// reads the file back without loss; cells that a spreadsheet would run as a formula are escaped.
import type { Session } from '../../shared/domain'
import { ballastColumns, csvCell } from '../import/csv'

export const sessionsToCsv = (rows: { athlete: string; session: Session }[]): string => {
  const lines = [ballastColumns.join(',')]
  for (const { athlete, session: s } of rows) {
    const values: Record<(typeof ballastColumns)[number], string | number | boolean | null> = {
      athlete,
      date: s.date,
      start_time: s.startTime,
      type: s.type,
      duration_min: s.durationMin,
      distance_km: s.distanceKm,
      ankle_weight_kg: s.ankleWeightKg,
      weighted_min: s.weightedMin,
      rpe: s.rpe,
      pain: s.pain,
      pain_next_morning: s.painNextMorning,
      pain_location: s.painLocation,
      form_breakdown: s.formBreakdown ? 1 : 0,
      notes: s.notes,
      source: s.source,
      external_id: s.externalId
    }
    lines.push(ballastColumns.map((c) => csvCell(values[c])).join(','))
  }
  // CRLF as RFC 4180 asks; spreadsheets on every system read it.
  return lines.join('\r\n') + '\r\n'
}
