import { useEffect, useState } from 'react'
import type { UpdateSettings } from '../../../shared/contract/core'
import { Settings } from '../../../shared/domain'
import { describedBy, Field } from '../components/Field'
import { ThresholdsEditor } from '../components/ThresholdsEditor'
import { call } from '../lib/api'
import { FormSummary } from '../lib/form/FormSummary'
import { useForm } from '../lib/form/useForm'
import { useSettings } from '../lib/settings'
import { ErrorMessage } from '../components/Messages'
import { weekdayNames } from '../../../shared/dayFormat'

/**
 * Update checks: off until the coach turns them on (nothing contacts a server without consent).
 * Main keeps the choice for this installation; where it cannot check, the box is disabled and says why.
 */
const UpdatesSwitch = () => {
  const [state, setState] = useState<UpdateSettings | null>(null)
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    void call('getUpdateSettings', {}).then((r) => (r.ok ? setState(r.value) : setError(r.error.message)))
  }, [])
  const toggle = async (enabled: boolean) => {
    const r = await call('setUpdateSettings', { enabled })
    if (r.ok) setState(r.value)
    else setError(r.error.message)
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
  const { values: draft, set, errors } = form
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
          <form className="form narrow" onSubmit={submit} noValidate ref={form.formRef}>
            <FormSummary text={form.summary} at={form.summaryRef} />
            <Field id="coachName" label="Coach name" error={errors.coachName} hint="Printed on plans you export">
              <input
                id="coachName"
                value={draft.coachName}
                onChange={(e) => set('coachName', e.target.value)}
                {...describedBy('coachName', errors.coachName)}
              />
            </Field>
            <Field
              id="coachContact"
              label="Coach contact"
              error={errors.coachContact}
              hint="A phone number or e-mail, printed under your name on plans"
            >
              <input
                id="coachContact"
                value={draft.coachContact}
                onChange={(e) => set('coachContact', e.target.value)}
                {...describedBy('coachContact', errors.coachContact)}
              />
            </Field>
            <div className="row">
              <Field id="massUnit" label="Weights in">
                <select
                  id="massUnit"
                  value={draft.massUnit}
                  onChange={(e) => set('massUnit', e.target.value as 'kg' | 'lb')}
                >
                  <option value="kg">Kilograms (kg)</option>
                  <option value="lb">Pounds (lb)</option>
                </select>
              </Field>
              <Field id="distanceUnit" label="Distances in">
                <select
                  id="distanceUnit"
                  value={draft.distanceUnit}
                  onChange={(e) => set('distanceUnit', e.target.value as 'km' | 'mi')}
                >
                  <option value="km">Kilometres (km)</option>
                  <option value="mi">Miles (mi)</option>
                </select>
              </Field>
              <Field id="paperSize" label="Plan paper">
                <select
                  id="paperSize"
                  value={draft.paperSize}
                  onChange={(e) => set('paperSize', e.target.value as 'A4' | 'Letter')}
                >
                  <option value="A4">A4</option>
                  <option value="Letter">US Letter</option>
                </select>
              </Field>
              <Field id="weekStartsOn" label="Weeks start on">
                <select
                  id="weekStartsOn"
                  value={draft.weekStartsOn}
                  onChange={(e) => set('weekStartsOn', Number(e.target.value))}
                >
                  {weekdayNames.map((d, i) => (
                    <option key={d} value={i}>
                      {d}
                    </option>
                  ))}
                </select>
              </Field>
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
          </form>
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
