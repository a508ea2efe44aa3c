// The one place the renderer turns main's numbers into words: calendar days ("Tue 24 Nov 2026"),
// weights and distances in the coach's units, percentages. Main sends kg, km, minutes and ISO days
// only, so a units change redraws from data already here, without a new call.
// Dates are YYYY-MM-DD calendar days: they are formatted as UTC noon so no time zone moves a day.
import { massToDisplay, distanceToDisplay, type DistanceUnit, type MassUnit } from '../../../shared/units'

// Day and month names in the app's language (English, like all its copy), in a fixed order so a
// date reads the same on every machine: "Tue 24 Nov 2026". ('en-GB' would write "Sept".)
const names = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', timeZone: 'UTC' })
// Numbers in the coach's locale (the browser's), at most two decimals as stored.
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })

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

export const formatNumber = (n: number): string => number.format(n)

/** Weight in the coach's unit as a number (kg to 2 decimals, lb to 1), for axes and tables. */
export const massValue = (kg: number, unit: MassUnit): number => massToDisplay(kg, unit)
/** Distance in the coach's unit as a number (2 decimals), for axes and tables. */
export const distanceValue = (km: number, unit: DistanceUnit): number => distanceToDisplay(km, unit)

/** "2.2 lb", "1 kg". */
export const formatMass = (kg: number, unit: MassUnit): string => `${formatNumber(massValue(kg, unit))} ${unit}`
/** "12.5 km", "7.77 mi". */
export const formatDistance = (km: number, unit: DistanceUnit): string =>
  `${formatNumber(distanceValue(km, unit))} ${unit}`
/** Exposure (kg per ankle x weighted minutes) in the coach's unit: "22 lb·min". */
export const formatExposure = (kgMin: number, unit: MassUnit): string =>
  `${formatNumber(massValue(kgMin, unit))} ${unit}·min`

/** "+4.5%", "−3%", "±0%"; "–" when there is nothing to compare. */
export const signedPercent = (p: number | null): string =>
  p === null ? '–' : `${p > 0 ? '+' : p < 0 ? '−' : '±'}${formatNumber(Math.abs(p))}%`

export const percent = (p: number): string => `${formatNumber(p)}%`

/** "1 session", "3 sessions". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

export const todayIso = (): string => {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

const pad2 = (n: number) => String(n).padStart(2, '0')
/** A moment (an ISO timestamp) in the computer's local time, as the app writes days: "Thu 26 Nov 2026 07:47". */
export const formatMoment = (isoTimestamp: string): string => {
  const at = new Date(isoTimestamp)
  const day = `${at.getFullYear()}-${pad2(at.getMonth() + 1)}-${pad2(at.getDate())}`
  return `${formatDay(day)} ${pad2(at.getHours())}:${pad2(at.getMinutes())}`
}
