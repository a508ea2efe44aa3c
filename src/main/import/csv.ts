// CSV: a small RFC 4180 reader, Ballast's own session CSV and Strava's bulk-export activities.csv.
import { SessionInput, type SessionTypeName } from '../../shared/domain'
import { zodIssues } from '../../shared/validate'
import { draftFromActivity, ImportFileError, type DraftInfo, type ImportDraft, type ReadContext } from './draft'

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

export type ParsedRow = { label: string; draft: ImportDraft; info?: DraftInfo } | { label: string; error: string }

const missingColumns = (header: string[], required: readonly string[]): string[] =>
  required.filter((c) => !header.includes(c))

const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s))

const readBallast = (header: string[], rows: string[][]): ParsedRow[] => {
  const missing = missingColumns(header, ['date', 'type', 'duration_min'])
  if (missing.length)
    throw new ImportFileError(`it is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`)
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

/** Every Unicode space (no-break, narrow no-break before AM/PM, thin) as a plain space. */
export const plainSpaces = (s: string): string => s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim()

const fold = (s: string): string =>
  plainSpaces(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** Month names and abbreviations in the export languages, by their first letters (accents removed). */
const MONTH_PREFIXES: [string, number][] = [
  ['juin', 5],
  ['juil', 6],
  ['janv', 0],
  ['jan', 0],
  ['ene', 0],
  ['gen', 0],
  ['feb', 1],
  ['fev', 1],
  ['maa', 2],
  ['mar', 2],
  ['mrz', 2],
  ['apr', 3],
  ['avr', 3],
  ['abr', 3],
  ['may', 4],
  ['mai', 4],
  ['mag', 4],
  ['mei', 4],
  ['jun', 5],
  ['giu', 5],
  ['jul', 6],
  ['lug', 6],
  ['aug', 7],
  ['aou', 7],
  ['ago', 7],
  ['sep', 8],
  ['set', 8],
  ['oct', 9],
  ['okt', 9],
  ['ott', 9],
  ['out', 9],
  ['nov', 10],
  ['dec', 11],
  ['dez', 11],
  ['dic', 11]
]
const monthIndex = (word: string): number => {
  const w = fold(word).replace(/\./g, '')
  if (w.length < 3) return -1
  return MONTH_PREFIXES.find(([p]) => w.startsWith(p))?.[1] ?? -1
}

/** A UTC moment; unlike Date.UTC, a year below 100 stays that year instead of becoming 19xx. */
const utc = (y: number, month: number, day: number, h: number, min: number, sec: number): Date | null => {
  if (month < 0 || month > 11 || day < 1 || day > 31 || h > 23 || min > 59 || sec > 59) return null
  const t = new Date(Date.UTC(2000, 0, 1, h, min, sec))
  t.setUTCFullYear(y, month, day)
  return t.getUTCDate() === day ? t : null
}

const hour24 = (h: number, ampm: string | undefined): number =>
  ampm ? (h % 12) + (ampm.toLowerCase().startsWith('p') ? 12 : 0) : h

/**
 * Strava writes "Nov 3, 2026, 6:12:45 AM" in UTC; exports in other languages write "03.11.2026, 06:12:44",
 * "3 nov. 2026, 06:12:44", "3 de nov. de 2026 06:12:44" and so on (some use ISO). `monthFirst` reads
 * 11/03/2026 the American way. A Date or null.
 */
export const parseStravaDate = (s: string, monthFirst = true): Date | null => {
  // "a. m." / "p. m." (Spanish) and a narrow no-break space before AM/PM (newer exports) become " AM".
  const t = plainSpaces(s).replace(/\s*\b([ap])\.?\s?m\.?$/i, (_m, x: string) => ` ${x.toUpperCase()}M`)
  const time = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?`
  const en = new RegExp(String.raw`^([^\d\s,]+)\.? (\d{1,2}),? (\d{4}),? ${time}$`, 'i').exec(t)
  if (en)
    return utc(
      Number(en[3]),
      monthIndex(en[1]),
      Number(en[2]),
      hour24(Number(en[4]), en[7]),
      Number(en[5]),
      Number(en[6] ?? 0)
    )
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?Z?$/.exec(t)
  if (iso)
    return utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0))
  const num = new RegExp(String.raw`^(\d{1,4})([./-])(\d{1,2})[./-](\d{2,4}),? (?:[^\d\s]+ )?${time}$`, 'i').exec(t)
  if (num) {
    const [a, sep, b, c] = [Number(num[1]), num[2], Number(num[3]), Number(num[4])]
    const h = hour24(Number(num[5]), num[8])
    const [mi, se] = [Number(num[6]), Number(num[7] ?? 0)]
    if (num[1].length === 4) return utc(a, b - 1, c, h, mi, se)
    const y = num[4].length === 2 ? 2000 + c : c
    return sep === '/' && monthFirst ? utc(y, a - 1, b, h, mi, se) : utc(y, b - 1, a, h, mi, se)
  }
  // Day first with a month name: "3 nov. 2026, 06:12:44", "3. Nov. 2026, 06:12:44", "3 de nov. de 2026 06:12:44".
  const words = new RegExp(
    String.raw`^(\d{1,2})\.? (?:de )?([^\d\s,]+)\.?,? (?:de )?(\d{4}),? (?:[^\d\s]+ ){0,2}${time}$`,
    'i'
  ).exec(t)
  if (words)
    return utc(
      Number(words[3]),
      monthIndex(words[2]),
      Number(words[1]),
      hour24(Number(words[4]), words[7]),
      Number(words[5]),
      Number(words[6] ?? 0)
    )
  return null
}

/**
 * A number as the export's language writes it: "1,500.5" (English) or "1.500,5" / "1 500,5" (most others).
 * A lone separator before exactly three digits is a thousands separator in the export's language; null if unreadable.
 */
export const parseLocaleNumber = (s: string, decimalComma: boolean): number | null => {
  const t = plainSpaces(s).replace(/[ ']/g, '')
  if (t === '') return null
  if (!/^-?[\d.,]+$/.test(t)) return null
  const lastDot = t.lastIndexOf('.')
  const lastComma = t.lastIndexOf(',')
  let decimal: string | null
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ','
  else if (lastDot < 0 && lastComma < 0) decimal = null
  else {
    const sep = lastDot >= 0 ? '.' : ','
    const count = t.split(sep).length - 1
    const after = t.length - t.lastIndexOf(sep) - 1
    if (count > 1) decimal = null
    else if (after === 3) decimal = (sep === ',') === decimalComma ? sep : null
    else decimal = sep
  }
  const other = decimal === '.' ? ',' : '.'
  const clean = decimal === null ? t.replace(/[.,]/g, '') : t.split(other).join('').replace(decimal, '.')
  const v = Number(clean)
  return Number.isFinite(v) ? v : null
}

type StravaField = 'id' | 'date' | 'name' | 'type' | 'elapsed' | 'moving' | 'distance'

/** Strava's column names in English, German, French, Spanish, Italian, Dutch and Portuguese (folded: lower case, no accents or punctuation). */
const STRAVA_NAMES: Record<StravaField, Record<string, string[]>> = {
  id: {
    en: ['activityid'],
    de: ['aktivitatsid'],
    fr: ['idactivite', 'iddelactivite'],
    es: ['iddeactividad', 'iddelaactividad'],
    it: ['idattivita', 'iddellattivita'],
    nl: ['activiteitsid', 'activiteitid'],
    pt: ['iddaatividade', 'iddeatividade']
  },
  date: {
    en: ['activitydate'],
    de: ['aktivitatsdatum'],
    fr: ['datedelactivite', 'dateactivite'],
    es: ['fechadelaactividad', 'fechadeactividad'],
    it: ['dataattivita', 'datadellattivita'],
    nl: ['activiteitsdatum', 'datumactiviteit'],
    pt: ['datadaatividade', 'datadeatividade']
  },
  name: {
    en: ['activityname'],
    de: ['aktivitatsname', 'namederaktivitat'],
    fr: ['nomdelactivite', 'nomactivite'],
    es: ['nombredelaactividad', 'nombredeactividad'],
    it: ['nomeattivita', 'nomedellattivita'],
    nl: ['activiteitsnaam', 'naamactiviteit'],
    pt: ['nomedaatividade', 'nomedeatividade']
  },
  type: {
    en: ['activitytype'],
    de: ['aktivitatsart', 'aktivitatstyp'],
    fr: ['typedactivite', 'typedelactivite'],
    es: ['tipodeactividad', 'tipodelaactividad'],
    it: ['tipoattivita', 'tipodiattivita'],
    nl: ['activiteitstype', 'typeactiviteit'],
    pt: ['tipodeatividade', 'tipodaatividade']
  },
  elapsed: {
    en: ['elapsedtime'],
    de: ['verstrichenezeit', 'gesamtzeit'],
    fr: ['tempsecoule', 'dureeecoulee'],
    es: ['tiempotranscurrido'],
    it: ['tempotrascorso'],
    nl: ['verstrekentijd'],
    pt: ['tempodecorrido']
  },
  moving: {
    en: ['movingtime'],
    de: ['bewegungszeit', 'zeitinbewegung'],
    fr: ['tempsdedeplacement', 'tempsenmouvement', 'dureededeplacement'],
    es: ['tiempoenmovimiento'],
    it: ['tempoinmovimento'],
    nl: ['bewegingstijd', 'beweegtijd', 'tijdinbeweging'],
    pt: ['tempoemmovimento']
  },
  distance: {
    en: ['distance'],
    de: ['distanz', 'entfernung', 'strecke'],
    fr: ['distance'],
    es: ['distancia'],
    it: ['distanza'],
    nl: ['afstand'],
    pt: ['distancia']
  }
}
/** Where Strava's activities.csv puts each column (the first Distance is km, the second metres). */
const STRAVA_POSITIONS: Record<StravaField, number> = {
  id: 0,
  date: 1,
  name: 2,
  type: 3,
  elapsed: 5,
  moving: 16,
  distance: 6
}
const STRAVA_METRES_POSITION = 17
const STRAVA_MIN_COLUMNS = 18

const headerKey = (h: string) => fold(h).replace(/[^a-z0-9]/g, '')

interface StravaLayout {
  col: Record<StravaField, number>
  /** Column of the distance in metres (Strava's second Distance), or -1. */
  metres: number
  language: string
  byPosition: StravaField[]
}

/** The Strava layout of a header: by name in any of the languages, else by Strava's column positions. */
export const stravaLayout = (header: string[], firstRow: string[] | undefined): StravaLayout | null => {
  const keys = header.map(headerKey)
  const col = {} as Record<StravaField, number>
  let language = ''
  const found: StravaField[] = []
  for (const field of Object.keys(STRAVA_NAMES) as StravaField[]) {
    col[field] = -1
    for (const [lang, names] of Object.entries(STRAVA_NAMES[field])) {
      const j = keys.findIndex((k) => names.includes(k))
      if (j >= 0) {
        col[field] = j
        if (field !== 'distance' && !language) language = lang
        found.push(field)
        break
      }
    }
  }
  const named = found.includes('id') || found.includes('date')
  const stravaShape =
    header.length >= STRAVA_MIN_COLUMNS &&
    firstRow !== undefined &&
    /^\d+$/.test(firstRow[0]?.trim() ?? '') &&
    parseStravaDate(firstRow[1] ?? '', true) !== null
  if (!named && !stravaShape) return null
  const byPosition: StravaField[] = []
  if (header.length >= STRAVA_MIN_COLUMNS) {
    for (const field of Object.keys(STRAVA_POSITIONS) as StravaField[]) {
      if (col[field] < 0) {
        col[field] = STRAVA_POSITIONS[field]
        byPosition.push(field)
      }
    }
  }
  const distances = keys.flatMap((k, j) => (Object.values(STRAVA_NAMES.distance).some((n) => n.includes(k)) ? [j] : []))
  const metres =
    distances.length > 1
      ? distances[1]
      : header.length >= STRAVA_MIN_COLUMNS && byPosition.includes('distance')
        ? STRAVA_METRES_POSITION
        : -1
  return { col, metres, language: language || 'unknown', byPosition }
}

/** Above this a session's distance over its time is not humanly possible: the number was misread. */
const IMPLAUSIBLE_KMH = 100

const readStrava = (layout: StravaLayout, rows: string[][], ctx: ReadContext): ParsedRow[] => {
  const { col } = layout
  const missing = (['id', 'date', 'type'] as const).filter((f) => col[f] < 0)
  if (col.elapsed < 0 && col.moving < 0) missing.push('Moving Time or Elapsed Time' as never)
  if (missing.length) {
    const names: Record<string, string> = { id: 'Activity ID', date: 'Activity Date', type: 'Activity Type' }
    const list = missing.map((m) => names[m] ?? m)
    throw new ImportFileError(
      `it looks like a Strava activities.csv but is missing the column${list.length > 1 ? 's' : ''} ${list.join(', ')}. Export the activities again from Strava (Settings, My Account, Download or delete your account) and import that activities.csv.`
    )
  }
  // English writes 1,500.5; the other export languages 1.500,5.
  const decimalComma = !['en', 'unknown'].includes(layout.language)
  const monthFirst = !decimalComma
  const cell = (r: string[], j: number) => (j >= 0 ? (r[j] ?? '') : '')
  return rows.map((r, k) => {
    const label = `row ${k + 2}`
    const id = cell(r, col.id).trim()
    const name = plainSpaces(cell(r, col.name))
    const rowLabel = name ? `${label} (${name})` : label
    const dateText = cell(r, col.date)
    const start = parseStravaDate(dateText, monthFirst)
    if (!id) return { label: rowLabel, error: `${label}: it has no Activity ID; check that the row is complete` }
    if (!start)
      return {
        label: rowLabel,
        error: `${label}: the Activity Date "${plainSpaces(dateText)}" is not a date Ballast can read; fix it in the file or log the session by hand`
      }
    const seconds = (j: number) => {
      const v = parseLocaleNumber(cell(r, j), decimalComma)
      return v !== null && v > 0 ? v : null
    }
    const movingSec = seconds(col.moving)
    const elapsedSec = seconds(col.elapsed)
    const hours = (movingSec ?? elapsedSec ?? 0) / 3600
    let note = ''
    let distanceM: number | null = null
    const metresText = cell(r, layout.metres).trim()
    const kmText = cell(r, col.distance).trim()
    const plausible = (m: number) => !(hours > 0 && m / 1000 / hours > IMPLAUSIBLE_KMH)
    if (metresText) distanceM = parseLocaleNumber(metresText, decimalComma)
    else if (kmText) {
      const km = parseLocaleNumber(kmText, decimalComma)
      distanceM = km === null ? null : km * 1000
      // A thousands separator never turns metres into kilometres: "1,500" over 8 minutes is 1.5 km, not 1,500.
      if (distanceM !== null && !plausible(distanceM)) {
        const other = parseLocaleNumber(kmText, !decimalComma)
        if (other !== null && plausible(other * 1000)) distanceM = other * 1000
        else if (plausible(distanceM / 1000)) {
          distanceM = distanceM / 1000
          note = `the distance "${kmText}" was read as metres`
        }
      }
    }
    if (distanceM !== null && !plausible(distanceM)) distanceM = null
    const type = plainSpaces(cell(r, col.type))
    try {
      const read = draftFromActivity(
        {
          start,
          movingSec,
          elapsedSec,
          distanceM,
          name,
          sport: type.toLowerCase(),
          // A type in a language Ballast has no words for says nothing: the pace decides.
          running:
            type === ''
              ? null
              : /run|lauf|course|carrera|corsa|hardloop|corrida/i.test(type)
                ? true
                : layout.language === 'unknown'
                  ? null
                  : false,
          race: false,
          externalId: `strava:${id}`,
          note
        },
        ctx
      )
      return { label: rowLabel, draft: read.draft, info: read.info }
    } catch (e) {
      if (e instanceof ImportFileError) return { label: rowLabel, error: `${label}: ${e.message}` }
      throw e
    }
  })
}

export const readCsv = (text: string, ctx: ReadContext): ParsedRow[] => {
  const rows = parseCsv(text)
  if (rows.length === 0) throw new ImportFileError('the CSV file is empty')
  const header = rows[0].map((h) => h.trim())
  const body = rows.slice(1)
  const strava = stravaLayout(header, body[0])
  if (strava) return readStrava(strava, body, ctx)
  const lower = header.map((h) => h.toLowerCase())
  if (lower.some((h) => (ballastColumns as readonly string[]).includes(h))) return readBallast(lower, body)
  throw new ImportFileError(
    'the CSV is neither a Ballast export nor a Strava activities.csv (its header names none of their columns)'
  )
}
