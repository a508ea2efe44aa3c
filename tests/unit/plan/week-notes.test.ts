import { describe, expect, it } from 'vitest'
import { weekNoteLines } from '../../../src/shared/plan/notes'

describe('week notes as plan-note lines', () => {
  it('names a single week, and joins consecutive weeks that say the same thing', () => {
    const hold = 'Easy runs only: a pain stop (PN1) is in force.'
    const taper =
      'Taper: 30 run minutes, less than 60% of the 60 min of the week before: its one run is at the longest allowed (30 min of run/walk).'
    expect(weekNoteLines([[hold], [hold], [], [taper], [hold]])).toEqual([
      `Weeks 1-2: ${hold}`,
      `Week 4: ${taper}`,
      `Week 5: ${hold}`
    ])
  })

  it('keeps two notes of one week apart and says nothing for weeks without notes', () => {
    expect(weekNoteLines([[], ['a', 'b'], ['b']])).toEqual(['Week 2: a', 'Weeks 2-3: b'])
    expect(weekNoteLines([[], []])).toEqual([])
  })
})
