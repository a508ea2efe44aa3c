// @vitest-environment jsdom
// The start-time field reads and writes 24-hour HH:MM whatever the browser's locale (a native time input
// shows 12-hour with AM/PM on a US machine); on the session form an unreadable time is refused on Save
// with a message that names the field, and a readable one reaches the backend as HH:MM.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { defaultSettings, type Athlete, type Session } from '../../src/shared/domain'
import { parseTime, TimeField } from '../../src/renderer/src/components/TimeField'
import { SessionForm } from '../../src/renderer/src/components/SessionForm'
import { SettingsContext } from '../../src/renderer/src/lib/settings'
import { realApi } from './backend'
import { browserLanguage, harnessOf } from './typedField'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const Harness = harnessOf(TimeField, 'Start time (optional)')

describe.each(['en-US', 'de-DE'])('TimeField with the browser in %s', (locale) => {
  it('shows the stored HH:MM, writes HH:MM for what the coach types, and empty for no time', async () => {
    browserLanguage(locale)
    const seen = vi.fn()
    render(<Harness start="19:30" seen={seen} />)
    const input = screen.getByLabelText('Start time (optional)') as HTMLInputElement
    expect(input.type).toBe('text')
    expect(input.value).toBe('19:30')

    const user = userEvent.setup()
    for (const [typed, stored] of [
      ['7:05', '07:05'],
      ['0705', '07:05'],
      ['19.30', '19:30'],
      ['7:30 pm', '19:30']
    ]) {
      await user.clear(input)
      await user.type(input, typed)
      expect(seen).toHaveBeenLastCalledWith(stored)
    }
    // What was typed stays while the coach is in the field; leaving it shows the time as stored.
    await user.clear(input)
    await user.type(input, '7:05')
    expect(input.value).toBe('7:05')
    await user.tab()
    expect(input.value).toBe('07:05')

    await user.clear(input)
    expect(seen).toHaveBeenLastCalledWith('')
    await user.type(input, '25:00')
    // Not a time: handed on as typed, for the schema to refuse.
    expect(seen).toHaveBeenLastCalledWith('25:00')
  })
})

describe('parseTime', () => {
  it('reads the ways a coach writes a clock time, and nothing that is not one', () => {
    expect(parseTime('07:05')).toBe('07:05')
    expect(parseTime('7:05')).toBe('07:05')
    expect(parseTime('705')).toBe('07:05')
    expect(parseTime('1930')).toBe('19:30')
    expect(parseTime('19h30')).toBe('19:30')
    expect(parseTime('12:15 am')).toBe('00:15')
    expect(parseTime('12:15 PM')).toBe('12:15')
    expect(parseTime('0:00')).toBe('00:00')
    expect(parseTime('23:59')).toBe('23:59')
    expect(parseTime('24:00')).toBeNull()
    expect(parseTime('7:60')).toBeNull()
    expect(parseTime('13:00 pm')).toBeNull()
    expect(parseTime('7')).toBeNull()
    expect(parseTime('')).toBeNull()
  })
})

describe('start time on the session form', () => {
  const setup = async () => {
    const { call } = realApi()
    const r = await call<Athlete>('createAthlete', { name: 'Ada Runner', bodyMassKg: 60, level: 'novice' })
    if (!r.ok) throw new Error(r.error.message)
    const onSaved = vi.fn<(s: Session) => void>()
    render(
      <SettingsContext.Provider value={{ settings: defaultSettings, setSettings: () => undefined }}>
        <SessionForm athlete={r.value} onSaved={onSaved} onCancel={() => undefined} />
      </SettingsContext.Provider>
    )
    const user = userEvent.setup()
    await user.clear(screen.getByLabelText('Date'))
    await user.type(screen.getByLabelText('Date'), '2026-11-24')
    await user.type(screen.getByLabelText('Duration (min)'), '40')
    return { call, athlete: r.value, onSaved, user }
  }

  it('refuses a time that is not one with a message naming the field, then saves HH:MM', async () => {
    const { call, athlete, onSaved, user } = await setup()
    const time = screen.getByLabelText('Start time (optional)')
    await user.type(time, '7:75')
    await user.click(screen.getByRole('button', { name: 'Save session' }))
    expect(await screen.findByText('Start time must be a 24-hour time such as 07:30')).toBeTruthy()
    expect(document.activeElement).toBe(time)
    expect(onSaved).not.toHaveBeenCalled()

    await user.clear(time)
    await user.type(time, '1905')
    expect(screen.queryByText('Start time must be a 24-hour time such as 07:30')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save session' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    const list = await call<Session[]>('listSessions', { athleteId: athlete.id })
    expect(list.ok && list.value.map((s) => s.startTime)).toEqual(['19:05'])
  })

  it('saves no time when the field is left empty', async () => {
    const { call, athlete, onSaved, user } = await setup()
    await user.click(screen.getByRole('button', { name: 'Save session' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    const list = await call<Session[]>('listSessions', { athleteId: athlete.id })
    expect(list.ok && list.value.map((s) => s.startTime)).toEqual([null])
  })
})
