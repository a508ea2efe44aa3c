// A long series thinned for a chart must never hide a spike: a coach reading three years of daily
// load would otherwise see a calm line where one day was twice anything else.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { downsample, stretchLength, type Extreme } from '../../src/shared/downsample'

interface Day {
  i: number
  load: number
  acwr: number | null
}

const extremes: Extreme<Day>[] = [
  { value: (d) => d.load, keep: 'max' },
  { value: (d) => d.acwr, keep: 'both' }
]

const series = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.option(fc.double({ min: 0, max: 3, noNaN: true }))), {
    minLength: 0,
    maxLength: 3000,
    // Long series too, not only fast-check's default ten or so points: thinning starts past `max`.
    size: 'max'
  })
  .map((xs) => xs.map(([load, acwr], i): Day => ({ i, load, acwr })))

describe('downsampling a chart series', () => {
  it('keeps at most max points, in order, real points only, the first and the last', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 5, max: 800 }), (days, max) => {
        const out = downsample(days, max, extremes)
        expect(out.length).toBeLessThanOrEqual(max)
        for (let k = 1; k < out.length; k++) expect(out[k].i).toBeGreaterThan(out[k - 1].i)
        for (const d of out) expect(d).toBe(days[d.i])
        if (days.length) expect([out[0], out.at(-1)]).toEqual([days[0], days.at(-1)])
        if (days.length <= max) expect(out).toEqual(days)
      })
    )
  })

  it('keeps every peak: a day higher than every day within one stretch either side is always drawn', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 5, max: 800 }), (days, max) => {
        const out = new Set(downsample(days, max, extremes).map((d) => d.i))
        const w = stretchLength(days.length, max, extremes)
        const peakOf = (value: (d: Day) => number | null, sign: 1 | -1) =>
          days.filter((d) => {
            const v = value(d)
            if (v === null) return false
            for (let j = Math.max(0, d.i - w); j <= Math.min(days.length - 1, d.i + w); j++) {
              const u = value(days[j])
              if (j !== d.i && u !== null && sign * u >= sign * v) return false
            }
            return true
          })
        for (const d of peakOf((x) => x.load, 1)) expect(out.has(d.i)).toBe(true)
        for (const d of peakOf((x) => x.acwr, 1)) expect(out.has(d.i)).toBe(true)
        for (const d of peakOf((x) => x.acwr, -1)) expect(out.has(d.i)).toBe(true)
      })
    )
  })

  it('keeps the highest and lowest value of the whole series', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 5, max: 800 }), (days, max) => {
        fc.pre(days.length > 0)
        const out = downsample(days, max, extremes)
        const loads = days.map((d) => d.load)
        expect(Math.max(...out.map((d) => d.load))).toBe(Math.max(...loads))
        const ratios = days.flatMap((d) => (d.acwr === null ? [] : [d.acwr]))
        const kept = out.flatMap((d) => (d.acwr === null ? [] : [d.acwr]))
        if (ratios.length)
          expect([Math.min(...kept), Math.max(...kept)]).toEqual([Math.min(...ratios), Math.max(...ratios)])
      })
    )
  })

  it('a one-day spike in three years of otherwise even load survives thinning to 400 points', () => {
    const days: Day[] = Array.from({ length: 1096 }, (_, i) => ({ i, load: 200, acwr: 1 }))
    days[517] = { i: 517, load: 900, acwr: 1.9 }
    const out = downsample(days, 400, extremes)
    expect(out.length).toBeLessThanOrEqual(400)
    expect(out).toContainEqual({ i: 517, load: 900, acwr: 1.9 })
  })
})
