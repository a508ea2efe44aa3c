// @vitest-environment jsdom
// A half-typed dialog is not thrown away by a stray Escape or a click outside: the dialog asks first and
// stays when the coach says no. An untouched dialog closes at once, and Cancel is the coach's own choice.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { AthleteForm } from '../../src/renderer/src/components/AthleteForm'
import { Dialog } from '../../src/renderer/src/components/Dialog'
import { LEAVE_QUESTION } from '../../src/renderer/src/lib/route'
import { realApi } from './backend'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const Page = () => {
  const [open, setOpen] = useState(true)
  return open ? (
    <Dialog title="Add athlete" onClose={() => setOpen(false)}>
      <AthleteForm onSaved={() => setOpen(false)} onCancel={() => setOpen(false)} />
    </Dialog>
  ) : (
    <p>Dialog closed</p>
  )
}

describe('closing a dialog with a form in it', () => {
  it('closes an untouched dialog on Escape without a question', async () => {
    realApi()
    const ask = vi.spyOn(window, 'confirm')
    render(<Page />)
    await userEvent.setup().keyboard('{Escape}')
    expect(screen.getByText('Dialog closed')).toBeTruthy()
    expect(ask).not.toHaveBeenCalled()
  })

  it('asks on Escape, a click outside and × once something is typed, and stays on "no"', async () => {
    realApi()
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false)
    render(<Page />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Name'), 'Ada')
    await user.keyboard('{Escape}')
    fireEvent.mouseDown(document.querySelector('.backdrop')!)
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(ask).toHaveBeenCalledTimes(3)
    expect(ask).toHaveBeenLastCalledWith(LEAVE_QUESTION)
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Ada')

    ask.mockReturnValue(true)
    await user.keyboard('{Escape}')
    expect(screen.getByText('Dialog closed')).toBeTruthy()
  })

  it('closes on Cancel without a question: the coach chose to drop the values', async () => {
    realApi()
    const ask = vi.spyOn(window, 'confirm')
    render(<Page />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Name'), 'Ada')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByText('Dialog closed')).toBeTruthy()
    expect(ask).not.toHaveBeenCalled()
  })
})
