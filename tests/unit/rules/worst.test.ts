import { describe, expect, it } from 'vitest'
import { worstWarning, type Warning } from '../../../src/shared/rules'

const w = (ruleId: Warning['ruleId'], severity: Warning['severity'], date: string) => ({ ruleId, severity, date })

describe('the warning a squad row names', () => {
  it('is none without warnings', () => {
    expect(worstWarning([])).toBeNull()
  })
  it('is the most severe, even when an older one', () => {
    expect(worstWarning([w('AW5', 'caution', '2026-11-24'), w('PN1', 'stop', '2026-11-20')])?.ruleId).toBe('PN1')
  })
  it('among equals, the most recent', () => {
    expect(worstWarning([w('AW1', 'caution', '2026-11-20'), w('LD1', 'caution', '2026-11-24')])?.ruleId).toBe('LD1')
  })
  it('on the same day, the first in rule order whatever order they come in', () => {
    const same = [
      w('LD3', 'caution', '2026-11-24'),
      w('AW5', 'caution', '2026-11-24'),
      w('AW2', 'caution', '2026-11-24')
    ]
    expect(worstWarning(same)?.ruleId).toBe('AW2')
    expect(worstWarning([...same].reverse())?.ruleId).toBe('AW2')
  })
})
