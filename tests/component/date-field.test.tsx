// @vitest-environment jsdom
// The date field reads and writes ISO days whatever the browser's locale (a native date input shows
// mm/dd/yyyy on a US machine), and says the day back in the app's words.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DateField, parseDay } from '../../src/renderer/src/components/DateField'
import { browserLanguage, harnessOf } from './typedField'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const Harness = harnessOf(DateField, 'Start date')

describe.each(['en-US', 'de-DE', 'en-GB'])('DateField with the browser in %s', (locale) => {
  it('shows the stored ISO day, writes ISO for what the coach types, and names the day', async () => {
    browserLanguage(locale)
    const seen = vi.fn()
    render(<Harness start="2026-11-24" seen={seen} />)
    const input = screen.getByLabelText('Start date') as HTMLInputElement
    expect(input.type).toBe('text')
    expect(input.value).toBe('2026-11-24')
    expect(screen.getByText('Tue 24 Nov 2026')).toBeTruthy()

    const user = userEvent.setup()
    await user.clear(input)
    await user.type(input, '3 Dec 2026')
    expect(seen).toHaveBeenLastCalledWith('2026-12-03')
    expect(screen.getByText('Thu 3 Dec 2026')).toBeTruthy()
    await user.tab()
    expect(input.value).toBe('2026-12-03')

    await user.clear(input)
    await user.type(input, '12/03/2026')
    // Not guessed: 12 March or 3 December depends on the country, so it stays text for the schema to refuse.
    expect(seen).toHaveBeenLastCalledWith('12/03/2026')
  })
})

describe('parseDay', () => {
  it('reads ISO days and the app’s own day format, and nothing that is not a calendar day', () => {
    expect(parseDay('2026-11-24')).toBe('2026-11-24')
    expect(parseDay('2026-1-5')).toBe('2026-01-05')
    expect(parseDay('Tue 24 Nov 2026')).toBe('2026-11-24')
    expect(parseDay('24 November 2026')).toBe('2026-11-24')
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay('31 Jun 2026')).toBeNull()
    expect(parseDay('11/24/2026')).toBeNull()
    expect(parseDay('')).toBeNull()
  })
})
