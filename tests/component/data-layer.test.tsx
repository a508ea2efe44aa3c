// @vitest-environment jsdom
// The data layer seen by a coach: views read through it, and a save made anywhere (a form's call(),
// the toast's undo) shows in the view on screen without a reload. Real backend, real SQLite file.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { PlanCompliance } from '../../src/renderer/src/components/PlanCompliance'
import { call } from '../../src/renderer/src/lib/api'
import { PlanPage } from '../../src/renderer/src/pages/PlanPage'
import { rememberGenerated } from '../../src/renderer/src/pages/plan/generatorNotes'
import { renderText } from '../../src/shared/text'
import { RosterPage } from '../../src/renderer/src/pages/RosterPage'
import { value } from '../helpers/import-io'
import { mount, realBackend } from '../helpers/renderer'

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const TODAY = '2026-11-25'

const addAthlete = async (name: string) => {
  const r = await call('createAthlete', { name, level: 'intermediate', bodyMassKg: 60, ownedWeightsKg: [0.5, 1] })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const logSession = async (athleteId: number, date: string, notes = '') => {
  const r = await call('createSession', {
    athleteId,
    date,
    type: 'easy',
    durationMin: 40,
    ankleWeightKg: 0.5,
    weightedMin: 20,
    notes
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement

describe('views read through the data layer and stay fresh', () => {
  it('the squad row counts a weighted run saved through call(), with no reload', async () => {
    realBackend(TODAY)
    const ada = await addAthlete('Ada Quist')
    mount(<RosterPage />)
    await screen.findByRole('link', { name: 'Ada Quist' })
    expect(within(rowOf('Ada Quist')).getByText('0 / 0')).toBeTruthy()

    await logSession(ada.id, '2026-11-24')
    await waitFor(() => expect(within(rowOf('Ada Quist')).getByText('1 / 1')).toBeTruthy())
    await logSession(ada.id, '2026-11-10')
    await waitFor(() => expect(within(rowOf('Ada Quist')).getByText('1 / 2')).toBeTruthy())
  })

  it('a new athlete saved elsewhere joins the squad on screen', async () => {
    realBackend(TODAY)
    await addAthlete('Ada Quist')
    mount(<RosterPage />)
    await screen.findByRole('link', { name: 'Ada Quist' })
    await addAthlete('Ben Ode')
    expect(await screen.findByRole('link', { name: 'Ben Ode' })).toBeTruthy()
    expect(screen.getByText(/^2 active athletes/)).toBeTruthy()
  })

  it('a session deleted in the athlete page is gone from its log, and Undo in the toast puts it back', async () => {
    realBackend(TODAY)
    const ada = await addAthlete('Ada Quist')
    await logSession(ada.id, '2026-11-20', 'Tempo on the track')
    await logSession(ada.id, '2026-11-22', 'Hills')
    window.location.hash = `#/athlete/${ada.id}`
    mount(<App />)
    const log = await screen.findByRole('table', { name: 'Session log' })
    expect(within(log).getAllByRole('row')).toHaveLength(3)

    const user = userEvent.setup()
    const row = within(log).getByText('Tempo on the track').closest('tr') as HTMLElement
    await user.click(within(row).getByRole('button', { name: /^Delete session of/ }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete session' }))
    await waitFor(() => expect(within(log).queryByText('Tempo on the track')).toBeNull())
    expect(within(log).getByText('Hills')).toBeTruthy()

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }))
    expect(await within(log).findByText('Tempo on the track')).toBeTruthy()
    expect(within(log).getAllByRole('row')).toHaveLength(3)
  })

  it('an undo from Recently deleted brings the row back in the page behind', async () => {
    const backend = realBackend(TODAY)
    const ada = await addAthlete('Ada Quist')
    const session = await logSession(ada.id, '2026-11-20', 'Tempo on the track')
    window.location.hash = `#/athlete/${ada.id}`
    mount(<App />)
    const log = await screen.findByRole('table', { name: 'Session log' })
    // Deleted behind the page's back (another window, say): the next change through the app catches up.
    value(await backend.call('deleteSession', { id: session.id }))
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Recently deleted' }))
    const history = await screen.findByRole('dialog', { name: 'Recently deleted' })
    await user.click(await within(history).findByRole('button', { name: /^Undo: Ada Quist's easy run/ }))
    expect(await within(history).findByText(/^Put back: Ada Quist's easy run/)).toBeTruthy()
    expect(within(history).getByText('Nothing to undo. A delete can be undone here for ten minutes.')).toBeTruthy()
    expect(within(log).getByText('Tempo on the track')).toBeTruthy()
  })

  it('settings saved through call() reach the header at once', async () => {
    realBackend(TODAY)
    mount(<App />)
    await screen.findByRole('heading', { level: 1, name: 'Squad' })
    expect(screen.queryByText('Mara Holm')).toBeNull()
    await call('updateSettings', { coachName: 'Mara Holm' })
    expect(await screen.findByText('Mara Holm')).toBeTruthy()
  })

  it("an error Result is shown with the backend's own message", async () => {
    const backend = realBackend(TODAY)
    const missing = await backend.call('getAthlete', { id: 404 })
    expect(missing.ok).toBe(false)
    const message = missing.ok ? '' : missing.error.message
    window.location.hash = '#/athlete/404'
    mount(<App />)
    expect((await screen.findByRole('alert')).textContent).toBe(message)
    expect(screen.getByRole('link', { name: 'Back to the squad' })).toBeTruthy()
  })

  it('plan vs done reads its own answer and follows a planned run being logged', async () => {
    realBackend(TODAY)
    const ada = await addAthlete('Ada Quist')
    mount(<PlanCompliance athleteId={ada.id} />)
    expect(await screen.findByText(/No plan for this athlete yet/)).toBeTruthy()
    const plan = await call('createPlan', { athleteId: ada.id, name: 'Base', startDate: '2026-11-16', weeks: 4 })
    if (!plan.ok) throw new Error(plan.error.message)
    expect(await screen.findByRole('link', { name: 'Base' })).toBeTruthy()
    const planned = await call('savePlannedSession', {
      planId: plan.value.plan.id,
      date: '2026-11-18',
      type: 'easy',
      durationMin: 40,
      ankleWeightKg: 0,
      weightedMin: 0
    })
    if (!planned.ok) throw new Error(planned.error.message)
    const total = await screen.findByTestId('plan-compliance-total')
    await waitFor(() => expect(total.textContent).toMatch(/^0 of 1 due sessions done/))
    await logSession(ada.id, '2026-11-18')
    await waitFor(() => expect(total.textContent).toMatch(/^1 of 1 due sessions done \(100%\)/))
  })
})

describe('the plan page', () => {
  it("keeps the generator's notes in their box after the plan is edited and read again", async () => {
    realBackend(TODAY)
    const ada = await addAthlete('Ada Quist')
    const generated = await call('generatePlan', {
      athleteId: ada.id,
      name: 'Base',
      startDate: '2026-11-30',
      weeks: 4,
      runsPerWeek: 3,
      availableDays: [1, 3, 5]
    })
    if (!generated.ok) throw new Error(generated.error.message)
    const d = generated.value
    expect(d.generatorNotes.length).toBeGreaterThan(0)
    rememberGenerated(d)
    mount(<PlanPage id={d.plan.id} />)
    const box = await screen.findByRole('note', { name: 'How the plan was generated' })
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(d.generatorNotes.map((n) => renderText(n, { mass: 'kg', distance: 'km' })))

    // An edit refetches the plan (getPlan carries no generator notes): the box stays, the header gets the new goal.
    const edited = await call('updatePlan', {
      id: d.plan.id,
      name: 'Base',
      startDate: '2026-11-30',
      weeks: 4,
      goal: 'Autumn 10K'
    })
    if (!edited.ok) throw new Error(edited.error.message)
    expect(await screen.findByText('Goal: Autumn 10K')).toBeTruthy()
    expect(
      within(screen.getByRole('note', { name: 'How the plan was generated' })).getAllByRole('listitem')
    ).toHaveLength(d.generatorNotes.length)
  })
})
