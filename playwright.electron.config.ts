// The Electron smoke suite (tests/electron): the built app in the real Electron runtime, driven by
// Playwright's `_electron`. Run with `npm run test:electron` (scripts/test-electron.mjs checks the
// runtime and better-sqlite3's Electron build first). Not part of `npm test`: this project's machines
// cannot download Electron; CI on a networked machine runs it (.github/workflows/ci.yml).
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']]
})
