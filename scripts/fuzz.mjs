// Runs the property tests (fast-check) ROUNDS times (default 10), each with a new random seed.
// The normal test run uses one fixed seed (tests/setup/fast-check.ts); this is where new cases are found.
// A failure prints its seed; replay it with FC_SEED=<seed> npx vitest run <file>.
import { spawnSync } from 'node:child_process'

const rounds = Number(process.env.ROUNDS ?? 10)
const files = [
  'tests/unit/plan/generate.test.ts',
  'tests/unit/plan/generate-second-part.test.ts',
  'tests/unit/rules/properties.test.ts',
  'tests/main/no-invented-values.test.ts'
]
let failed = 0
for (let i = 1; i <= rounds; i++) {
  console.log(`== fuzz round ${i} of ${rounds}`)
  const r = spawnSync('npx', ['vitest', 'run', ...files], {
    stdio: 'inherit',
    env: { ...process.env, FC_SEED: 'random' }
  })
  if (r.status !== 0) failed++
}
console.log(`${rounds - failed} rounds passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
