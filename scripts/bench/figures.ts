// Each figure of issue 12's table, measured on one generated database. Database-bound figures are
// timed beside their floor: the same rows read (or written) by a plain prepared statement.
import fs from 'node:fs'
import path from 'node:path'
import { openDatabase } from '../../src/main/db/open'
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { evaluateRules, resumeReadFrom } from '../../src/shared/rules'
import { athleteWarnings, evaluationCache, toRuleSession, ruleInput } from '../../src/main/warnings'
import { createContext } from '../../src/main/context'
import { squadRepo } from '../../src/main/db/squad'
import { backendOn, ballastCsv, bulkExport, importCsv, makePlan, movableClock } from './backend'
import { generateSquad, type SquadSize } from './generate'
import { forkRenderer } from '../../src/main/worker/pdfFork'
import { createPdfPool } from '../../src/main/worker/pdfPool'

/** The PDF renderer entry as `npm run build` bundles it (the app's). */
export const BUILT_RENDERER = path.resolve(__dirname, '..', '..', 'out', 'main', 'pdfRenderer.js')
import { once, summarise, time, type Timing } from './measure'

export interface Figure {
  name: string
  /** Target in ms (or MB for memory); null = shown for information. */
  target: number | null
  unit: 'ms' | 'MB'
  timing: Timing | null
  floor: Timing | null
  note?: string
}

export interface BenchOptions {
  size: SquadSize
  dir: string
  today: string
  runs: number
  warmup: number
  csvRows: number
  bulkPacks: number
  /** Runs of the slow PDF figures. */
  pdfRuns: number
  log: (line: string) => void
}

export async function backendFigures(
  o: BenchOptions
): Promise<{ figures: Figure[]; dbFile: string; athletes: number; sessions: number }> {
  const figures: Figure[] = []
  const add = (f: Figure) => {
    figures.push(f)
    const t = f.timing
    o.log(
      `${f.name}: ${t ? `median ${t.median.toFixed(1)} ${f.unit} (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}, ${t.runs} runs)` : 'not measured'}${f.floor ? `; floor ${f.floor.median.toFixed(1)} ms` : ''}`
    )
  }

  // 1. Build the database through the project's tables.
  const dbFile = path.join(o.dir, 'bench.sqlite')
  const db = openDatabase(dbFile)
  let built = { athletes: 0, sessions: 0 }
  const buildMs = await once(() => (built = generateSquad(db, o.size, o.today)))
  add({
    name: `build the ${o.size.athletes} athletes x ${o.size.days} days database (${built.sessions} sessions)`,
    target: 5000,
    unit: 'ms',
    timing: summarise([buildMs]),
    floor: null,
    note: 'one build'
  })

  const { clock, nextDay, today } = movableClock(o.today)
  // Plan packs render in PDF renderer processes beside the backend, as in the app (the built
  // renderer when there is a build, else the source entry under tsx).
  const pdf = createPdfPool({ spawn: forkRenderer(fs.existsSync(BUILT_RENDERER) ? BUILT_RENDERER : undefined) })
  const { call } = backendOn(db, clock, pdf.render)
  const ctx = createContext(db, { clock })

  // 2. Squad view: warm (the coach's repeated visits in a day) and the first call of a new day.
  // Floors: the warm call reads the athlete rows (the rest is kept per athlete for the day); the
  // first call of a day reads every session of every listed athlete to evaluate them.
  const floorAthletes = db.prepare('SELECT * FROM athletes WHERE archived_at IS NULL ORDER BY name')
  const floorAllSessions = db.prepare(
    'SELECT s.* FROM athletes a JOIN sessions s ON s.athlete_id = a.id WHERE a.archived_at IS NULL AND s.date <= ?'
  )
  const squadFloor = () => floorAthletes.all()
  add({
    name: 'squad view, backend call (getSquad through dispatch)',
    target: 50,
    unit: 'ms',
    timing: await time(() => call('getSquad', { includeArchived: false }), o.runs, o.warmup),
    floor: await time(squadFloor, o.runs, o.warmup),
    note: 'floor: the athlete rows it reads'
  })
  // The first call of a new day carries each athlete's evaluation forward (shared/rules/advance.ts)
  // and sums each row's numbers in a few squad-wide queries (db/squad.ts). Floor: those queries alone.
  const squadSums = squadRepo(db)
  const sumsFloor = () => {
    const day = today()
    const ids = squadSums.athletes(false).map((a) => a.id)
    const weekStartsOn = ctx.settings.get().weekStartsOn
    const thisWeek = weekStartOf(day, weekStartsOn)
    squadSums.overrides(ids)
    squadSums.clearances(ids)
    return squadSums.sums(ids, {
      today: day,
      from: addDays(thisWeek, -7 * 11),
      since7: addDays(day, -6),
      since28: addDays(day, -27),
      weekStart: thisWeek,
      weekStartsOn
    })
  }
  const firstOfDay: number[] = []
  for (let i = 0; i < o.runs; i++) {
    nextDay()
    firstOfDay.push(await once(() => call('getSquad', { includeArchived: false })))
  }
  add({
    name: 'squad view, first call of a new day (evaluations carried forward)',
    target: null,
    unit: 'ms',
    timing: summarise(firstOfDay),
    floor: await time(sumsFloor, o.runs, o.warmup),
    note: 'informative: once a day; floor: the athlete list and the squad-wide sums, clearances and overrides queries'
  })
  // Nothing kept (first start, a restore, a coach-wide threshold or settings change): every athlete is
  // evaluated over their whole history. Floor: every session of every listed athlete.
  const cold: number[] = []
  for (let i = 0; i < o.runs; i++) {
    evaluationCache(db)?.clear()
    cold.push(await once(() => call('getSquad', { includeArchived: false })))
  }
  add({
    name: 'squad view, nothing kept (every athlete evaluated over all history)',
    target: null,
    unit: 'ms',
    timing: summarise(cold),
    floor: await time(() => floorAllSessions.all(today()), o.runs, o.warmup),
    note: 'informative: first start, a restore, a coach-wide threshold or settings change'
  })

  // 3. Athlete view: what the athlete page asks for, with the charts on range "all".
  const busiest = db
    .prepare<[], { id: number; n: number }>(
      'SELECT athlete_id AS id, count(*) AS n FROM sessions GROUP BY athlete_id ORDER BY n DESC LIMIT 1'
    )
    .get()!
  const athleteId = busiest.id
  const athleteView = () =>
    Promise.all([
      call('getAthlete', { id: athleteId }),
      call('listSessions', { athleteId }),
      call('listWarnings', { athleteId }),
      call('getAthleteDashboard', { athleteId, range: 'all' })
    ])
  const floorAthlete = db.prepare('SELECT * FROM athletes WHERE id = ?')
  const floorSessions = db.prepare('SELECT * FROM sessions WHERE athlete_id = ? ORDER BY date')
  add({
    name: `athlete view, range "all" (getAthlete, listSessions, listWarnings, getAthleteDashboard; ${busiest.n} sessions)`,
    target: 30,
    unit: 'ms',
    timing: await time(athleteView, o.runs, o.warmup),
    floor: await time(
      () => {
        floorAthlete.get(athleteId)
        floorSessions.all(athleteId)
      },
      o.runs,
      o.warmup
    ),
    note: 'floor: the athlete and all their sessions'
  })

  // 3b. The athlete view right after the coach logs a session today: the kept evaluation resumes from
  // today, reading only the longest look-back's sessions (shared/rules/resume.ts), beside the same
  // view when it has to evaluate the whole history. The session is logged and deleted outside the timing.
  const afterLogging = async (resume: boolean): Promise<Timing> => {
    const times: number[] = []
    for (let i = 0; i < o.runs + o.warmup; i++) {
      await athleteView() // the page as the coach had it open: today's evaluation kept
      const { id } = await call<{ id: number }>('createSession', {
        athleteId,
        date: today(),
        type: 'easy',
        durationMin: 20 + i,
        distanceKm: 3,
        rpe: 3
      })
      if (!resume) evaluationCache(db)?.clear()
      const ms = await once(athleteView)
      if (i >= o.warmup) times.push(ms)
      await call('deleteSession', { id })
    }
    await athleteView()
    return summarise(times)
  }
  const kept = ctx.requireAthlete(athleteId)
  const window = resumeReadFrom(athleteWarnings(ctx, kept), today(), ruleInput(ctx, kept, today(), []).config)
  const floorWindow = db.prepare('SELECT * FROM sessions WHERE athlete_id = ? AND date >= ? ORDER BY date')
  add({
    name: 'athlete view after one session logged today (evaluation resumed from today)',
    target: null,
    unit: 'ms',
    timing: await afterLogging(true),
    floor: await time(() => floorWindow.all(athleteId, window ?? '0000-01-01'), o.runs, o.warmup),
    note: `informative, paired with the next row; floor: the sessions the rules read again (from ${window})`
  })
  add({
    name: 'athlete view after one session logged today (whole history evaluated)',
    target: null,
    unit: 'ms',
    timing: await afterLogging(false),
    floor: await time(() => floorSessions.all(athleteId), o.runs, o.warmup),
    note: "informative: the same view with nothing kept; floor: all the athlete's sessions"
  })

  // 4. The rules for one athlete over the whole history, in memory.
  const athlete = ctx.requireAthlete(athleteId)
  const ruleSessions = ctx.sessions.listByAthlete(athleteId, '0000-01-01', today()).map(toRuleSession)
  const input = ruleInput(ctx, athlete, today(), ruleSessions)
  add({
    name: `rules for one athlete (${ruleSessions.length} sessions, evaluateRules)`,
    target: 5,
    unit: 'ms',
    // 20 warm-up runs: with 5, V8 has not finished optimising the rules and the median doubles (old and new code alike).
    timing: await time(() => evaluateRules(input), Math.max(o.runs, 30), Math.max(o.warmup, 20)),
    floor: null
  })

  // 5. CSV import, read to committed, each run into a new athlete.
  const csvTimes: number[] = []
  const insertTimes: number[] = []
  const insert = db.prepare(
    `INSERT INTO sessions (athlete_id, date, start_time, type, duration_min, distance_km, ankle_weight_kg, weighted_min, rpe, pain, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 4, 0, ?, ?)`
  )
  for (let i = 0; i < o.runs + o.warmup; i++) {
    const name = `Import Bench ${i}`
    const { id } = await call<{ id: number }>('createAthlete', { name, bodyMassKg: 70, level: 'advanced' })
    const csv = ballastCsv(name, o.csvRows, today())
    const ms = await once(async () => {
      const n = await importCsv(call, id, csv)
      if (n !== o.csvRows) throw new Error(`import wrote ${n} of ${o.csvRows} rows`)
    })
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
    const { id: floorId } = await call<{ id: number }>('createAthlete', {
      name: `${name} floor`,
      bodyMassKg: 70,
      level: 'advanced'
    })
    const floorMs = await once(() =>
      db.transaction(() => {
        for (const r of rows)
          insert.run(floorId, r[1], r[2], r[3], Number(r[4]), Number(r[5]), Number(r[6]), Number(r[7]), 'x', 'x')
      })()
    )
    if (i >= o.warmup) {
      csvTimes.push(ms)
      insertTimes.push(floorMs)
    }
    await call('archiveAthlete', { id })
    await call('archiveAthlete', { id: floorId })
  }
  add({
    name: `${o.csvRows.toLocaleString('en')}-row CSV import, read to committed`,
    target: 1000,
    unit: 'ms',
    timing: summarise(csvTimes),
    floor: summarise(insertTimes),
    note: 'floor: the same rows written by one prepared INSERT in one transaction'
  })

  // 6. Plan pack PDF, 12 weeks.
  const active = db
    .prepare<[], { id: number }>('SELECT id FROM athletes WHERE archived_at IS NULL ORDER BY id')
    .all()
    .map((r) => r.id)
  const planStart = addDays(weekStartOf(today(), 1), 7)
  const planIds: number[] = []
  const withPlans: number[] = []
  for (const id of active) {
    if (withPlans.length >= o.bulkPacks) break
    try {
      planIds.push(await makePlan(call, id, planStart, 12))
      withPlans.push(id)
    } catch (e) {
      o.log(`  (no plan for athlete ${id}: ${(e as Error).message.slice(0, 120)})`)
    }
  }
  const planMark = await call<{ cautions: number; stops: number }[]>('checkBulkPlanExport', {
    athleteIds: [withPlans[0]]
  })
  add({
    name: 'plan pack PDF, 12 weeks (exportPlanPdf)',
    target: 500,
    unit: 'ms',
    timing: await time(
      () =>
        call('exportPlanPdf', {
          planId: planIds[0],
          acknowledged: { cautions: planMark[0].cautions, stops: planMark[0].stops }
        }),
      o.pdfRuns,
      1
    ),
    floor: null
  })

  // 7. Bulk export.
  add({
    name: `bulk export, ${withPlans.length} packs (12-week plans)`,
    target: o.bulkPacks >= 30 ? 10_000 : null,
    unit: 'ms',
    timing: await time(() => bulkExport(call, withPlans), o.pdfRuns, 0),
    floor: null
  })
  await pdf.close()
  db.close()
  return { figures, dbFile, athletes: built.athletes, sessions: built.sessions }
}

export const fileSizeMb = (file: string): number => fs.statSync(file).size / 1024 / 1024
