// CSV: a small RFC 4180 reader, Ballast's own session CSV and Strava's bulk-export activities.csv.
import { SessionInput, type SessionTypeName } from '../../shared/domain'
import { zodIssues } from '../../shared/validate'
import { draftFromActivity, ImportFileError, type ImportDraft } from './draft'

/** Rows of cells. Quotes, doubled quotes, CRLF and a byte-order mark are handled. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const n = text.length
  while (i < n) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      cell += c
      i++
      continue
    }
    if (c === '"' && cell === '') {
      quoted = true
      i++
    } else if (c === ',') {
      row.push(cell)
      cell = ''
      i++
    } else if (c === '\r' || c === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      cell += c
      i++
    }
  }
  if (quoted) throw new ImportFileError('a quoted value is never closed (the file looks truncated)')
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''))
}

/** Spreadsheets run cells that start with = + - @ (or tab / CR): such cells get a leading '. */
const FORMULA = /^'*[=+\-@\t\r]/
export const escapeFormula = (value: string): string => (FORMULA.test(value) ? `'${value}` : value)
/** Undoes escapeFormula, so an exported value comes back exactly. */
export const unescapeFormula = (value: string): string => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value)

export const csvCell = (value: string | number | boolean | null): string => {
  const s = value === null ? '' : escapeFormula(String(value))
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Ballast's own export: metric storage values, one session per row. */
export const ballastColumns = [
  'athlete',
  'date',
  'start_time',
  'type',
  'duration_min',
  'distance_km',
  'ankle_weight_kg',
  'weighted_min',
  'rpe',
  'pain',
  'pain_next_morning',
  'pain_location',
  'form_breakdown',
  'notes',
  'source',
  'external_id'
] as const

export type ParsedRow = { label: string; draft: ImportDraft } | { label: string; error: string }

const missingColumns = (header: string[], required: readonly string[]): string[] => required.filter((c) => !header.includes(c))

const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s))

const readBallast = (header: string[], rows: string[][]): ParsedRow[] => {
  const missing = missingColumns(header, ['date', 'type', 'duration_min'])
  if (missing.length) throw new ImportFileError(`it is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`)
  const col = (r: string[], name: string): string => {
    const j = header.indexOf(name)
    return j < 0 ? '' : unescapeFormula(r[j] ?? '')
  }
  return rows.map((r, k) => {
    const label = `row ${k + 2}`
    const source = col(r, 'source') === 'manual' ? 'manual' : 'import'
    const candidate = {
      athleteId: 1,
      date: col(r, 'date').trim(),
      startTime: col(r, 'start_time').trim() || null,
      type: col(r, 'type').trim() as SessionTypeName,
      durationMin: numberOrNull(col(r, 'duration_min')),
      distanceKm: numberOrNull(col(r, 'distance_km')),
      ankleWeightKg: numberOrNull(col(r, 'ankle_weight_kg')) ?? 0,
      weightedMin: numberOrNull(col(r, 'weighted_min')) ?? 0,
      rpe: numberOrNull(col(r, 'rpe')),
      pain: numberOrNull(col(r, 'pain')),
      painNextMorning: numberOrNull(col(r, 'pain_next_morning')),
      painLocation: col(r, 'pain_location'),
      formBreakdown: ['1', 'true', 'yes'].includes(col(r, 'form_breakdown').trim().toLowerCase()),
      notes: col(r, 'notes'),
      source,
      externalId: col(r, 'external_id') || null
    }
    const parsed = SessionInput.safeParse(candidate)
    if (!parsed.success) {
      const first = zodIssues(parsed.error)[0]
      return { label, error: `${label}: ${first.path ? `${first.path}: ` : ''}${first.message}` }
    }
    const { athleteId: _drop, ...draft } = parsed.data
    return { label, draft }
  })
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A UTC moment; unlike Date.UTC, a year below 100 stays that year instead of becoming 19xx. */
const utc = (y: number, month: number, day: number, h: number, min: number, sec: number): Date => {
  const t = new Date(Date.UTC(2000, 0, 1, h, min, sec))
  t.setUTCFullYear(y, month, day)
  return t
}

/** Strava writes "Nov 3, 2026, 6:12:45 AM" in UTC (some exports use ISO): a Date or null. */
export const parseStravaDate = (s: string): Date | null => {
  const t = s.trim()
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)?$/i.exec(t)
  if (m) {
    const month = MONTHS.indexOf(m[1].toLowerCase())
    if (month < 0) return null
    let hour = Number(m[4])
    if (m[7]) hour = (hour % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0)
    return utc(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6] ?? 0))
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?Z?$/.exec(t)
  if (iso) return utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0))
  return null
}

const readStrava = (header: string[], rows: string[][]): ParsedRow[] => {
  const missing = missingColumns(header, ['Activity ID', 'Activity Date', 'Activity Type', 'Elapsed Time'])
  if (missing.length) throw new ImportFileError(`it looks like a Strava activities.csv but is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`)
  const first = (name: string) => header.indexOf(name)
  // Strava repeats "Distance" and "Elapsed Time": the first Distance is in km, the second in metres.
  const distanceCols = header.flatMap((h, j) => (h === 'Distance' ? [j] : []))
  return rows.map((r, k) => {
    const label = `row ${k + 2}`
    const id = (r[first('Activity ID')] ?? '').trim()
    const name = (r[first('Activity Name')] ?? '').trim()
    const rowLabel = name ? `${label} (${name})` : label
    const start = parseStravaDate(r[first('Activity Date')] ?? '')
    if (!id) return { label: rowLabel, error: `${label}: it has no Activity ID` }
    if (!start) return { label: rowLabel, error: `${label}: the Activity Date "${r[first('Activity Date')] ?? ''}" is not a date` }
    let distanceM: number | null = null
    if (distanceCols.length > 1 && r[distanceCols[1]]?.trim()) distanceM = Number(r[distanceCols[1]].replace(/,/g, ''))
    else if (distanceCols.length > 0 && r[distanceCols[0]]?.trim()) distanceM = Number(r[distanceCols[0]].replace(/,/g, '')) * 1000
    if (distanceM !== null && !Number.isFinite(distanceM)) distanceM = null
    const type = (r[first('Activity Type')] ?? '').trim()
    try {
      const draft = draftFromActivity({
        start,
        durationSec: Number(r[first('Elapsed Time')]),
        distanceM,
        name,
        running: /run/i.test(type),
        race: false,
        externalId: `strava:${id}`
      })
      return { label: rowLabel, draft }
    } catch (e) {
      if (e instanceof ImportFileError) return { label: rowLabel, error: `${label}: ${e.message}` }
      throw e
    }
  })
}

export const readCsv = (text: string): ParsedRow[] => {
  const rows = parseCsv(text)
  if (rows.length === 0) throw new ImportFileError('the CSV file is empty')
  const header = rows[0].map((h) => h.trim())
  const body = rows.slice(1)
  if (header.includes('Activity ID') || header.includes('Activity Date')) return readStrava(header, body)
  const lower = header.map((h) => h.toLowerCase())
  if (lower.some((h) => (ballastColumns as readonly string[]).includes(h))) return readBallast(lower, body)
  throw new ImportFileError('the CSV is neither a Ballast export nor a Strava activities.csv (its header names none of their columns)')
}
