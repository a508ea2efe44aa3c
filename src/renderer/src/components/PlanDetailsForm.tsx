import type { PlanDetail } from '../../../shared/contract/plan'
import { MAX_PLAN_WEEKS, PlanFields } from '../../../shared/plan/schema'
import { call } from '../lib/api'
import { FormSummary } from '../lib/form/FormSummary'
import { useForm } from '../lib/form/useForm'
import { numberOr, toText } from '../lib/numbers'
import { describedBy, Field } from './Field'
import { DateField } from './DateField'

/** Name, start, length, goal and the notes printed on the PDF cover. */
export const PlanDetailsForm = ({
  plan,
  onSaved,
  onCancel
}: {
  plan: PlanDetail['plan']
  onSaved: (d: PlanDetail) => void
  onCancel: () => void
}) => {
  const form = useForm({
    initial: {
      name: plan.name,
      startDate: plan.startDate,
      weeks: toText(plan.weeks),
      goal: plan.goal,
      notes: plan.notes
    },
    schema: PlanFields,
    toInput: (f) => ({ ...f, weeks: numberOr(f.weeks, Number.NaN) })
  })
  const { values: f, set, errors } = form
  const submit = form.onSubmit((data) => call('updatePlan', { id: plan.id, ...data }), onSaved)

  return (
    <form onSubmit={submit} noValidate className="form" ref={form.formRef}>
      <FormSummary text={form.summary} at={form.summaryRef} />
      <Field id="pd-name" label="Plan name" error={errors.name}>
        <input
          id="pd-name"
          value={f.name}
          onChange={(e) => set('name', e.target.value)}
          {...describedBy('pd-name', errors.name)}
        />
      </Field>
      <div className="row">
        <DateField
          id="pd-start"
          label="Start date"
          value={f.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.startDate}
        />
        <Field id="pd-weeks" label={`Weeks (1-${MAX_PLAN_WEEKS})`} error={errors.weeks}>
          <input
            id="pd-weeks"
            inputMode="numeric"
            value={f.weeks}
            onChange={(e) => set('weeks', e.target.value)}
            {...describedBy('pd-weeks', errors.weeks)}
          />
        </Field>
      </div>
      <Field id="pd-goal" label="Goal (optional)" error={errors.goal}>
        <input
          id="pd-goal"
          value={f.goal}
          onChange={(e) => set('goal', e.target.value)}
          {...describedBy('pd-goal', errors.goal)}
        />
      </Field>
      <Field id="pd-notes" label="Notes for the athlete (printed on the cover)" error={errors.notes}>
        <textarea
          id="pd-notes"
          rows={3}
          value={f.notes}
          onChange={(e) => set('notes', e.target.value)}
          {...describedBy('pd-notes', errors.notes)}
        />
      </Field>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={form.busy}>
          Save details
        </button>
      </div>
    </form>
  )
}
