import type { AthleteSummary } from '../../../shared/ipc'
import { MAX_PLAN_WEEKS, PlanInput } from '../../../shared/plan/schema'
import { call } from '../lib/api'
import { FormSummary } from '../lib/form/FormSummary'
import { useForm } from '../lib/form/useForm'
import { numberOr } from '../lib/numbers'
import { describedBy, Field } from './Field'
import { DateField } from './DateField'
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
  const { settings } = useSettings()
  const names = pickerNames(athletes, settings.massUnit)
  const form = useForm({
    // '' until the coach picks one: the first athlete is chosen (the list may arrive after the dialog opened).
    initial: { athleteId: '', name: 'New plan', startDate, weeks: '4' },
    schema: PlanInput,
    toInput: (f) => ({
      athleteId: Number(f.athleteId || athletes[0]?.id),
      name: f.name,
      startDate: f.startDate,
      weeks: numberOr(f.weeks, Number.NaN)
    })
  })
  const { values: f, set, errors } = form
  const athleteId = f.athleteId || (athletes[0] ? String(athletes[0].id) : '')
  const submit = form.onSubmit(
    (data) => call('createPlan', data),
    (detail) => onCreated(detail.plan.id)
  )

  if (athletes.length === 0) return <p className="muted">Add an athlete on the Squad page first.</p>
  return (
    <form onSubmit={submit} noValidate className="form" ref={form.formRef}>
      <FormSummary text={form.summary} at={form.summaryRef} />
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
        <DateField
          id="np-start"
          label="Start date"
          value={f.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.startDate}
        />
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
        <button type="submit" className="primary" disabled={form.busy}>
          Create plan
        </button>
      </div>
    </form>
  )
}
