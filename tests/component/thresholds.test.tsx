// @vitest-environment jsdom
// An athlete's thresholds in a dialog, saved to a real backend. Saving re-renders the page behind with a
// new onClose for the dialog: focus must stay where the coach left it (it used to jump to the first of
// the 49 inputs). Limits a coach in lb reads are in lb, not kg.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { defaultSettings, type Athlete } from '../../src/shared/domain'
import { Dialog } from '../../src/renderer/src/components/Dialog'
import { ThresholdsEditor } from '../../src/renderer/src/components/ThresholdsEditor'
import { SettingsContext } from '../../src/renderer/src/lib/settings'
import { mount, realBackend } from '../helpers/renderer'

afterEach(cleanup)

const Page = ({ athleteId }: { athleteId: number }) => {
  const [open, setOpen] = useState(true)
  const [saves, setSaves] = useState(0)
  return (
    <>
      <p>Saved {saves} times</p>
      {open && (
        <Dialog title="Thresholds" onClose={() => setOpen(false)}>
          <ThresholdsEditor athleteId={athleteId} onSaved={() => setSaves((n) => n + 1)} />
        </Dialog>
      )}
    </>
  )
}

const setup = async (massUnit: 'kg' | 'lb') => {
  const { call } = realBackend()
  const a = await call<Athlete>('createAthlete', { name: 'Ada Runner', bodyMassKg: 60, level: 'novice' })
  if (!a.ok) throw new Error(a.error.message)
  // The editor reads through the data layer, so it is mounted inside the app's QueryClient.
  mount(
    <SettingsContext.Provider value={{ settings: { ...defaultSettings, massUnit }, setSettings: () => undefined }}>
      <Page athleteId={a.value.id} />
    </SettingsContext.Provider>
  )
  await screen.findByRole('button', { name: 'Save thresholds' })
  return { call, athleteId: a.value.id, user: userEvent.setup() }
}

/** A dialog whose parent holds the typed text: every key re-renders the parent with a new onClose. */
const TemplateDialog = () => {
  const [name, setName] = useState('')
  return (
    <Dialog title="Save as template" onClose={() => setName('')}>
      <label htmlFor="t-weeks">Weeks</label>
      <select id="t-weeks">
        <option>All weeks</option>
      </select>
      <label htmlFor="t-name">Template name</label>
      <input id="t-name" value={name} onChange={(e) => setName(e.target.value)} />
      <button type="button">Save template</button>
    </Dialog>
  )
}

it('a dialog field keeps the focus while the coach types, key by key', async () => {
  render(<TemplateDialog />)
  const input = screen.getByLabelText('Template name') as HTMLInputElement
  const user = userEvent.setup()
  await user.click(input)
  await user.keyboard('Demo base')
  expect(input.value).toBe('Demo base')
  expect(document.activeElement).toBe(input)
})

describe('thresholds in a dialog', () => {
  it('keeps focus on Save after saving, and the value reaches the backend', async () => {
    const { user, call, athleteId } = await setup('kg')
    const stop = screen.getByLabelText('Stop above this weight per ankle')
    await user.type(stop, '2')
    expect(document.activeElement).toBe(stop)
    const save = screen.getByRole('button', { name: 'Save thresholds' })
    await user.click(save)
    await screen.findByText('Saved 1 times')
    expect(screen.getByText('Thresholds saved. Warnings now use them.')).toBeTruthy()
    expect(document.activeElement).toBe(save)
    const r = await call<{ athlete: Record<string, number> }>('getRulesConfig', { athleteId })
    expect(r.ok && r.value.athlete.aw2StopKg).toBe(2)
  })

  it('names a limit in lb for a coach in lb, focuses the field, and clears the message once valid', async () => {
    const { user } = await setup('lb')
    const stop = screen.getByLabelText('Stop above this weight per ankle')
    await user.type(stop, '30')
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    const message = (await screen.findByText(/Must be at most/)).textContent ?? ''
    expect(message).toMatch(/^Must be at most 22(\.\d+)? lb$/)
    expect(document.activeElement).toBe(stop)
    await user.clear(stop)
    await user.type(stop, '20')
    await waitFor(() => expect(screen.queryByText(/Must be at most/)).toBeNull())
    expect(screen.queryByText('Saved 1 times')).toBeNull()
  })

  it("says main's cross-check in lb too: a caution above the stop names the stop in lb", async () => {
    const { user } = await setup('lb')
    await user.type(screen.getByLabelText('Caution above this weight per ankle'), '3')
    await user.type(screen.getByLabelText('Stop above this weight per ankle'), '2')
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    const message = (await screen.findByText(/^Must be below/)).textContent ?? ''
    expect(message).toBe('Must be below "Stop above this weight per ankle" (2 lb)')
    expect(document.activeElement).toBe(screen.getByLabelText('Caution above this weight per ankle'))
  })
})
