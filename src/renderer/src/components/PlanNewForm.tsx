import type { AthleteSummary } from '../../../shared/ipc'
import { MAX_PLAN_WEEKS, PlanInput } from '../../../shared/plan/schema'
import { call } from '../lib/api'
import { Form } from '../lib/form/Form'
import { useForm } from '../lib/form/useForm'
import { numberOr } from '../lib/numbers'
import { DateField } from './DateField'
import { DialogActions } from './DialogActions'
import { AthleteField, TextField } from './FormField'

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
  const { field } = form
  const submit = form.onSubmit(
    (data) => call('createPlan', data),
    (detail) => onCreated(detail.plan.id)
  )

  if (athletes.length === 0) return <p className="muted">Add an athlete on the Squad page first.</p>
  return (
    <Form form={form} onSubmit={submit}>
      <AthleteField
        id="np-athlete"
        athletes={athletes}
        {...field('athleteId')}
        value={form.values.athleteId || String(athletes[0].id)}
      />
      <TextField id="np-name" label="Plan name" {...field('name')} />
      <div className="row">
        <DateField id="np-start" label="Start date" {...field('startDate')} />
        <TextField id="np-weeks" label={`Weeks (1-${MAX_PLAN_WEEKS})`} inputMode="numeric" {...field('weeks')} />
      </div>
      <DialogActions onCancel={onCancel} confirm="Create plan" disabled={form.busy} />
    </Form>
  )
}
