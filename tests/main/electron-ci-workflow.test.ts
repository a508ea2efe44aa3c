// The networked CI (.github/workflows/ci.yml) cannot run on this project's machines: this test reads
// it with a YAML parser and checks that it runs every step, on every system, in the right order.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.join(__dirname, '..', '..')
const workflow = parse(fs.readFileSync(path.join(root, '.github', 'workflows', 'ci.yml'), 'utf8'), {
  prettyErrors: true
})
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}

describe('.github/workflows/ci.yml', () => {
  const jobs = Object.values(
    workflow.jobs as Record<string, { 'runs-on': string; strategy: { matrix: { os: string[] } }; steps: Step[] }>
  )
  const job = jobs[0]
  const steps = job.steps
  const indexOfRun = (pattern: RegExp) => steps.findIndex((s) => s.run !== undefined && pattern.test(s.run))

  it('runs on pushes and pull requests, on Linux, Windows and macOS, with read-only permissions', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(jobs).toHaveLength(1)
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
    expect(job['runs-on']).toBe('${{ matrix.os }}')
  })

  it('installs, builds, typechecks, lints, tests, runs the Electron suite and builds the installers, in that order', () => {
    expect(steps[0].uses).toMatch(/^actions\/checkout@v\d+$/)
    expect(steps[1].uses).toMatch(/^actions\/setup-node@v\d+$/)
    const order = [
      /^npm ci$/,
      /^npm run build$/,
      /^npm run typecheck$/,
      /^npm run lint$/,
      /^npm test$/,
      /npm run test:electron$/,
      /^npm run dist$/
    ].map(indexOfRun)
    expect(
      order.every((i) => i > 1),
      'every step is there'
    ).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // Each command it runs exists in package.json.
    for (const script of ['build', 'typecheck', 'lint', 'test', 'test:electron', 'dist'])
      expect(pkg.scripts[script], script).toBeDefined()
  })

  it('runs the Electron suite under xvfb on Linux and directly elsewhere', () => {
    const electronSteps = steps.filter((s) => s.run?.includes('npm run test:electron'))
    expect(electronSteps.map((s) => [s.if, s.run])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run -a npm run test:electron'],
      ["runner.os != 'Linux'", 'npm run test:electron']
    ])
  })

  it('keeps every installer as an artifact and fails when there is none', () => {
    const upload = steps.find(
      (s) => s.uses?.startsWith('actions/upload-artifact@') && String(s.with?.path).includes('dist/')
    )!
    expect(upload).toBeDefined()
    expect(steps.indexOf(upload)).toBeGreaterThan(indexOfRun(/^npm run dist$/))
    expect(String(upload.with!.path).trim().split('\n')).toEqual([
      'dist/*.AppImage',
      'dist/*.deb',
      'dist/*.exe',
      'dist/*.dmg'
    ])
    expect(upload.with!['if-no-files-found']).toBe('error')
  })
})
