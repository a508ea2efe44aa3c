// @vitest-environment jsdom
// The athlete form on the one form pattern, saving to a real backend, for a coach who works in lb.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { defaultSettings, type Athlete } from '../../src/shared/domain'
import { AthleteForm } from '../../src/renderer/src/components/AthleteForm'
import { SettingsContext } from '../../src/renderer/src/lib/settings'
import { realApi } from './backend'

afterEach(cleanup)

describe('athlete form in lb', () => {
  it('names the first wrong field, speaks lb, clears each message as it is fixed, and saves kg', async () => {
    const { call } = realApi()
    const onSaved = vi.fn<(a: Athlete) => void>()
    render(
      <SettingsContext.Provider
        value={{ settings: { ...defaultSettings, massUnit: 'lb' }, setSettings: () => undefined }}
      >
        <AthleteForm onSaved={onSaved} onCancel={() => undefined} />
      </SettingsContext.Provider>
    )
    const user = userEvent.setup()
    const mass = screen.getByLabelText('Body mass (lb)')
    await user.type(mass, '30')
    await user.type(screen.getByLabelText('Ankle weights owned (lb per ankle)'), '1, 20')
    await user.click(screen.getByRole('button', { name: 'Add athlete' }))

    expect(await screen.findByText('Please check the 3 fields marked below.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByLabelText('Name'))
    const massMessage = screen.getByText(/^Body mass must be at least/).textContent ?? ''
    expect(massMessage).toMatch(/^Body mass must be at least 44(\.\d)? lb$/)
    expect(screen.getByText(/^Each weight must be at most/).textContent).toMatch(/ lb per ankle$/)

    await user.type(screen.getByLabelText('Name'), 'Ada Runner')
    expect(screen.queryByText('Enter a name')).toBeNull()
    expect(screen.getByText('Please check the 2 fields marked below.')).toBeTruthy()
    await user.clear(mass)
    await user.type(mass, '132.3')
    const weights = screen.getByLabelText('Ankle weights owned (lb per ankle)')
    await user.clear(weights)
    await user.type(weights, '1.1, 2.2')
    expect(screen.queryByText(/Please check/)).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Add athlete' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    const list = await call<{ name: string; bodyMassKg: number | null }[]>('listAthletes', {})
    expect(list.ok && list.value.map((a) => [a.name, Math.round(a.bodyMassKg ?? 0)])).toEqual([['Ada Runner', 60]])
  })
})
