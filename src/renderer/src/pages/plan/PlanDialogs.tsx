// The plan page's dialogs: a planned session, Copy week, Save as template, details, delete. Saves go
// through call(), which refreshes the plan; `onChanged` gets the result (it may say the plan went back to draft).
import { useState } from 'react'
import { addDays } from '../../../../shared/calendar'
import { planContract, type PlanDetail } from '../../../../shared/contract/plan'
import type { PlannedSession } from '../../../../shared/plan/schema'
import { Dialog } from '../../components/Dialog'
import { DialogActions } from '../../components/DialogActions'
import { SelectField, TextField } from '../../components/FormField'
import { ErrorMessage } from '../../components/Messages'
import { PlanDetailsForm } from '../../components/PlanDetailsForm'
import { PlanSessionForm } from '../../components/PlanSessionForm'
import { call } from '../../lib/api'
import { Form } from '../../lib/form/Form'
import { useForm } from '../../lib/form/useForm'
import { formatDay } from '../../lib/format'
import { navigate } from '../../lib/route'
import { useToast } from '../../lib/toast'

export type Editing =
  | { kind: 'session'; date: string; session?: PlannedSession }
  | { kind: 'copy'; week: number }
  | { kind: 'template' }
  | { kind: 'details' }
  | { kind: 'delete' }
  | null

interface Props {
  detail: PlanDetail
  editing: Editing
  close: () => void
  /** A change saved: its result and what to tell the coach. */
  onChanged: (d: PlanDetail | null, notice: string) => void
}

export const PlanDialogs = ({ detail, editing, close, onChanged }: Props) => {
  const { plan } = detail
  switch (editing?.kind) {
    case 'session':
      return (
        <Dialog
          title={
            editing.session
              ? `Edit planned session of ${formatDay(editing.session.date)}`
              : `Add a session on ${formatDay(editing.date)}`
          }
          onClose={close}
          wide
        >
          <PlanSessionForm
            planId={plan.id}
            session={editing.session}
            date={editing.date}
            ownedWeightsKg={detail.athlete.ownedWeightsKg}
            onCancel={close}
            onSaved={(d, message) => {
              close()
              onChanged(d, message)
            }}
          />
        </Dialog>
      )
    case 'copy':
      return <CopyWeekDialog detail={detail} week={editing.week} close={close} onChanged={onChanged} />
    case 'template':
      return <SaveTemplateDialog detail={detail} close={close} onChanged={onChanged} />
    case 'details':
      return (
        <Dialog title={`Edit ${plan.name}`} onClose={close}>
          <PlanDetailsForm
            plan={plan}
            onCancel={close}
            onSaved={(d) => {
              close()
              onChanged(d, 'Saved the plan details.')
            }}
          />
        </Dialog>
      )
    case 'delete':
      return <DeletePlanDialog detail={detail} close={close} />
    default:
      return null
  }
}

interface DialogProps {
  detail: PlanDetail
  close: () => void
  onChanged: Props['onChanged']
}

/** Every week but the one copied, with the day it starts. */
const targets = (weekStarts: string[], week: number) =>
  weekStarts.flatMap((start, i) =>
    i + 1 === week ? [] : [{ value: String(i + 1), label: `Week ${i + 1} (from ${formatDay(start, false)})` }]
  )

const plural = (n: number) => `${n} session${n === 1 ? '' : 's'}`

/** The week after (or, for the last week, before) is the first choice. */
const defaultTarget = (week: number, weeks: number) =>
  String(Math.min(weeks, week + 1) === week ? Math.max(1, week - 1) : Math.min(weeks, week + 1))

const CopyWeekDialog = ({ detail, week, close, onChanged }: DialogProps & { week: number }) => {
  const [copyTo, setCopyTo] = useState(() => defaultTarget(week, detail.plan.weeks))
  const [copyMode, setCopyMode] = useState<'replace' | 'add'>('replace')
  const [error, setError] = useState<string | null>(null)

  const copyWeek = async () => {
    const from = detail.weekStarts[Number(copyTo) - 1]
    const held = detail.sessions.filter((s) => s.date >= from && s.date <= addDays(from, 6)).length
    const r = await call('copyPlanWeek', {
      planId: detail.plan.id,
      fromWeek: week,
      toWeek: Number(copyTo),
      mode: copyMode
    })
    if (!r.ok) return setError(r.error.issues?.[0]?.message ?? r.error.message)
    close()
    onChanged(
      r.value,
      `Copied week ${week} into week ${copyTo}${held === 0 ? '' : copyMode === 'replace' ? `, in place of its ${plural(held)}` : `, next to its ${plural(held)}`}.`
    )
  }

  return (
    <Dialog title={`Copy week ${week}`} onClose={close}>
      <div className="form">
        <ErrorMessage>{error}</ErrorMessage>
        <SelectField
          id="copy-to"
          label="Copy its sessions into week"
          options={targets(detail.weekStarts, week)}
          value={copyTo}
          onChange={setCopyTo}
        />
        <fieldset className="field">
          <legend>What that week already holds</legend>
          <label className="inline">
            <input
              type="radio"
              name="copy-mode"
              checked={copyMode === 'replace'}
              onChange={() => setCopyMode('replace')}
            />{' '}
            Replace it with the copies
          </label>
          <label className="inline">
            <input type="radio" name="copy-mode" checked={copyMode === 'add'} onChange={() => setCopyMode('add')} />{' '}
            Keep it and add the copies (days may get two runs)
          </label>
        </fieldset>
        <DialogActions onCancel={close} confirm="Copy week" onConfirm={copyWeek} />
      </div>
    </Dialog>
  )
}

const SaveTemplateDialog = ({ detail, close, onChanged }: DialogProps) => {
  const form = useForm({
    initial: { name: detail.plan.name },
    schema: planContract.savePlanTemplate.input,
    toInput: (f) => ({ planId: detail.plan.id, name: f.name }),
    fields: ['name']
  })
  const submit = form.onSubmit(
    (data) => call('savePlanTemplate', data),
    (template) => {
      close()
      onChanged(
        null,
        `Saved the template "${template.name}" (${template.sessionCount} sessions). Apply it to another athlete from the Plans page.`
      )
    }
  )

  return (
    <Dialog title="Save as a template" onClose={close}>
      <Form form={form} onSubmit={submit}>
        <TextField
          id="template-name"
          label="Template name"
          hint="Applied to another athlete, the weights scale with body mass and are rounded down to the weights that athlete owns."
          {...form.field('name')}
        />
        <DialogActions onCancel={close} confirm="Save template" disabled={form.busy} />
      </Form>
    </Dialog>
  )
}

const DeletePlanDialog = ({ detail, close }: Omit<DialogProps, 'onChanged'>) => {
  const { showUndo } = useToast()
  const [error, setError] = useState<string | null>(null)
  const { plan, athlete } = detail

  const deletePlan = async () => {
    const r = await call('deletePlan', { id: plan.id })
    if (!r.ok) return setError(r.error.message)
    showUndo({
      message: `Deleted the plan "${plan.name}".`,
      token: r.value.undoToken,
      onUndone: () => navigate({ page: 'plan', id: plan.id })
    })
    navigate({ page: 'plans' })
  }

  return (
    <Dialog title={`Delete ${plan.name}?`} onClose={close}>
      <p>
        The plan and its {plan.sessionCount} planned sessions go; {athlete.name}'s logged sessions stay.
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <DialogActions onCancel={close} cancel="Keep it" confirm="Delete plan" onConfirm={deletePlan} danger />
    </Dialog>
  )
}
