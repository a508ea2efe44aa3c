// Property tests run the same cases on every run, so a red CI can be reproduced and no run fails by luck.
// `npm run fuzz` explores new cases: it runs the property tests again and again with FC_SEED=random, and
// fast-check prints the seed of any failure, which `FC_SEED=<that seed> npx vitest run <file>` replays.
import fc from 'fast-check'

const seedVar = process.env.FC_SEED
const seed = seedVar === 'random' ? crypto.getRandomValues(new Int32Array(1))[0] : seedVar ? Number(seedVar) : 20261125
fc.configureGlobal({ seed })
