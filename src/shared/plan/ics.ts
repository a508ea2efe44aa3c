// iCalendar (RFC 5545) export of a plan: one all-day event per planned session. Pure: the caller
// passes the timestamp, so the same plan always gives the same file.
import { addDays } from '../calendar'
import { sessionTypeLabels } from '../domain'
import { formatDistance, formatMass, type DistanceUnit, type MassUnit } from '../units'
import type { PlannedSession } from './schema'

/**
 * RFC 5545 TEXT: every line break (CRLF, a lone CR or a lone LF) becomes the escape `\n`, and the other control
 * characters, which TEXT does not allow, are dropped; a raw CR or LF would end the property early.
 */
const escapeText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')

const utf8Length = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = utf8Length(ch)
    const limit = parts.length === 0 ? 75 : 74
    if (octets + n > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const basicDate = (iso: string) => iso.replace(/-/g, '')

export interface IcsInput {
  planId: number
  planName: string
  athleteName: string
  sessions: readonly PlannedSession[]
  units: { mass: MassUnit; distance: DistanceUnit }
  /** UTC timestamp for DTSTAMP, e.g. '20261125T120000Z'. */
  stamp: string
  /**
   * Planned sessions with warnings above info that the coach exported anyway, by id: their event says
   * so in its title and first line, so the mark travels with the calendar as it does with the PDF.
   */
  marks?: Readonly<Record<number, { severity: 'caution' | 'stop'; ruleIds: readonly string[] }>>
}

export function planToIcs(input: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ballast//Plan export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${input.planName} - ${input.athleteName}`)}`
  ]
  const sorted = [...input.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
  for (const s of sorted) {
    const label = sessionTypeLabels[s.type]
    const weights =
      s.ankleWeightKg > 0
        ? `, ankle weights ${formatMass(s.ankleWeightKg, input.units.mass)} per ankle for ${s.weightedMin} min`
        : ''
    const mark = input.marks?.[s.id]
    const summary = `${mark ? '[Not cleared] ' : ''}${label} ${s.durationMin} min${weights}`
    const details = [
      mark
        ? `Not cleared by the rules: ${mark.severity} (${mark.ruleIds.join(', ')}). Check with your coach before this session.`
        : '',
      s.description,
      s.distanceKm !== null ? `Distance: ${formatDistance(s.distanceKm, input.units.distance)}` : '',
      s.targetRpe !== null ? `Target RPE: ${s.targetRpe}/10` : '',
      s.ankleWeightKg > 0 ? 'Stop and take the weights off if pain goes above 5/10 or your form breaks down.' : ''
    ].filter(Boolean)
    lines.push(
      'BEGIN:VEVENT',
      `UID:ballast-plan-${input.planId}-session-${s.id}@ballast.local`,
      `DTSTAMP:${input.stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(s.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(s.date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
