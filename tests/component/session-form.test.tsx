// @vitest-environment jsdom
// The form pattern on the session form, saving to a real backend: an error shows on Save under the field
// it names, focus goes to that field, the message clears as soon as the field is valid, and errors speak
// the coach's units.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { defaultSettings, type Athlete, type Session } from '../../src/shared/domain'
import { SessionForm } from '../../src/renderer/src/components/SessionForm'
import { SettingsContext } from '../../src/renderer/src/lib/settings'
import { realApi } from './backend'

afterEach(cleanup)

const setup = async (massUnit: 'kg' | 'lb' = 'kg') => {
  const { call } = realApi()
  const r = await call<Athlete>('createAthlete', { name: 'Ada Runner', bodyMassKg: 60, level: 'novice' })
  if (!r.ok) throw new Error(r.error.message)
  const onSaved = vi.fn<(s: Session) => void>()
  const settings = { ...defaultSettings, massUnit }
  render(
    <SettingsContext.Provider value={{ settings, setSettings: () => undefined }}>
      <SessionForm athlete={r.value} onSaved={onSaved} onCancel={() => undefined} />
    </SettingsContext.Provider>
  )
  return { call, athlete: r.value, onSaved, user: userEvent.setup() }
}

describe('session form', () => {
  it('names the missing duration on Save, focuses it, and clears the message once it is valid', async () => {
    const { user, onSaved } = await setup()
    await user.clear(screen.getByLabelText('Date'))
    await user.type(screen.getByLabelText('Date'), '2026-11-24')
    await user.click(screen.getByRole('button', { name: 'Save session' }))

    const duration = screen.getByLabelText('Duration (min)')
    expect(await screen.findByText('Duration must be a number of minutes')).toBeTruthy()
    expect(duration.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(duration)
    expect(screen.getByText('Please check the field marked below.')).toBeTruthy()
    expect(onSaved).not.toHaveBeenCalled()

    await user.type(duration, '4')
    expect(screen.queryByText('Duration must be a number of minutes')).toBeNull()
    expect(screen.queryByText('Please check the field marked below.')).toBeNull()
    expect(duration.getAttribute('aria-invalid')).toBeNull()
  })

  it('saves through the real backend once the fields are valid', async () => {
    const { user, onSaved, call, athlete } = await setup()
    await user.clear(screen.getByLabelText('Date'))
    await user.type(screen.getByLabelText('Date'), '24 Nov 2026')
    await user.type(screen.getByLabelText('Duration (min)'), '45')
    await user.click(screen.getByRole('button', { name: 'Save session' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    const list = await call<Session[]>('listSessions', { athleteId: athlete.id })
    expect(list.ok && list.value.map((s) => [s.date, s.durationMin])).toEqual([['2026-11-24', 45]])
  })

  it('focuses the first of several invalid fields, in the order they appear', async () => {
    const { user } = await setup()
    await user.clear(screen.getByLabelText('Date'))
    await user.type(screen.getByLabelText('Date'), '2026-13-40')
    await user.click(screen.getByRole('button', { name: 'Save session' }))
    expect(await screen.findByText('Please check the 2 fields marked below.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByLabelText('Date'))
  })

  it('states the ankle-weight limit in lb when the coach works in lb', async () => {
    const { user } = await setup('lb')
    await user.type(screen.getByLabelText('Duration (min)'), '40')
    const weight = screen.getByLabelText('Weight per ankle (lb, 0 = none)')
    await user.clear(weight)
    await user.type(weight, '12')
    await user.type(screen.getByLabelText('Minutes with weights on'), '10')
    await user.click(screen.getByRole('button', { name: 'Save session' }))
    const message = (await screen.findByText(/Ankle weight must be at most/)).textContent ?? ''
    expect(message).toMatch(/ lb per ankle$/)
    expect(message).not.toMatch(/kg/)
    expect(document.activeElement).toBe(weight)
  })
})
