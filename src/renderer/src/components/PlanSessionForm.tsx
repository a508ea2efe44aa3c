import { sessionTypeLabels, type SessionTypeName } from '../../../shared/domain'
import type { PlanDetail } from '../../../shared/contract/plan'
import { PlannedSessionInput, type PlannedSession } from '../../../shared/plan/schema'
import { DEFAULT_TARGET_RPE } from '../../../shared/plan/targetRpe'
import { rewriteWhatToDo } from '../../../shared/plan/whatToDo'
import { distanceToDisplay, massToDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { Form } from '../lib/form/Form'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOrNull, toText, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { DialogActions } from './DialogActions'
import { scaleChoices, SelectField, TextAreaField } from './FormField'
import { LiveWarnings } from './LiveWarnings'
import { SessionFields } from './SessionFields'

interface Props {
  planId: number
  /** The session being edited, or the day a new one goes on. */
  session?: PlannedSession
  date: string
  ownedWeightsKg: number[]
  onSaved: (detail: PlanDetail, message: string) => void
  onCancel: () => void
}

const targetRpe = scaleChoices(1, 10, 'None')

/** Add, edit, move (change the date) or delete one planned session. */
export const PlanSessionForm = ({ planId, session, date, ownedWeightsKg, onSaved, onCancel }: Props) => {
  const { settings } = useSettings()
  const mu = settings.massUnit
  const du = settings.distanceUnit
  const form = useForm({
    initial: {
      date: session?.date ?? date,
      type: (session?.type ?? 'easy') as SessionTypeName,
      durationMin: toText(session?.durationMin ?? 40),
      distance: session?.distanceKm == null ? '' : toText(distanceToDisplay(session.distanceKm, du)),
      ankleWeight: toText(massToDisplay(session?.ankleWeightKg ?? 0, mu)),
      weightedMin: toText(session?.weightedMin ?? 0),
      targetRpe: toText(session?.targetRpe ?? DEFAULT_TARGET_RPE[session?.type ?? 'easy']),
      description: session?.description ?? ''
    },
    schema: PlannedSessionInput,
    toInput: (f) => ({
      planId,
      id: session?.id,
      date: f.date,
      type: f.type,
      ...sessionLoadFromText(f, { mass: mu, distance: du }),
      targetRpe: numberOrNull(f.targetRpe),
      description: f.description
    }),
    errorKeys: { distance: 'distanceKm', ankleWeight: 'ankleWeightKg' },
    message: inUnits({ mass: mu, distance: du }),
    follow: (next, prev, changed) => {
      // The target effort follows the type unless the coach chose one (a hill sprint is not RPE 3).
      if (changed === 'type')
        return prev.targetRpe === String(DEFAULT_TARGET_RPE[prev.type])
          ? { ...next, targetRpe: String(DEFAULT_TARGET_RPE[next.type]) }
          : next
      if (changed !== 'ankleWeight' && changed !== 'weightedMin') return next
      // A new weight or minutes: the sentence about the weights in "What to do" follows, the rest stays.
      const load = sessionLoadFromText(next, { mass: mu, distance: du })
      const known = [load.durationMin, load.ankleWeightKg, load.weightedMin].every(Number.isFinite)
      return known ? { ...next, description: rewriteWhatToDo(prev.description, { ...load, type: next.type }) } : next
    }
  })
  const submit = form.onSubmit(
    (data) => call('savePlannedSession', data),
    (detail, data) =>
      onSaved(detail, `Saved the ${sessionTypeLabels[data.type].toLowerCase()} of ${formatDay(data.date)}.`)
  )

  const remove = async () => {
    if (!session) return
    form.setBusy(true)
    const r = await call('deletePlannedSession', { id: session.id })
    form.setBusy(false)
    if (!r.ok) return form.fail(r.error.message)
    onSaved(r.value, `Deleted the ${sessionTypeLabels[session.type].toLowerCase()} of ${formatDay(session.date)}.`)
  }

  return (
    <Form form={form} onSubmit={submit}>
      <SessionFields
        idPrefix="ps-"
        form={form}
        ownedWeightsKg={ownedWeightsKg}
        noWeightsHint="The athlete owns no ankle weights"
        effort={<SelectField id="ps-rpe" label="Target RPE (1-10)" options={targetRpe} {...form.field('targetRpe')} />}
      />
      <TextAreaField id="ps-description" label="What to do" {...form.field('description')} />
      <LiveWarnings draft={form.input()} kind="planned" />
      <DialogActions onCancel={onCancel} confirm="Save planned session" disabled={form.busy}>
        {session && (
          <button type="button" className="danger plan-delete-session" onClick={remove} disabled={form.busy}>
            Delete session
          </button>
        )}
      </DialogActions>
    </Form>
  )
}
