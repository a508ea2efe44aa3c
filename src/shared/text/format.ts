// The one place numbers and days become words: calendar days ("Tue 24 Nov 2026"), weights and
// distances in the coach's units, percentages. The renderer (lib/format.ts re-exports these), the PDF
// and everything else main writes for the coach use it, and renderText turns the tokens the rules and
// the plan generator write (tokens.ts) into sentences with it.
// Dates are YYYY-MM-DD calendar days: they are formatted as UTC noon so no time zone moves a day.
import { distanceToDisplay, LB_PER_KG, massToDisplay, round, type DistanceUnit, type MassUnit } from '../units'
import { parseText, type TextToken } from './tokens'

// Day and month names in the app's language (English, like all its copy), in a fixed order so a
// date reads the same on every machine: "Tue 24 Nov 2026". ('en-GB' would write "Sept".)
const names = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', timeZone: 'UTC' })

const partsCache = new Map<string, { weekday: string; month: string }>()
const namesOf = (iso: string): { weekday: string; month: string } => {
  let hit = partsCache.get(iso)
  if (!hit) {
    const at = new Date(0)
    at.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
    at.setUTCHours(12)
    const parts = names.formatToParts(at)
    hit = {
      weekday: parts.find((p) => p.type === 'weekday')?.value ?? '',
      month: parts.find((p) => p.type === 'month')?.value ?? ''
    }
    if (partsCache.size > 5000) partsCache.clear()
    partsCache.set(iso, hit)
  }
  return hit
}

/** "Tue 24 Nov 2026", or "Tue 24 Nov" without the year. */
export const formatDay = (iso: string, withYear = true): string => {
  const { weekday, month } = namesOf(iso)
  return `${weekday} ${Number(iso.slice(8, 10))} ${month}${withYear ? ` ${iso.slice(0, 4)}` : ''}`
}

/** "24 Nov": axis ticks, where a weekday would crowd the labels. */
export const shortDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${namesOf(iso).month}`

// Numbers in the coach's locale (the browser's; the system's in main), at most two decimals as stored.
const numberFormats = new Map<string, Intl.NumberFormat>()
const numberFormat = (locale?: string): Intl.NumberFormat => {
  const key = locale ?? ''
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    numberFormats.set(key, f)
  }
  return f
}

export const formatNumber = (n: number, locale?: string): string => numberFormat(locale).format(n)

/** Weight in the coach's unit as a number (kg to 2 decimals, lb to 1), for axes and tables. */
export const massValue = (kg: number, unit: MassUnit): number => massToDisplay(kg, unit)
/** Distance in the coach's unit as a number (2 decimals), for axes and tables. */
export const distanceValue = (km: number, unit: DistanceUnit): number => distanceToDisplay(km, unit)

/** "2.2 lb", "1 kg". */
export const formatMass = (kg: number, unit: MassUnit, locale?: string): string =>
  `${formatNumber(massValue(kg, unit), locale)} ${unit}`
/** "12.5 km", "7.77 mi". */
export const formatDistance = (km: number, unit: DistanceUnit, locale?: string): string =>
  `${formatNumber(distanceValue(km, unit), locale)} ${unit}`
/** Exposure (kg per ankle x weighted minutes) in the coach's unit: "22 lb·min". */
export const formatExposure = (kgMin: number, unit: MassUnit, locale?: string): string =>
  `${formatNumber(massValue(kgMin, unit), locale)} ${unit}·min`

/**
 * A weight rounded down to a step a coach can buy or set: 0.05 kg, or 0.5 lb (0.1 lb below 0.5 lb);
 * a weight below the smallest step stays as it is. Returned in kg.
 */
export function massDownKg(kg: number, unit: MassUnit): number {
  const down = (x: number, step: number): number => Math.floor(x / step + 1e-9) * step
  if (unit === 'lb') {
    const lb = kg * LB_PER_KG
    const stepped = lb >= 0.5 ? down(lb, 0.5) : down(lb, 0.1)
    return stepped > 0 ? stepped / LB_PER_KG : kg
  }
  const stepped = round(down(kg, 0.05), 2)
  return stepped > 0 ? stepped : round(kg, 2)
}

/** "+4.5%", "−3%", "±0%"; "–" when there is nothing to compare. */
export const signedPercent = (p: number | null): string =>
  p === null ? '–' : `${p > 0 ? '+' : p < 0 ? '−' : '±'}${formatNumber(Math.abs(p))}%`

export const percent = (p: number): string => `${formatNumber(p)}%`

/** "1 session", "3 sessions". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** The coach's display units (Settings). */
export interface TextUnits {
  mass: MassUnit
  distance: DistanceUnit
}

/** How each kind of token is written. */
export type TokenFormatters = { [K in TextToken['kind']]: (token: Extract<TextToken, { kind: K }>) => string }

/** The tokens in the coach's units and locale (the system's when none is given). */
export const unitFormatters = (units: TextUnits, locale?: string): TokenFormatters => ({
  mass: (t) => formatMass(t.kg, units.mass, locale),
  massDown: (t) => formatMass(massDownKg(t.kg, units.mass), units.mass, locale),
  distance: (t) => formatDistance(t.km, units.distance, locale),
  exposure: (t) => formatExposure(t.kgMin, units.mass, locale),
  day: (t) => formatDay(t.iso)
})

const formatToken = (t: TextToken, f: TokenFormatters): string => (f[t.kind] as (t: TextToken) => string)(t)

/**
 * Text from the rules, the plan generator or main with every token written out: in the coach's units
 * (or with the formatters given). Plain text (a coach's own notes, old stored notes) comes back as is.
 */
export function renderText(text: string, how: TextUnits | TokenFormatters, locale?: string): string {
  const f = 'day' in how ? how : unitFormatters(how, locale)
  let out = ''
  for (const part of parseText(text)) out += typeof part === 'string' ? part : formatToken(part, f)
  return out
}
