import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Component tests (Testing Library) are .tsx and start with `// @vitest-environment jsdom`.
    include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
    setupFiles: ['tests/setup/fast-check.ts']
  }
})
