import { describe, expect, it } from 'vitest'
import { pickerNames } from '../../src/renderer/src/lib/athleteNames'

const a = (id: number, name: string, level: 'novice' | 'intermediate' | 'advanced', bodyMassKg: number | null) => ({
  id,
  name,
  level,
  bodyMassKg
})

describe('athlete names in pickers', () => {
  it('keeps a unique name as it is, and tells two of the same name apart by level and body mass in the coach units', () => {
    const names = pickerNames(
      [a(1, 'Sam Lee', 'novice', 62), a(2, 'Ana Lu', 'advanced', 55), a(3, 'sam lee ', 'advanced', 80)],
      'kg'
    )
    expect([...names.values()]).toEqual(['Sam Lee (novice, 62 kg)', 'Ana Lu', 'sam lee  (advanced, 80 kg)'])
    expect(pickerNames([a(1, 'Sam Lee', 'novice', 62), a(3, 'Sam Lee', 'advanced', null)], 'lb').get(1)).toBe(
      'Sam Lee (novice, 136.7 lb)'
    )
  })

  it('adds the id when name, level and body mass are all the same', () => {
    const names = pickerNames([a(4, 'Kim', 'novice', 60), a(9, 'Kim', 'novice', 60)], 'kg')
    expect([...names.values()]).toEqual(['Kim (novice, 60 kg, #4)', 'Kim (novice, 60 kg, #9)'])
  })
})
