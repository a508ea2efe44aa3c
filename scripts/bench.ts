// Benchmark: evaluateRules over three years of daily sessions for one athlete.
// Run with `npx tsx scripts/bench.ts`. Prints the median and whether it meets the 5 ms target; exits 0 either way.
import { performance } from 'node:perf_hooks'
import { addDays } from '../src/shared/calendar'
import { evaluateRules, type RuleSession, type SessionType } from '../src/shared/rules'

const TARGET_MS = 5
const DAYS = 3 * 365 + 1
const ITERATIONS = 40
const WARMUP = 10

// A seeded generator, so every run times the same log.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function buildLog(): RuleSession[] {
  const rand = mulberry32(20240101)
  const sessions: RuleSession[] = []
  for (let d = 0; d < DAYS; d++) {
    const dow = d % 7
    const type: SessionType =
      dow === 1 ? 'interval' : dow === 3 ? (rand() < 0.5 ? 'hill_sprint' : 'tempo') : dow === 5 ? 'long' : dow === 6 && rand() < 0.4 ? 'cross' : 'easy'
    const durationMin = type === 'long' ? 70 + Math.round(rand() * 50) : 30 + Math.round(rand() * 30)
    const weighted = (dow === 2 || dow === 4) && rand() < 0.7
    const painy = rand() < 0.05
    sessions.push({
      id: `bench-${String(d).padStart(5, '0')}`,
      date: addDays('2022-01-03', d),
      startTime: rand() < 0.5 ? '07:00' : null,
      type,
      durationMin,
      distanceKm: type === 'cross' ? null : Math.round((durationMin / (5 + rand() * 1.5)) * 10) / 10,
      ankleWeightKg: weighted ? [0.5, 0.7, 1.0, 1.1][Math.floor(rand() * 4)] : 0,
      weightedMin: weighted ? 5 + Math.round(rand() * 15) : 0,
      rpe: rand() < 0.9 ? Math.max(1, Math.min(10, Math.round(type === 'easy' || type === 'long' ? 3 + rand() * 3 : 6 + rand() * 3))) : null,
      pain: rand() < 0.7 ? (painy ? 3 + Math.floor(rand() * 4) : Math.floor(rand() * 3)) : null,
      painNextMorning: rand() < 0.3 ? Math.floor(rand() * (painy ? 5 : 3)) : null,
      formBreakdown: weighted && rand() < 0.03
    })
  }
  // Realistic input is not pre-sorted.
  return sessions.reverse()
}

const sessions = buildLog()
const input = {
  athlete: { bodyMassKg: 68, level: 'intermediate' as const },
  sessions,
  clearances: [
    { ruleId: 'PN1' as const, clearedOn: '2023-06-01' },
    { ruleId: 'ST1' as const, clearedOn: '2023-06-01' },
    { ruleId: 'AW5' as const, clearedOn: '2024-02-01' }
  ]
}

let warnings = 0
for (let i = 0; i < WARMUP; i++) warnings = evaluateRules(input).length
const times: number[] = []
for (let i = 0; i < ITERATIONS; i++) {
  const t0 = performance.now()
  evaluateRules(input)
  times.push(performance.now() - t0)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]
console.log(`evaluateRules: ${sessions.length} sessions over ${DAYS} days, ${warnings} warnings`)
console.log(`median ${median.toFixed(2)} ms (min ${times[0].toFixed(2)}, max ${times[times.length - 1].toFixed(2)}) over ${ITERATIONS} runs`)
console.log(median <= TARGET_MS ? `meets the ${TARGET_MS} ms target` : `MISSES the ${TARGET_MS} ms target`)
