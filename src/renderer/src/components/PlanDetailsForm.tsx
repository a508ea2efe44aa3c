import type { PlanDetail } from '../../../shared/contract/plan'
import { MAX_PLAN_WEEKS, PlanFields } from '../../../shared/plan/schema'
import { call } from '../lib/api'
import { Form } from '../lib/form/Form'
import { useForm } from '../lib/form/useForm'
import { numberOr, toText } from '../lib/numbers'
import { DateField } from './DateField'
import { DialogActions } from './DialogActions'
import { TextAreaField, TextField } from './FormField'
import { useText } from '../lib/useText'

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
  const write = useText()
  const form = useForm({
    initial: {
      name: plan.name,
      startDate: plan.startDate,
      weeks: toText(plan.weeks),
      goal: plan.goal,
      // The generator's notes name weights, distances and days as tokens: edited as the coach reads them.
      notes: write(plan.notes)
    },
    schema: PlanFields,
    toInput: (f) => ({ ...f, weeks: numberOr(f.weeks, Number.NaN) })
  })
  const { field } = form
  const submit = form.onSubmit((data) => call('updatePlan', { id: plan.id, ...data }), onSaved)

  return (
    <Form form={form} onSubmit={submit}>
      <TextField id="pd-name" label="Plan name" {...field('name')} />
      <div className="row">
        <DateField id="pd-start" label="Start date" {...field('startDate')} />
        <TextField id="pd-weeks" label={`Weeks (1-${MAX_PLAN_WEEKS})`} inputMode="numeric" {...field('weeks')} />
      </div>
      <TextField id="pd-goal" label="Goal (optional)" {...field('goal')} />
      <TextAreaField id="pd-notes" label="Notes for the athlete (printed on the cover)" rows={3} {...field('notes')} />
      <DialogActions onCancel={onCancel} confirm="Save details" disabled={form.busy} />
    </Form>
  )
}
