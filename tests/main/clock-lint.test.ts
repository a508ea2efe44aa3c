// The suite must pass on any day: a test that reads the machine's clock is refused by lint, and the
// test aid that pins the app's "now" reads only a well-formed date.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { clockFromEnvironment, systemClock, FIXED_NOW_VARIABLE } from '../../src/main/clock'

const root = path.resolve(__dirname, '../..')
const lintMessages = async (code: string, file: string): Promise<string[]> => {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, file) })
  return result.messages.map((m) => m.message)
}

describe('unpinned clocks in tests', () => {
  it('lint refuses new Date() and Date.now() in a test file, naming the pinned alternatives', async () => {
    const messages = await lintMessages(
      'export const a = new Date()\nexport const b = Date.now()\n',
      'tests/e2e/new.spec.ts'
    )
    expect(messages).toHaveLength(2)
    expect(messages[0]).toMatch(/new Date\(\) reads the machine clock/)
    expect(messages[1]).toMatch(/Date\.now\(\) reads the machine clock/)
  })

  it('lint accepts a date built from fixed parts', async () => {
    expect(
      await lintMessages(
        "export const a = new Date(2026, 10, 25, 12)\nexport const b = new Date('2026-11-25T12:00:00Z')\n",
        'tests/unit/new.test.ts'
      )
    ).toEqual([])
  })
})

describe('the test aid that pins "now" (BALLAST_FIXED_NOW)', () => {
  it('is the system clock when unset or empty', () => {
    expect(clockFromEnvironment({})).toBe(systemClock)
    expect(clockFromEnvironment({ [FIXED_NOW_VARIABLE]: '' })).toBe(systemClock)
  })

  it('answers the same moment on every call when set', () => {
    const clock = clockFromEnvironment({ [FIXED_NOW_VARIABLE]: '2028-02-29T23:30:00Z' })
    expect(clock.now().toISOString()).toBe('2028-02-29T23:30:00.000Z')
    expect(clock.now().toISOString()).toBe('2028-02-29T23:30:00.000Z')
  })

  it('refuses a value that is not a date and time, naming the variable', () => {
    expect(() => clockFromEnvironment({ [FIXED_NOW_VARIABLE]: 'tomorrow' })).toThrow(
      /BALLAST_FIXED_NOW must be a date and time/
    )
    expect(() => clockFromEnvironment({ [FIXED_NOW_VARIABLE]: '2026-13-45T12:00:00' })).toThrow(/BALLAST_FIXED_NOW/)
  })
})
