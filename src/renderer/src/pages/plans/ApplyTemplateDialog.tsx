// Apply a saved template to an athlete: a new draft plan, weights scaled to that athlete.
import { planContract } from '../../../../shared/contract/plan'
import type { AthleteSummary } from '../../../../shared/ipc'
import type { PlanTemplate } from '../../../../shared/plan/schema'
import { DateField } from '../../components/DateField'
import { Dialog } from '../../components/Dialog'
import { DialogActions } from '../../components/DialogActions'
import { AthleteField, TextField } from '../../components/FormField'
import { call } from '../../lib/api'
import { Form } from '../../lib/form/Form'
import { useForm } from '../../lib/form/useForm'
import { navigate } from '../../lib/route'

interface Props {
  template: PlanTemplate
  athletes: AthleteSummary[]
  startDate: string
  onClose: () => void
}

export const ApplyTemplateDialog = ({ template, athletes, startDate, onClose }: Props) => {
  const form = useForm({
    initial: { athleteId: athletes[0] ? String(athletes[0].id) : '', startDate, name: template.name },
    schema: planContract.applyPlanTemplate.input,
    toInput: (f) => ({ ...f, templateId: template.id, athleteId: Number(f.athleteId) }),
    fields: ['athleteId', 'startDate', 'name']
  })
  const { field } = form
  const submit = form.onSubmit(
    (data) => call('applyPlanTemplate', data),
    (detail) => navigate({ page: 'plan', id: detail.plan.id })
  )

  return (
    <Dialog title={`Apply "${template.name}"`} onClose={onClose}>
      <Form form={form} onSubmit={submit}>
        <AthleteField id="apply-athlete" athletes={athletes} {...field('athleteId')} />
        <DateField id="apply-start" label="Start date" {...field('startDate')} />
        <TextField id="apply-name" label="Plan name" {...field('name')} />
        <p className="hint">
          Weights scale with body mass and are rounded down to the weights this athlete owns; check the warnings before
          publishing.
        </p>
        <DialogActions onCancel={onClose} confirm="Apply template" disabled={form.busy} />
      </Form>
    </Dialog>
  )
}
