// An import of old runs can put stops in force today: the preview and the summary name them
// (stops first), and the forecast follows the coach's edits before anything is saved.
import { describe, expect, it } from 'vitest'
import { tempBackend } from '../helpers/tempdb'
import { caller, preview, value } from '../helpers/import-io'

const header =
  'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id'
const csv = (lines: string[]) => ({ name: 'history.csv', bytes: Buffer.from([header, ...lines].join('\n') + '\n') })

const setup = async () => {
  const { db, backend } = tempBackend('2026-11-25')
  const call = caller(backend)
  const athlete = value(
    await call<{ id: number }>('createAthlete', {
      name: 'Eve Ng',
      bodyMassKg: 60,
      level: 'intermediate',
      ownedWeightsKg: [0.5]
    })
  )
  return { db, backend, call, athleteId: athlete.id }
}

// Three-week-old history: a 35-minute weighted run (AW4 stop), steady runs, then a run at pain 7 (PN1 stop).
const history = csv([
  'Eve Ng,2026-11-03,07:00,easy,40,7,0.5,35,4,0,,,0,,import,h1',
  'Eve Ng,2026-11-04,07:00,easy,40,7,0,0,4,,,,0,,import,h2',
  'Eve Ng,2026-11-07,07:00,easy,45,8,0,0,4,7,,,0,,import,h3',
  'Eve Ng,2026-11-09,07:00,easy,40,7,0,0,4,,,,0,,import,h4'
])

describe('the warnings an import creates', () => {
  it('the preview names the stops it would put in force, stops first, and writes nothing', async () => {
    const { backend, call, athleteId, db } = await setup()
    const { jobId, rows } = await preview(backend, athleteId, [history])
    const choices = rows.filter((r) => r.status === 'new').map((r) => ({ rowId: r.rowId }))
    expect(choices).toHaveLength(4)
    const impact = value(await call<any>('importImpact', { jobId, rows: choices }))
    expect(impact.stopsInForce).toEqual([
      { ruleId: 'AW4', date: '2026-11-03' },
      { ruleId: 'PN1', date: '2026-11-07' }
    ])
    expect(impact.added[0].severity).toBe('stop')
    expect(impact.added.map((w: any) => w.severity)).toEqual(
      [...impact.added.map((w: any) => w.severity)].sort(
        (a: string, b: string) => ['stop', 'caution', 'info'].indexOf(a) - ['stop', 'caution', 'info'].indexOf(b)
      )
    )
    expect((db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(0)

    // The coach lowers the weighted minutes of the first row: the AW4 stop leaves the forecast.
    const first = rows.find((r) => r.date === '2026-11-03')!
    const edited = value(
      await call<any>('importImpact', {
        jobId,
        rows: choices.map((c) => (c.rowId === first.rowId ? { ...c, weightedMin: 10 } : c))
      })
    )
    expect(edited.stopsInForce).toEqual([{ ruleId: 'PN1', date: '2026-11-07' }])
  })

  it('the summary after confirming names the same stops, which are then in force and marked as imported', async () => {
    const { backend, call, athleteId } = await setup()
    const { jobId, rows } = await preview(backend, athleteId, [history])
    const summary = value(
      await call<any>('importConfirm', {
        jobId,
        rows: rows.filter((r) => r.status === 'new').map((r) => ({ rowId: r.rowId }))
      })
    )
    expect(summary.imported).toBe(4)
    expect(summary.impact.stopsInForce).toEqual([
      { ruleId: 'AW4', date: '2026-11-03' },
      { ruleId: 'PN1', date: '2026-11-07' }
    ])
    const view = value(await call<any>('listWarnings', { athleteId }))
    expect(view.stops.filter((s: any) => s.fromImport).map((s: any) => s.ruleId)).toEqual(['AW4', 'PN1'])
  })

  it('an import of calm runs creates no stops', async () => {
    const { backend, call, athleteId } = await setup()
    const { jobId, rows } = await preview(backend, athleteId, [
      csv([
        'Eve Ng,2026-11-04,07:00,easy,40,7,0,0,4,0,,,0,,import,c1',
        'Eve Ng,2026-11-06,07:00,easy,40,7,0,0,4,1,,,0,,import,c2'
      ])
    ])
    const impact = value(await call<any>('importImpact', { jobId, rows: rows.map((r) => ({ rowId: r.rowId })) }))
    expect(impact).toEqual({ stopsInForce: [], added: [] })
  })
})
