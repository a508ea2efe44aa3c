// npm run bench (builds first, so the Chromium and memory figures measure this tree) [-- --tiny] [-- --out FILE] [-- --no-browser] [-- --browser-only]
// Builds a seeded squad database through the project's tables, times every figure of issue 12 and
// writes BENCHMARKS.md (the tiny run writes to a temp file unless --out is given). Exits 0 when a
// target is missed (the table says by how much); a crash exits 1.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { backendFigures, type BenchOptions } from './figures'
import { settingsUnderLoad } from './concurrent'
import { browserFigures } from './browser'
import { backendProcessRss } from './rss'
import { FULL, TINY, generateSquad } from './generate'
import { openDatabase } from '../../src/main/db/open'
import { renderReport, verdict } from './report'

const args = process.argv.slice(2)
const tiny = args.includes('--tiny')
const outArg = args.indexOf('--out')
const TODAY = '2026-11-25'

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ballast-bench-'))
  const out =
    outArg >= 0
      ? path.resolve(args[outArg + 1])
      : tiny
        ? path.join(dir, 'BENCHMARKS.tiny.md')
        : path.resolve(__dirname, '..', '..', 'BENCHMARKS.md')
  const o: BenchOptions = tiny
    ? {
        size: TINY,
        dir,
        today: TODAY,
        runs: 5,
        warmup: 1,
        csvRows: 200,
        bulkPacks: 1,
        pdfRuns: 1,
        log: (l) => console.log(l)
      }
    : {
        size: FULL,
        dir,
        today: TODAY,
        runs: 7,
        warmup: 2,
        csvRows: 10_000,
        bulkPacks: 30,
        pdfRuns: 5,
        log: (l) => console.log(l)
      }
  try {
    if (args.includes('--browser-only')) {
      // Only the Chromium figures, on a freshly generated squad (printed, not written).
      const dbFile = path.join(dir, 'bench.sqlite')
      const db = openDatabase(dbFile)
      generateSquad(db, o.size, TODAY)
      db.close()
      for (const f of await browserFigures(dbFile, TODAY, o.runs, (l) => console.log(l)))
        console.log(
          `- ${f.name}: ${f.timing ? `median ${f.timing.median.toFixed(0)} ms, min ${f.timing.min.toFixed(0)}, max ${f.timing.max.toFixed(0)}, ${f.timing.runs} runs` : 'not measured'}`
        )
      return
    }
    const { figures, dbFile, athletes, sessions } = await backendFigures(o)
    const underLoad = await settingsUnderLoad(dbFile, TODAY, o.csvRows, 5)
    figures.push({
      name: `getSettings answered while a squad view, a ${o.csvRows.toLocaleString('en')}-row import and a bulk export run (worker threads)`,
      target: 50,
      unit: 'ms',
      timing: underLoad.timing,
      floor: null,
      note: `the load took ${underLoad.loadMs.toFixed(0)} ms`
    })
    console.log(
      `getSettings under load: median ${underLoad.timing.median.toFixed(1)} ms over ${underLoad.timing.runs} calls (load ${underLoad.loadMs.toFixed(0)} ms)`
    )
    if (!args.includes('--no-browser'))
      figures.push(...(await browserFigures(dbFile, TODAY, o.runs, (l) => console.log(l))))
    const rssMb = process.resourceUsage().maxRSS / 1024
    const backendRss = await backendProcessRss(dbFile, TODAY, o.csvRows)
    console.log(
      `backend process alone: ${backendRss.maxRssMb === null ? `not measured (${backendRss.why})` : `peak RSS ${backendRss.maxRssMb.toFixed(0)} MB`} (${backendRss.plans} plans in the bulk export); PDF renderers: ${backendRss.renderers ? `${backendRss.renderers.count}, largest peak ${backendRss.renderers.maxRssMb.toFixed(0)} MB, sum ${backendRss.renderers.sumRssMb.toFixed(0)} MB` : 'none measured'}`
    )
    figures.push(
      {
        name: `peak RSS of the backend process (the built backend worker in a process of its own, as Electron runs it, after a new day's squad view, the athlete view, a ${o.csvRows.toLocaleString('en')}-row import, a plan pack and a bulk export of ${backendRss.plans} plans)`,
        target: 250,
        unit: 'MB',
        timing:
          backendRss.maxRssMb === null
            ? null
            : { median: backendRss.maxRssMb, min: backendRss.maxRssMb, max: backendRss.maxRssMb, runs: 1 },
        floor: null,
        note: backendRss.why
      },
      {
        name: `peak RSS of a PDF renderer process beside the backend (the largest of ${backendRss.renderers?.count ?? 0} that ran during the same work; each renders one pack at a time and ends after 5 minutes idle)`,
        target: null,
        unit: 'MB',
        timing: backendRss.renderers
          ? {
              median: backendRss.renderers.maxRssMb,
              min: backendRss.renderers.maxRssMb,
              max: backendRss.renderers.maxRssMb,
              runs: 1
            }
          : null,
        floor: null,
        note: backendRss.renderers
          ? `all renderers' peaks added up: ${backendRss.renderers.sumRssMb.toFixed(0)} MB`
          : (backendRss.why ?? 'no renderer ran')
      },
      {
        name: 'peak RSS of the bench process (in-process backend, worker threads, browser host, Playwright): an upper bound',
        target: null,
        unit: 'MB',
        timing: { median: rssMb, min: rssMb, max: rssMb, runs: 1 },
        floor: null
      }
    )
    const heading = tiny
      ? `Tiny run (${athletes} athletes, ${sessions} sessions): a smoke test of the bench, not a measurement.`
      : `Seeded squad: ${athletes} athletes x ${o.size.days} days, ${sessions} sessions, today pinned to ${TODAY}.`
    fs.writeFileSync(out, renderReport(figures, heading, new Date()))
    console.log(`\nWrote ${out}`)
    for (const f of figures) console.log(`- ${f.name}: ${verdict(f)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e)
    process.exit(1)
  }
)
