// Text that names a weight, a distance, an exposure or a day holds the reference value (kg, km,
// kg·min, the ISO day) in a typed placeholder, not words: the rules and the plan generator write it
// without knowing the coach's units, and renderText (format.ts) turns it into words where it is shown.
// So a units change redraws the same warnings, and no rule has to run again.
// A token reads ⟦kind:value⟧; the brackets are characters no coach types and no sentence uses.

export const tokenKinds = ['mass', 'massDown', 'distance', 'exposure', 'day'] as const
export type TokenKind = (typeof tokenKinds)[number]

export type TextToken =
  | { kind: 'mass'; kg: number }
  /** A weight rounded down to a step the coach can set in their unit (a suggested start level). */
  | { kind: 'massDown'; kg: number }
  | { kind: 'distance'; km: number }
  | { kind: 'exposure'; kgMin: number }
  | { kind: 'day'; iso: string }

const OPEN = '\u27e6'
const CLOSE = '\u27e7'

/** A number as the shortest text that reads back to the same number (-0 reads back as 0). */
const num = (x: number): string => String(x === 0 ? 0 : x)

const token = (kind: TokenKind, value: string): string => `${OPEN}${kind}:${value}${CLOSE}`

/** A weight in kg ("1.4 kg", "3.1 lb"). */
export const massText = (kg: number): string => token('mass', num(kg))
/** A weight in kg, shown rounded down to a step of the coach's unit (0.05 kg; 0.5 lb, or 0.1 lb below 0.5 lb). */
export const massDownText = (kg: number): string => token('massDown', num(kg))
/** A distance in km. */
export const distanceText = (km: number): string => token('distance', num(km))
/** Exposure (kg per ankle x weighted minutes) in kg·min. */
export const exposureText = (kgMin: number): string => token('exposure', num(kgMin))
/** A calendar day, YYYY-MM-DD ("Tue 24 Nov 2026"). */
export const dayText = (iso: string): string => token('day', iso)

const kindPattern = tokenKinds.join('|')
const tokenRe = new RegExp(`${OPEN}(${kindPattern}):([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g')
// A token cut short by a length limit (stored notes are cut to 2000 characters): an opening bracket
// with no closing one after it, at the very end.
const cutTokenRe = new RegExp(`${OPEN}[^${CLOSE}]*$`)
const isoDayRe = /^\d{4}-\d{2}-\d{2}$/

const parseToken = (kind: string, value: string): TextToken | null => {
  if (kind === 'day') return isoDayRe.test(value) ? { kind: 'day', iso: value } : null
  const x = value.trim() === '' ? NaN : Number(value)
  if (!Number.isFinite(x)) return null
  switch (kind) {
    case 'mass':
      return { kind: 'mass', kg: x }
    case 'massDown':
      return { kind: 'massDown', kg: x }
    case 'distance':
      return { kind: 'distance', km: x }
    case 'exposure':
      return { kind: 'exposure', kgMin: x }
  }
  return null
}

/**
 * The text as plain parts and tokens, in order. Text without tokens is one plain part. A token that
 * cannot be read, or one cut off at the end, is left out rather than shown raw.
 */
export function parseText(text: string): (string | TextToken)[] {
  const out: (string | TextToken)[] = []
  let at = 0
  const plain = (s: string) => {
    if (s === '') return
    if (typeof out[out.length - 1] === 'string') out[out.length - 1] += s
    else out.push(s)
  }
  for (const m of text.matchAll(tokenRe)) {
    plain(text.slice(at, m.index))
    const t = parseToken(m[1], m[2])
    if (t) out.push(t)
    at = m.index + m[0].length
  }
  plain(text.slice(at).replace(cutTokenRe, ''))
  return out
}

/** Whether the text holds a token (or a piece of one): what no coach may ever read. */
export const hasToken = (text: string): boolean => text.includes(OPEN) || text.includes(CLOSE)

/**
 * Cuts text to at most `max` characters without cutting a token in half (a token that does not fit
 * whole is left out), for stored fields with a length limit.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return cut.replace(cutTokenRe, '')
}
