// src/shared must stay pure: no Electron, Node, React or DOM, and no clock.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../../../src/shared')
const files = [
  ...readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'rules', f)),
  join(root, 'load.ts'),
  join(root, 'calendar.ts')
]

describe('rules engine purity', () => {
  it.each(files.map((f) => [f.slice(root.length + 1), f]))(
    '%s imports nothing impure and reads no clock',
    (_name, file) => {
      const source = readFileSync(file, 'utf8')
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1])
      for (const spec of imports) expect(spec).toMatch(/^\.\.?\//)
      expect(source).not.toMatch(/Date\.now|new Date\(\s*\)|performance\.now|Math\.random/)
      expect(source).not.toMatch(/\b(window|document|localStorage|process)\./)
    }
  )
})
