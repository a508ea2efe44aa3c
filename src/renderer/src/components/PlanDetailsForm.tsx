import { useState, type FormEvent } from 'react'
import type { PlanDetail } from '../../../shared/contract/plan'
import { MAX_PLAN_WEEKS, PlanFields } from '../../../shared/plan/schema'
import { issuesByField } from '../../../shared/result'
import { zodIssues } from '../../../shared/validate'
import { call } from '../lib/api'
import { formErrors } from '../lib/formErrors'
import { numberOr, toText } from '../lib/numbers'
import { describedBy, Field } from './Field'
import { ErrorMessage } from './Messages'

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
  const [f, setF] = useState({
    name: plan.name,
    startDate: plan.startDate,
    weeks: toText(plan.weeks),
    goal: plan.goal,
    notes: plan.notes
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) => setF((prev) => ({ ...prev, [key]: value }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = PlanFields.safeParse({ ...f, weeks: numberOr(f.weeks, Number.NaN) })
    if (!parsed.success) return setErrors(issuesByField(zodIssues(parsed.error)))
    const r = await call('updatePlan', { id: plan.id, ...parsed.data })
    if (!r.ok) return setErrors(formErrors(r.error))
    onSaved(r.value)
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorMessage>{errors._form}</ErrorMessage>
      <Field id="pd-name" label="Plan name" error={errors.name}>
        <input
          id="pd-name"
          value={f.name}
          onChange={(e) => set('name', e.target.value)}
          {...describedBy('pd-name', errors.name)}
        />
      </Field>
      <div className="row">
        <Field id="pd-start" label="Start date" error={errors.startDate}>
          <input
            id="pd-start"
            type="date"
            value={f.startDate}
            onChange={(e) => set('startDate', e.target.value)}
            {...describedBy('pd-start', errors.startDate)}
          />
        </Field>
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
        <button type="submit" className="primary">
          Save details
        </button>
      </div>
    </form>
  )
}
