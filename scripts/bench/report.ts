// BENCHMARKS.md: one table (figure, target, median, min, max, floor, ratio), the machine and the
// date, then the notes kept in scripts/bench/NOTES.md (before/after numbers, misses and why).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Figure } from './figures'

const fmt = (n: number, unit: string) =>
  unit === 'MB' ? n.toFixed(0) : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)

export const verdict = (f: Figure): string => {
  if (!f.timing) return 'not measured'
  if (f.target === null) return 'informative'
  return f.timing.median <= f.target
    ? 'met'
    : `missed by ${fmt(f.timing.median - f.target, f.unit)} ${f.unit} (${((f.timing.median / f.target - 1) * 100).toFixed(0)}% over)`
}

export const machine = (): string => {
  const cpus = os.cpus()
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1/5/15 min) when written`
}

export function renderReport(figures: Figure[], heading: string, when: Date): string {
  const rows = figures.map((f) => {
    const t = f.timing
    const u = f.unit
    const cell = (n: number | undefined) => (n === undefined ? '—' : `${fmt(n, u)} ${u}`)
    const floor = f.floor ? `${fmt(f.floor.median, 'ms')} ms` : '—'
    const ratio = f.floor && t ? `${(t.median / Math.max(f.floor.median, 0.001)).toFixed(1)}×` : '—'
    return `| ${f.name} | ${f.target === null ? '—' : `≤ ${f.target} ${u}`} | ${cell(t?.median)} | ${cell(t?.min)} | ${cell(t?.max)} | ${t?.runs ?? 0} | ${floor} | ${ratio} | ${verdict(f)} |`
  })
  const notesFile = path.join(__dirname, 'NOTES.md')
  const notes = fs.existsSync(notesFile) ? `\n${fs.readFileSync(notesFile, 'utf8').trim()}\n` : ''
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench/). ${heading}`,
    '',
    `- Machine: ${machine()}`,
    `- Date: ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    '| figure | target | median | min | max | runs | floor | ratio | result |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Floor: the same rows read (or written) by a plain prepared statement on the same database; ratio = median / floor median.',
    'Medians are over the runs shown, after warm-up calls that are not timed.',
    notes
  ].join('\n')
}
