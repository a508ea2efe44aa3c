// The renderer refreshes, after each change, only the reads src/shared/contract/invalidates.ts names.
// Here every change runs on a real backend and every read is asked before and after: a read whose
// answer moved must be in the change's list, or a view would keep showing the old answer.
import { describe, expect, it } from 'vitest'
import type { ChannelName } from '../../src/shared/channels'
import { invalidates, type ChangeChannel, type ReadChannel } from '../../src/shared/contract/invalidates'
import { caller, value } from '../helpers/import-io'
import { tempBackend } from '../helpers/tempdb'

const TODAY = '2026-11-25'
const PLAN_START = '2026-11-30'

const seed = async () => {
  const { backend } = tempBackend(TODAY)
  const call = caller(backend)
  const athlete = (name: string, level: string, bodyMassKg: number) =>
    call<{ id: number }>('createAthlete', { name, level, bodyMassKg, ownedWeightsKg: [0.5, 1] }).then(value)
  const ada = await athlete('Ada Quist', 'novice', 50)
  const ben = await athlete('Ben Ode', 'intermediate', 70)
  const session = (athleteId: number, date: string, ankleWeightKg = 0.5) =>
    call<{ id: number }>('createSession', {
      athleteId,
      date,
      type: 'easy',
      durationMin: 40,
      ankleWeightKg,
      weightedMin: ankleWeightKg ? 20 : 0,
      rpe: 5
    }).then(value)
  const first = await session(ada.id, '2026-11-18')
  await session(ada.id, '2026-11-20')
  await session(ben.id, '2026-11-21', 0)
  const plan = value(
    await call<{ plan: { id: number }; sessions: { id: number; date: string }[] }>('generatePlan', {
      athleteId: ada.id,
      name: 'Base',
      startDate: PLAN_START,
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 5]
    })
  )
  return { call, ada: ada.id, ben: ben.id, sessionId: first.id, planId: plan.plan.id, planned: plan.sessions }
}
type World = Awaited<ReturnType<typeof seed>>

const draft = (w: World) => ({
  athleteId: w.ada,
  date: '2026-11-24',
  type: 'easy',
  durationMin: 30,
  ankleWeightKg: 1,
  weightedMin: 30
})

/** Every read a view makes, with the inputs the views pass. */
const reads = (w: World): [ReadChannel, unknown][] => [
  ['getSettings', {}],
  ['getUpdateSettings', {}],
  ['listAthletes', {}],
  ['listAthletes', { includeArchived: true }],
  ['getAthlete', { id: w.ada }],
  ['getAthlete', { id: w.ben }],
  ['listSessions', { athleteId: w.ada }],
  ['listSessions', { athleteId: w.ben }],
  ['listUndo', {}],
  ['listWarnings', { athleteId: w.ada }],
  ['listWarnings', { athleteId: w.ben }],
  ['checkDraftSession', { draft: draft(w) }],
  ['getRulesConfig', { athleteId: w.ada }],
  ['getRulesConfig', { athleteId: null }],
  ['listClearances', { athleteId: w.ada }],
  ['getSquad', {}],
  ['getSquad', { includeArchived: true }],
  ['getAthleteDashboard', { athleteId: w.ada, range: '12' }],
  ['listPlans', {}],
  ['getPlan', { id: w.planId }],
  [
    'checkDraftPlannedSession',
    { planId: w.planId, date: PLAN_START, type: 'easy', durationMin: 30, ankleWeightKg: 1, weightedMin: 30 }
  ],
  ['listPlanTemplates', {}],
  ['checkBulkPlanExport', { athleteIds: [w.ada, w.ben] }],
  ['athletePlanCompliance', { athleteId: w.ada }],
  ['listBackups', {}]
]

const snapshot = async (w: World) => {
  const answers = new Map<string, string>()
  for (const [channel, input] of reads(w))
    answers.set(`${channel} ${JSON.stringify(input)}`, JSON.stringify(await w.call(channel, input)))
  return answers
}

const changes: [ChangeChannel, (w: World) => unknown][] = [
  ['updateSettings', () => ({ weekStartsOn: 0, massUnit: 'lb' })],
  ['createAthlete', () => ({ name: 'Cleo Park', level: 'advanced', bodyMassKg: 60, ownedWeightsKg: [] })],
  [
    'updateAthlete',
    (w) => ({ id: w.ada, name: 'Ada Quist-Lund', level: 'novice', bodyMassKg: 40, ownedWeightsKg: [0.5, 1] })
  ],
  ['archiveAthlete', (w) => ({ id: w.ben })],
  ['deleteAthlete', (w) => ({ id: w.ben, confirmName: 'Ben Ode' })],
  ['createSession', (w) => draft(w)],
  ['updateSession', (w) => ({ ...draft(w), id: w.sessionId, date: '2026-11-18' })],
  ['deleteSession', (w) => ({ id: w.sessionId })],
  ['createGroupSessions', (w) => ({ sessions: [draft(w), { ...draft(w), athleteId: w.ben }] })],
  ['updateRulesConfig', (w) => ({ athleteId: w.ada, values: { aw1CautionPercentNovice: 1 } })],
  ['updateRulesConfig', () => ({ athleteId: null, values: { aw1CautionPercentNovice: 1 } })],
  [
    'generatePlan',
    (w) => ({
      athleteId: w.ben,
      name: 'Build',
      startDate: PLAN_START,
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [2, 4, 6]
    })
  ],
  ['createPlan', (w) => ({ athleteId: w.ben, name: 'Empty', startDate: PLAN_START, weeks: 4 })],
  ['updatePlan', (w) => ({ id: w.planId, name: 'Base II', startDate: PLAN_START, weeks: 4 })],
  ['setPlanStatus', (w) => ({ id: w.planId, status: 'published' })],
  [
    'savePlannedSession',
    (w) => ({ planId: w.planId, date: '2026-12-01', type: 'easy', durationMin: 30, ankleWeightKg: 0, weightedMin: 0 })
  ],
  ['deletePlannedSession', (w) => ({ id: w.planned[0].id })],
  ['copyPlanWeek', (w) => ({ planId: w.planId, fromWeek: 1, toWeek: 2, mode: 'add' })],
  ['deletePlan', (w) => ({ id: w.planId })],
  ['savePlanTemplate', (w) => ({ planId: w.planId, name: 'Novice base' })]
]

describe('the invalidation table covers what each change really changes', () => {
  for (const [change, input] of changes) {
    it(`${change}: every read whose answer moved is refreshed`, async () => {
      const w = await seed()
      const before = await snapshot(w)
      value(await w.call(change as ChannelName, input(w)))
      const after = await snapshot(w)
      const moved = [...before.keys()].filter((k) => before.get(k) !== after.get(k)).map((k) => k.split(' ')[0])
      // Each change here changes something a coach sees; a table that missed it would leave a view stale.
      expect(moved.length, `${change} changed no read`).toBeGreaterThan(0)
      expect([...new Set(moved)].filter((read) => !invalidates[change].includes(read as ReadChannel))).toEqual([])
    })
  }
})
