// What the coach reads: units, why text (threshold, basis, source), config fields, and no form claims.
import { describe, expect, it } from 'vitest'
import {
  defaultRulesConfig,
  evaluateRules,
  ruleIds,
  ruleTitles,
  rulesConfigFields,
  severityRank,
  worstSeverity,
  type RulesConfig,
  type RuleSession,
  type Warning
} from '../../../src/shared/rules'
import { athlete, day, makeSessions, ofRule, shown, weights } from './helpers'

function busyHistory(): RuleSession[] {
  const { list, add } = makeSessions()
  for (let d = 0; d < 70; d++) {
    const k = d % 7
    if (k === 6) continue
    add(day(d), {
      type: k === 1 ? 'interval' : k === 5 ? 'long' : 'easy',
      durationMin: k === 5 ? 80 + d : 45,
      distanceKm: k === 5 ? (80 + d) / 6 : 7.5,
      rpe: k === 1 ? 8 : 4,
      pain: d % 11 === 0 ? 6 : d % 5 === 0 ? 3 : 1,
      painNextMorning: d % 13 === 0 ? 4 : null,
      formBreakdown: d % 9 === 0,
      ...(k === 1 || k === 2 || k === 3 ? weights(1.2 + d / 50, 10 + d / 3) : {})
    })
  }
  return list
}

// The rules write weights and distances as tokens in kg and km; the one shared formatter writes them
// in the coach's units where they are shown, so the same warning reads in either.
describe('coach units', () => {
  it('shows kg as lb to 0.1 (1.4 kg = 3.1 lb)', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(1.5, 10))
    const [raw] = ofRule(evaluateRules({ athlete: athlete('advanced', 200), sessions: list }), 'AW2')
    const aw2 = { ...raw, ...shown(raw, { mass: 'lb', distance: 'km' }) }
    expect(aw2.message).toContain('3.3 lb')
    expect(aw2.message).toContain('3.1 lb')
    expect(aw2.message).not.toMatch(/kg/)
    expect(aw2.why).toContain('3.1 lb')
    expect(aw2.values.kgPerAnkle).toBe(1.5) // values stay in kg
    expect(shown(raw).message).toBe('1.5 kg per ankle is above the 1.4 kg caution level.')
  })

  it('shows distances in miles', () => {
    const { list, add } = makeSessions()
    for (const d of [0, 2, 4]) add(day(d), { distanceKm: 10, durationMin: 60 })
    add(day(6), { distanceKm: 12, durationMin: 72 })
    const [raw] = ofRule(evaluateRules({ athlete: athlete('advanced', 70), sessions: list }), 'LD1')
    const ld1 = shown(raw, { mass: 'kg', distance: 'mi' })
    // Miles to 0.01, as the app shows every distance (12 km = 7.456 mi, 10 km = 6.214 mi).
    expect(ld1.message).toContain('7.46 mi')
    expect(ld1.message).toContain('6.21 mi')
    expect(ld1.message).not.toMatch(/km/)
  })
})

describe('warning text', () => {
  const all = evaluateRules({ athlete: athlete('novice', 60), sessions: busyHistory() })

  it('the busy history exercises most rules', () => {
    const seen = new Set(all.map((w) => w.ruleId))
    expect(seen.size).toBeGreaterThanOrEqual(12)
  })

  it('every message is one sentence and every why names basis and source', () => {
    for (const w of all.map((x) => shown(x))) {
      expect(w.message).toMatch(/^[A-Z0-9].*[.]$/)
      expect(
        w.message
          .replace(/\d\.\d/g, '')
          .replace(/e\.g\./g, '')
          .split('. ').length
      ).toBe(1)
      expect(w.why).toMatch(/Basis: (C|E|formula E|contested)/)
    }
  })

  it('why text cites the RULES.md sources', () => {
    const byRule = new Map<string, Warning>(all.map((w) => [w.ruleId, w]))
    expect(byRule.get('AW1')?.why).toContain('Trounson 2020')
    expect(byRule.get('PN1')?.why).toContain('Silbernagel 2007')
    expect(byRule.get('AW6')?.why).toContain('Feser 2020')
    expect(byRule.get('PN3')?.why).toMatch(/Basis: C .*Silbernagel 2007/)
  })

  it('PN1 above 5 suggests what RULES.md v2 asks; 3-5 the next run unweighted and easy', () => {
    const stop = all.find((w) => w.ruleId === 'PN1' && w.severity === 'stop')
    expect(stop?.suggestion).toMatch(
      /^Stop the run; no weights and no hard sessions until the pain settles; pain-free cross-training.*physiotherapist if it persists\.$/
    )
    expect(all.find((w) => w.ruleId === 'PN1' && w.severity === 'caution')?.suggestion).toBe(
      'Make the next run unweighted and easy.'
    )
  })

  it('a pain stop in force says that hard sessions are off too; other stops only weights', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(2.5, 10)) // AW2 stop
    add(day(1), { pain: 6 }) // PN1 stop
    const states = evaluateRules({ athlete: athlete('advanced', 100), sessions: list }).filter(
      (w) => w.sessionId === null
    )
    expect(states.map((w) => w.ruleId)).toEqual(['AW2', 'PN1'])
    expect(states[0].message).toMatch(/; no weighted sessions until the coach clears it\.$/)
    expect(states[1].message).toMatch(
      /; no weighted and no hard sessions until 2 sessions in a row have settled pain or the coach clears it\.$/
    )
    expect(states[1].suggestion).toMatch(/^Stop the run; no weights and no hard sessions/)
  })

  it('never claims that ankle weights improve running form', () => {
    for (const w of all) {
      for (const text of [w.message, w.why, w.suggestion ?? '']) expect(text).not.toMatch(/improv|better form|enhanc/i)
    }
  })
})

describe('exports for the app', () => {
  it('ruleTitles covers every rule', () => {
    expect(Object.keys(ruleTitles).sort()).toEqual([...ruleIds].sort())
  })

  it('rulesConfigFields describes every config key, with the default inside min..max', () => {
    expect(Object.keys(rulesConfigFields).sort()).toEqual(Object.keys(defaultRulesConfig).sort())
    for (const key of Object.keys(defaultRulesConfig) as (keyof RulesConfig)[]) {
      const f = rulesConfigFields[key]
      expect(f.label.length).toBeGreaterThan(5)
      expect(f.min).toBeLessThanOrEqual(defaultRulesConfig[key])
      expect(f.max).toBeGreaterThanOrEqual(defaultRulesConfig[key])
    }
    expect(defaultRulesConfig.weekStartsOn).toBe(1)
  })

  it('severityRank and worstSeverity', () => {
    expect(severityRank).toEqual({ info: 1, caution: 2, stop: 3 })
    expect(worstSeverity([])).toBeNull()
    expect(worstSeverity([{ severity: 'info' }, { severity: 'stop' }, { severity: 'caution' }])).toBe('stop')
  })

  it('a config override changes a threshold', () => {
    const { list, add } = makeSessions()
    add(day(0), weights(1.5, 10))
    const run = (config: Partial<RulesConfig>) =>
      ofRule(evaluateRules({ athlete: athlete('advanced', 200), sessions: list, config }), 'AW2')
    expect(run({})).toHaveLength(1)
    expect(run({ aw2CautionKg: 1.5 })).toHaveLength(0)
  })
})
