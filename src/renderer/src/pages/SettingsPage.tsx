import { useState } from 'react'
import { Settings } from '../../../shared/domain'
import type { DistanceUnit, MassUnit } from '../../../shared/units'
import { SelectField, TextField, type Choice } from '../components/FormField'
import { ThresholdsEditor } from '../components/ThresholdsEditor'
import { call } from '../lib/api'
import { useRead } from '../lib/query'
import { Form } from '../lib/form/Form'
import { useForm } from '../lib/form/useForm'
import { useSettings } from '../lib/settings'
import { ErrorMessage } from '../components/Messages'
import { weekdayNames } from '../../../shared/dayFormat'

const massUnits: Choice<MassUnit>[] = [
  { value: 'kg', label: 'Kilograms (kg)' },
  { value: 'lb', label: 'Pounds (lb)' }
]
const distanceUnits: Choice<DistanceUnit>[] = [
  { value: 'km', label: 'Kilometres (km)' },
  { value: 'mi', label: 'Miles (mi)' }
]
const paperSizes: Choice<'A4' | 'Letter'>[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'US Letter' }
]
const weekdays: Choice[] = weekdayNames.map((label, day) => ({ value: String(day), label }))

/**
 * Update checks: off until the coach turns them on (nothing contacts a server without consent).
 * Main keeps the choice for this installation; where it cannot check, the box is disabled and says why.
 */
const UpdatesSwitch = () => {
  const read = useRead('getUpdateSettings', {})
  const state = read.data ?? null
  const [toggleError, setToggleError] = useState<string | undefined>()
  const error = toggleError ?? read.error?.message
  // The answer refreshes the read (invalidates.ts), so the box shows what main kept.
  const toggle = async (enabled: boolean) => {
    const r = await call('setUpdateSettings', { enabled })
    setToggleError(r.ok ? undefined : r.error.message)
  }
  return (
    <section aria-labelledby="updates-title">
      <h2 id="updates-title">Updates</h2>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="field checkbox">
        <label>
          <input
            type="checkbox"
            checked={state?.enabled ?? false}
            disabled={!state?.available}
            onChange={(e) => void toggle(e.target.checked)}
          />
          Check for updates when Ballast starts
        </label>
      </div>
      <p className="muted">
        Off unless you turn it on: Ballast then asks its update server for a newer version once a start and offers to
        install it. Your data never leaves this computer.
        {state && !state.available && state.reason ? ` ${state.reason}` : ''}
      </p>
    </section>
  )
}

export const SettingsPage = () => {
  const { settings, setSettings } = useSettings()
  const form = useForm({ initial: settings, schema: Settings, toInput: (d) => d })
  const { values: draft, set, field, errors } = form
  const [saved, setSaved] = useState(false)
  const submit = form.onSubmit(
    (data) => call('updateSettings', data),
    (value) => {
      setSettings(value)
      setSaved(true)
    }
  )

  return (
    <section aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">Settings</h1>
      </div>
      <div className="settings-grid">
        <section aria-labelledby="general-title">
          <h2 id="general-title">General</h2>
          <Form form={form} className="form narrow" onSubmit={submit}>
            <TextField id="coachName" label="Coach name" hint="Printed on plans you export" {...field('coachName')} />
            <TextField
              id="coachContact"
              label="Coach contact"
              hint="A phone number or e-mail, printed under your name on plans"
              {...field('coachContact')}
            />
            <div className="row">
              <SelectField id="massUnit" label="Weights in" options={massUnits} {...field('massUnit')} />
              <SelectField id="distanceUnit" label="Distances in" options={distanceUnits} {...field('distanceUnit')} />
              <SelectField id="paperSize" label="Plan paper" options={paperSizes} {...field('paperSize')} />
              <SelectField
                id="weekStartsOn"
                label="Weeks start on"
                options={weekdays}
                value={String(draft.weekStartsOn)}
                onChange={(day) => set('weekStartsOn', Number(day))}
                error={errors.weekStartsOn}
              />
            </div>
            <div className="actions">
              {saved && !form.dirty && (
                <span className="notice" role="status">
                  Settings saved.
                </span>
              )}
              <button type="submit" className="primary" disabled={form.busy}>
                Save settings
              </button>
            </div>
          </Form>
          <UpdatesSwitch />
        </section>
        <section aria-labelledby="thresholds-title">
          <h2 id="thresholds-title">Warning thresholds</h2>
          <div className="panel">
            <ThresholdsEditor athleteId={null} />
          </div>
        </section>
      </div>
    </section>
  )
}
