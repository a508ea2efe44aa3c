// @vitest-environment jsdom
// Unsaved values are not lost by a click elsewhere: with a half-typed form, a navigation asks first and
// stays when the coach says no, and a reload is held by the browser's own prompt. Nothing is asked once
// the values are saved or when nothing was typed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AthleteForm } from '../../src/renderer/src/components/AthleteForm'
import { LEAVE_QUESTION, navigate, useRoute } from '../../src/renderer/src/lib/route'
import { realApi } from './backend'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})
beforeEach(() => {
  window.history.replaceState(null, '', '#/')
})

/** The app's shell in small: the route on screen and the athlete form on the squad page. */
const Shell = ({ onSaved }: { onSaved: () => void }) => {
  const route = useRoute()
  return (
    <>
      <p data-testid="page">{route.page}</p>
      {route.page === 'roster' && <AthleteForm onSaved={onSaved} onCancel={() => undefined} />}
    </>
  )
}

const hashChange = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash
    await new Promise((r) => setTimeout(r, 20))
  })
}

const reloadIsHeld = () => {
  const e = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(e)
  return e.defaultPrevented
}

describe('leaving a form with unsaved values', () => {
  it('goes without a question when nothing was typed', async () => {
    realApi()
    const ask = vi.spyOn(window, 'confirm')
    render(<Shell onSaved={() => undefined} />)
    expect(reloadIsHeld()).toBe(false)
    await hashChange('#/settings')
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe('settings'))
    expect(ask).not.toHaveBeenCalled()
  })

  it('asks before a link changes the page, and stays with the typed values when the coach says no', async () => {
    realApi()
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false)
    render(<Shell onSaved={() => undefined} />)
    await userEvent.setup().type(screen.getByLabelText('Name'), 'Half typ')
    await hashChange('#/settings')
    expect(ask).toHaveBeenCalledWith(LEAVE_QUESTION)
    expect(screen.getByTestId('page').textContent).toBe('roster')
    expect(window.location.hash).toBe('#/')
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Half typ')
    expect(reloadIsHeld()).toBe(true)

    ask.mockReturnValue(true)
    await hashChange('#/plans')
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe('plans'))
  })

  it('asks before navigate() too, and not at all once the values are saved', async () => {
    realApi()
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false)
    const onSaved = vi.fn()
    render(<Shell onSaved={onSaved} />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Name'), 'Ada Runner')
    act(() => navigate({ page: 'plans' }))
    expect(ask).toHaveBeenCalledTimes(1)
    expect(screen.getByTestId('page').textContent).toBe('roster')

    await user.click(screen.getByRole('button', { name: 'Add athlete' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(reloadIsHeld()).toBe(false)
    await hashChange('#/plans')
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe('plans'))
    expect(ask).toHaveBeenCalledTimes(1)
  })
})
