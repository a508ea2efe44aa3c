import { useState, type FormEvent } from 'react'
import type { AthleteSummary } from '../../../shared/ipc'
import { MAX_PLAN_WEEKS, PlanInput } from '../../../shared/plan/schema'
import { issuesByField } from '../../../shared/result'
import { zodIssues } from '../../../shared/validate'
import { call } from '../lib/api'
import { formErrors } from '../lib/formErrors'
import { numberOr } from '../lib/numbers'
import { describedBy, Field } from './Field'
import { ErrorMessage } from './Messages'
import { pickerNames } from '../lib/athleteNames'
import { useSettings } from '../lib/settings'

/** An empty plan to fill by hand in the week grid. */
export const PlanNewForm = ({
  athletes,
  startDate,
  onCreated,
  onCancel
}: {
  athletes: AthleteSummary[]
  startDate: string
  onCreated: (id: number) => void
  onCancel: () => void
}) => {
  const [f, setF] = useState({
    athleteId: athletes[0] ? String(athletes[0].id) : '',
    name: 'New plan',
    startDate,
    weeks: '4'
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { settings } = useSettings()
  const names = pickerNames(athletes, settings.massUnit)
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) => setF((prev) => ({ ...prev, [key]: value }))
  // The athlete list may arrive after the dialog opened: until the coach picks one, the first is chosen.
  const athleteId = f.athleteId || (athletes[0] ? String(athletes[0].id) : '')

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = PlanInput.safeParse({
      athleteId: Number(athleteId),
      name: f.name,
      startDate: f.startDate,
      weeks: numberOr(f.weeks, Number.NaN)
    })
    if (!parsed.success) return setErrors(issuesByField(zodIssues(parsed.error)))
    const r = await call('createPlan', parsed.data)
    if (!r.ok) return setErrors(formErrors(r.error))
    onCreated(r.value.plan.id)
  }

  if (athletes.length === 0) return <p className="muted">Add an athlete on the Squad page first.</p>
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorMessage>{errors._form}</ErrorMessage>
      <Field id="np-athlete" label="Athlete" error={errors.athleteId}>
        <select id="np-athlete" value={athleteId} onChange={(e) => set('athleteId', e.target.value)}>
          {athletes.map((a) => (
            <option key={a.id} value={a.id}>
              {names.get(a.id)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="np-name" label="Plan name" error={errors.name}>
        <input
          id="np-name"
          value={f.name}
          onChange={(e) => set('name', e.target.value)}
          {...describedBy('np-name', errors.name)}
        />
      </Field>
      <div className="row">
        <Field id="np-start" label="Start date" error={errors.startDate}>
          <input
            id="np-start"
            type="date"
            value={f.startDate}
            onChange={(e) => set('startDate', e.target.value)}
            {...describedBy('np-start', errors.startDate)}
          />
        </Field>
        <Field id="np-weeks" label={`Weeks (1-${MAX_PLAN_WEEKS})`} error={errors.weeks}>
          <input
            id="np-weeks"
            inputMode="numeric"
            value={f.weeks}
            onChange={(e) => set('weeks', e.target.value)}
            {...describedBy('np-weeks', errors.weeks)}
          />
        </Field>
      </div>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Create plan
        </button>
      </div>
    </form>
  )
}
