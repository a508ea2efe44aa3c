// Texts with tokens: the rules and the generator write kg, km, kg·min and ISO days as tokens; the one
// shared formatter writes them out in the coach's units. Nothing is lost on the way, plain text is
// left alone, and no token ever survives rendering.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import {
  cutText,
  dayText,
  distanceText,
  exposureText,
  formatDay,
  hasToken,
  massDownText,
  massText,
  parseText,
  renderText,
  type TextToken
} from '../../src/shared/text'

// Any finite number; -0 is taken as 0 (a token writes it as 0, and every formatter shows both alike).
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x))
const isoDay = fc.integer({ min: 0, max: 365 * 400 }).map((n) => addDays('1900-01-01', n))
// Plain text that may hold anything a sentence holds, but no token brackets.
const plain = fc.string({ unit: 'grapheme' }).filter((s) => !hasToken(s))

const token = fc.oneof(
  finite.map((kg) => ({ text: massText(kg), token: { kind: 'mass', kg } as TextToken })),
  finite.map((kg) => ({ text: massDownText(kg), token: { kind: 'massDown', kg } as TextToken })),
  finite.map((km) => ({ text: distanceText(km), token: { kind: 'distance', km } as TextToken })),
  finite.map((kgMin) => ({ text: exposureText(kgMin), token: { kind: 'exposure', kgMin } as TextToken })),
  isoDay.map((iso) => ({ text: dayText(iso), token: { kind: 'day', iso } as TextToken }))
)

describe('tokens in texts', () => {
  it('every number and day survives the round trip, with the plain text around it unchanged', () => {
    fc.assert(
      fc.property(plain, token, plain, (before, t, after) => {
        const parts = parseText(`${before}${t.text}${after}`)
        const expected: (string | TextToken)[] = [...(before ? [before] : []), t.token, ...(after ? [after] : [])]
        expect(parts).toEqual(expected)
      })
    )
  })

  it('plain text (a coach’s note, an old stored plan note) renders as is', () => {
    fc.assert(
      fc.property(plain, (s) => {
        expect(renderText(s, { mass: 'kg', distance: 'km' })).toBe(s)
        expect(renderText(s, { mass: 'lb', distance: 'mi' })).toBe(s)
      })
    )
  })

  it('no token survives rendering, in any units', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            plain,
            token.map((t) => t.text)
          )
        ),
        fc.boolean(),
        (pieces, imperial) => {
          const out = renderText(
            pieces.join(''),
            imperial ? { mass: 'lb', distance: 'mi' } : { mass: 'kg', distance: 'km' }
          )
          expect(hasToken(out)).toBe(false)
        }
      )
    )
  })

  it('writes weights, distances, exposure and days in the coach’s units', () => {
    const text = `${massText(1)} per ankle for ${exposureText(15)}, ${distanceText(10)} on ${dayText('2026-11-24')}.`
    expect(renderText(text, { mass: 'kg', distance: 'km' }, 'en-US')).toBe(
      '1 kg per ankle for 15 kg·min, 10 km on Tue 24 Nov 2026.'
    )
    expect(renderText(text, { mass: 'lb', distance: 'mi' }, 'en-US')).toBe(
      '2.2 lb per ankle for 33.1 lb·min, 6.21 mi on Tue 24 Nov 2026.'
    )
    expect(formatDay('2026-11-24')).toBe('Tue 24 Nov 2026')
  })

  it('a suggested start level is rounded down to a step the coach can set in their unit', () => {
    // 70 kg x 1.5% / 2 = 0.525 kg: 0.5 kg, or 1.157 lb -> 1 lb; 0.2 kg = 0.44 lb -> 0.4 lb (0.1 lb steps below 0.5 lb).
    expect(renderText(massDownText(0.525), { mass: 'kg', distance: 'km' }, 'en-US')).toBe('0.5 kg')
    expect(renderText(massDownText(0.525), { mass: 'lb', distance: 'km' }, 'en-US')).toBe('1 lb')
    expect(renderText(massDownText(0.2), { mass: 'lb', distance: 'km' }, 'en-US')).toBe('0.4 lb')
  })

  it('a token cut off by a length limit is left out, never shown raw, and cutText never cuts one', () => {
    const text = `Weights restart at ${massText(0.75)} per ankle.`
    const at = text.indexOf('⟦') + 4
    expect(renderText(text.slice(0, at), { mass: 'kg', distance: 'km' })).toBe('Weights restart at ')
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            plain,
            token.map((t) => t.text)
          )
        ),
        fc.nat(200),
        (pieces, max) => {
          const whole = pieces.join('')
          const cut = cutText(whole, max)
          expect(cut.length).toBeLessThanOrEqual(max)
          expect(whole.startsWith(cut)).toBe(true)
          // Every token in the cut text reads back whole.
          expect(parseText(cut).filter((p) => typeof p === 'string' && hasToken(p))).toEqual([])
        }
      )
    )
  })
})
