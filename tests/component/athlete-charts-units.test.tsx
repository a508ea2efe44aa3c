// @vitest-environment jsdom
// Switching kg to lb rewrites the charts' words from the data already on screen: no new call to
// the backend (issue 12 item 3, issue 15 item 3). window.api is the real backend on a real SQLite
// file, as the browser host wires it; only the calls are counted.
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import { AthleteCharts } from '../../src/renderer/src/components/AthleteCharts'
import { queryClient } from '../../src/renderer/src/lib/query'
import type { ChannelName } from '../../src/shared/channels'
import { defaultSettings } from '../../src/shared/domain'
import { countCalls, mount, switchableSettings } from '../helpers/renderer'
import { tempBackend } from '../helpers/tempdb'

afterEach(cleanup)

const wire = () => {
  const { backend } = tempBackend('2026-11-25')
  queryClient.clear()
  ;(window as unknown as { api: unknown }).api = new Proxy(
    {},
    {
      get: (_, channel: string) => (input: unknown) => dispatch(backend, channel as ChannelName, input, () => undefined)
    }
  )
  return { backend, calls: countCalls() }
}

const { WithSettings, switchTo } = switchableSettings()

describe('athlete charts and the coach units', () => {
  it('a kg to lb switch rewrites the summaries without asking the backend again', async () => {
    const { backend, calls } = wire()
    const created = await dispatch(
      backend,
      'createAthlete',
      { name: 'Ada', bodyMassKg: 70, level: 'intermediate' },
      () => undefined
    )
    if (!created.ok) throw new Error(created.error.message)
    const athleteId = (created.value as { id: number }).id
    const logged = await dispatch(
      backend,
      'createSession',
      {
        athleteId,
        date: '2026-11-24',
        type: 'easy',
        durationMin: 40,
        distanceKm: 8,
        ankleWeightKg: 1,
        weightedMin: 10
      },
      () => undefined
    )
    expect(logged.ok).toBe(true)
    calls.length = 0

    mount(
      <WithSettings>
        <AthleteCharts athleteId={athleteId} />
      </WithSettings>
    )
    expect(await screen.findByText('10 weighted minutes this week; exposure 10 kg·min.')).toBeTruthy()
    expect(screen.getByText(/^Latest 1 kg per ankle on Tue 24 Nov/)).toBeTruthy()
    expect(calls).toEqual(['getAthleteDashboard'])

    await act(async () => switchTo({ ...defaultSettings, massUnit: 'lb', distanceUnit: 'mi' }))
    expect(await screen.findByText('10 weighted minutes this week; exposure 22 lb·min.')).toBeTruthy()
    expect(screen.getByText(/^Latest 2.2 lb per ankle on Tue 24 Nov/)).toBeTruthy()
    expect(screen.getByText(/this week so far 4.97 mi\.$/)).toBeTruthy()
    expect(calls).toEqual(['getAthleteDashboard'])

    // A week-start change does re-bucket the weeks in main: that one asks again.
    await act(async () => switchTo({ ...defaultSettings, weekStartsOn: 0 }))
    await screen.findByText('10 weighted minutes this week; exposure 10 kg·min.')
    expect(calls).toEqual(['getAthleteDashboard', 'getAthleteDashboard'])
  })
})
