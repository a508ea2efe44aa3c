// @vitest-environment jsdom
// Switching kg to lb rewrites the warnings and stop banners already on screen: main sends them with
// tokens in kg, km and ISO days, and the renderer writes them out in the coach's units (issue 15
// item 3). window.api is the real backend on a real SQLite file; only the calls are counted.
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AthletePage } from '../../src/renderer/src/pages/AthletePage'
import { defaultSettings } from '../../src/shared/domain'
import { hasToken } from '../../src/shared/text'
import { countCalls, mount, realBackend, switchableSettings } from '../helpers/renderer'

afterEach(cleanup)

/** A real backend behind window.api, with every call the page makes written down. */
const wire = () => {
  const { call } = realBackend('2026-11-25')
  return { call, calls: countCalls() }
}

const { WithSettings, switchTo } = switchableSettings()

describe('warnings and the coach units', () => {
  it('a kg to lb switch rewrites a shown warning ("2.2 lb per ankle") without asking the backend again', async () => {
    const { call, calls } = wire()
    const created = await call('createAthlete', { name: 'Ada', bodyMassKg: 70, level: 'novice' })
    if (!created.ok) throw new Error(created.error.message)
    const athleteId = (created.value as { id: number }).id
    // 1 kg per ankle on a 70 kg novice is 2.86% of body mass: an AW1 caution naming the weight.
    const logged = await call('createSession', {
      athleteId,
      date: '2026-11-24',
      type: 'easy',
      durationMin: 40,
      distanceKm: 8,
      ankleWeightKg: 1,
      weightedMin: 10
    })
    expect(logged.ok).toBe(true)

    mount(
      <WithSettings>
        <AthletePage id={athleteId} />
      </WithSettings>
    )
    const aw1 = async () => (await screen.findAllByText(/per ankle is 2\.86% of body mass/))[0]
    expect((await aw1()).textContent).toBe(
      '1 kg per ankle is 2.86% of body mass in total, above the 2% level for a novice athlete.'
    )
    // Everything on the page reads without a raw token.
    expect(hasToken(document.body.textContent ?? '')).toBe(false)
    const before = [...calls]
    expect(before).toContain('listWarnings')

    await act(async () => switchTo({ ...defaultSettings, massUnit: 'lb', distanceUnit: 'mi' }))
    expect((await aw1()).textContent).toBe(
      '2.2 lb per ankle is 2.86% of body mass in total, above the 2% level for a novice athlete.'
    )
    expect(hasToken(document.body.textContent ?? '')).toBe(false)
    expect(calls).toEqual(before)

    // Its "why" (threshold, basis, source) opens from the same data, with no raw token either.
    const item = (await aw1()).closest('li')!
    await act(async () => within(item).getByRole('button', { name: 'Why?' }).click())
    expect(within(item).getByText(/Basis: C/)).toBeTruthy()
    expect(hasToken(item.textContent ?? '')).toBe(false)
    expect(calls).toEqual(before)
  })
})
