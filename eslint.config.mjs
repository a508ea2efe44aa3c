import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'native/**',
      '.cache/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        window: 'readonly',
        document: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off'
    }
  },
  {
    // Hooks run in a fixed order and see the values they depend on: stale closures were the
    // focus bug in Dialog.tsx (a new onClose each render re-ran its focus effect).
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // Tests read loosely typed JSON envelopes; `any` there is a convenience, not a design.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // A test that reads the machine's clock passes on the day it was written and fails later:
      // use a pinned clock (fixedClock, TODAY/FIXED_NOW in tests/e2e/fixtures.ts, vi.setSystemTime).
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'new Date() reads the machine clock: use a pinned clock (tests/e2e/fixtures.ts TODAY/FIXED_NOW, fixedClock, vi.setSystemTime)'
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'Date.now() reads the machine clock: use a pinned clock (tests/e2e/fixtures.ts TODAY/FIXED_NOW, fixedClock, vi.setSystemTime)'
        }
      ]
    }
  },
  {
    // src/shared runs in every process: it must stay pure (no electron, Node, DOM or React).
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared must not import electron' },
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'better-sqlite3'],
              message: 'src/shared must not import Node modules'
            },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'recharts'],
              message: 'src/shared must not import React'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/shared must not use the DOM' },
        { name: 'document', message: 'src/shared must not use the DOM' },
        { name: 'localStorage', message: 'src/shared must not use the DOM' },
        { name: 'process', message: 'src/shared must not use Node globals' },
        { name: 'require', message: 'src/shared must not use Node globals' }
      ]
    }
  }
)
