// Plan vs done matching, template scaling, file names and iCalendar folding: the small pieces a coach
// notices when they are wrong.
import { describe, expect, it } from 'vitest'
import {
  foldLine,
  planCompliance,
  planFileName,
  safeFileStem,
  scaleAnkleWeight,
  uniqueName,
  typeFamily,
  ladderAxis
} from '../../../src/shared/plan'

describe('plan vs done', () => {
  const weeks = ['2026-11-30', '2026-12-07']
  it('matches each planned session to one logged session on the same day and type family', () => {
    const planned = [
      { id: 1, date: '2026-11-30', type: 'hill_sprint' as const },
      { id: 2, date: '2026-12-02', type: 'easy' as const },
      { id: 3, date: '2026-12-02', type: 'long' as const },
      { id: 4, date: '2026-12-08', type: 'easy' as const }
    ]
    const logged = [
      { id: 10, date: '2026-11-30', type: 'interval' as const }, // hard for hard: counts
      { id: 11, date: '2026-12-02', type: 'incline' as const }, // easy family: fulfils one of the two
      { id: 12, date: '2026-12-03', type: 'easy' as const } // a day late: does not count
    ]
    const c = planCompliance(planned, logged, '2026-12-05', weeks)
    expect(c.matches).toEqual({ 1: 10, 2: 11, 3: null, 4: null })
    expect(c.weeks).toEqual([
      { week: 1, weekStart: '2026-11-30', planned: 3, due: 3, done: 2, percent: 67 },
      { week: 2, weekStart: '2026-12-07', planned: 1, due: 0, done: 0, percent: null }
    ])
    expect(c.percent).toBe(67)
    expect(typeFamily('cross')).toBe('cross')
  })
})

describe('templates', () => {
  it('scales ankle weight with body mass and rounds down to an owned weight', () => {
    expect(scaleAnkleWeight(0.5, 60, 90, [0.25, 0.5, 0.75, 1])).toBe(0.75)
    expect(scaleAnkleWeight(0.5, 60, 50, [0.25, 0.5])).toBe(0.25) // 0.417 -> 0.25
    expect(scaleAnkleWeight(0.5, 60, 50, [0.5, 1])).toBe(0) // nothing light enough: unweighted
    expect(scaleAnkleWeight(0.5, 60, null, [0.5])).toBe(0) // no body mass: cannot judge
  })
})

describe('file names', () => {
  it('keeps letters of any script and drops characters file systems refuse', () => {
    expect(safeFileStem('Zoë Ødegaard')).toBe('Zoë Ødegaard')
    expect(safeFileStem('Дарья Соколова')).toBe('Дарья Соколова')
    expect(safeFileStem('a/b\\c:d*e?"f"<g>|h')).toBe('a b c d e f g h')
    expect(safeFileStem('  ...  ')).toBe('athlete')
    expect(safeFileStem('CON')).toBe('athlete')
    expect(planFileName('Łukasz Nowak', 'Base: phase 1', '2026-11-30', 'pdf')).toBe(
      'Łukasz Nowak - Base phase 1 - 2026-11-30.pdf'
    )
    const taken = new Set<string>()
    expect([uniqueName('a.pdf', taken), uniqueName('A.pdf', taken), uniqueName('a.pdf', taken)]).toEqual([
      'a.pdf',
      'A (2).pdf',
      'a (3).pdf'
    ])
  })
})

describe('iCalendar lines', () => {
  it('folds at 75 octets without splitting a multi-byte letter', () => {
    const line = `SUMMARY:${'Ødegaard '.repeat(20)}`
    const folded = foldLine(line)
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n ').join('')).toBe(line)
  })
})

describe('ladder axis', () => {
  it('starts at zero and steps in quarter kilograms or half pounds', () => {
    expect(ladderAxis([0.25, 0.5], 'kg')).toEqual({ max: 0.75, ticks: [0, 0.25, 0.5, 0.75] })
    expect(ladderAxis([1.1, 2.2], 'lb')).toEqual({ max: 3, ticks: [0, 1, 2, 3] }) // at most 5 steps
    expect(ladderAxis([], 'kg').max).toBe(0.5)
  })
})
