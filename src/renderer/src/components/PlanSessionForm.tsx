import { sessionTypeLabels, type SessionTypeName } from '../../../shared/domain'
import type { PlanDetail } from '../../../shared/contract/plan'
import { PlannedSessionInput, type PlannedSession } from '../../../shared/plan/schema'
import { DEFAULT_TARGET_RPE } from '../../../shared/plan/targetRpe'
import { rewriteWhatToDo } from '../../../shared/plan/whatToDo'
import { distanceToDisplay, massToDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { FormSummary } from '../lib/form/FormSummary'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOr, numberOrNull, toText, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'
import { LiveWarnings } from './LiveWarnings'
import { DateField } from './DateField'
import { SessionTypeSelect } from './SessionTypeSelect'

interface Props {
  planId: number
  /** The session being edited, or the day a new one goes on. */
  session?: PlannedSession
  date: string
  ownedWeightsKg: number[]
  onSaved: (detail: PlanDetail, message: string) => void
  onCancel: () => void
}

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
    message: inUnits({ mass: mu, distance: du })
  })
  const { values: f, set, update, errors } = form
  /** A new weight or minutes: the sentence about the weights in "What to do" follows, the rest stays. */
  const setLoad = (key: 'ankleWeight' | 'weightedMin', value: string) =>
    update(
      (prev) => {
        const next = { ...prev, [key]: value }
        const load = sessionLoadFromText(next, { mass: mu, distance: du })
        const known = [load.durationMin, load.ankleWeightKg, load.weightedMin].every(Number.isFinite)
        return known ? { ...next, description: rewriteWhatToDo(prev.description, { ...load, type: next.type }) } : next
      },
      [key]
    )
  /** The target effort follows the type unless the coach chose one (a hill sprint is not RPE 3). */
  const setType = (type: SessionTypeName) =>
    update(
      (prev) => ({
        ...prev,
        type,
        targetRpe:
          prev.targetRpe === String(DEFAULT_TARGET_RPE[prev.type]) ? String(DEFAULT_TARGET_RPE[type]) : prev.targetRpe
      }),
      ['type', 'targetRpe']
    )

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

  const owned = ownedWeightsKg.map((w) => massToDisplay(w, mu))
  const weighted = numberOr(f.ankleWeight, 0) > 0

  return (
    <form onSubmit={submit} noValidate className="form" ref={form.formRef}>
      <FormSummary text={form.summary} at={form.summaryRef} />
      <div className="row">
        <DateField id="ps-date" label="Date" value={f.date} onChange={(v) => set('date', v)} error={errors.date} />
        <Field id="ps-type" label="Type" error={errors.type}>
          <SessionTypeSelect id="ps-type" value={f.type} onChange={setType} />
        </Field>
        <Field id="ps-rpe" label="Target RPE (1-10)" error={errors.targetRpe}>
          <select
            id="ps-rpe"
            value={f.targetRpe}
            onChange={(e) => set('targetRpe', e.target.value)}
            {...describedBy('ps-rpe', errors.targetRpe)}
          >
            <option value="">None</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="row">
        <Field id="ps-duration" label="Duration (min)" error={errors.durationMin}>
          <input
            id="ps-duration"
            inputMode="decimal"
            value={f.durationMin}
            onChange={(e) => set('durationMin', e.target.value)}
            {...describedBy('ps-duration', errors.durationMin)}
          />
        </Field>
        <Field id="ps-distance" label={`Distance (${du}, optional)`} error={errors.distanceKm}>
          <input
            id="ps-distance"
            inputMode="decimal"
            value={f.distance}
            onChange={(e) => set('distance', e.target.value)}
            {...describedBy('ps-distance', errors.distanceKm)}
          />
        </Field>
      </div>
      <fieldset className={`weights${weighted ? ' on' : ''}`}>
        <legend>Ankle weights</legend>
        <div className="row">
          <Field
            id="ps-weight"
            label={`Weight per ankle (${mu}, 0 = none)`}
            error={errors.ankleWeightKg}
            hint={owned.length ? `Owned: ${owned.join(', ')} ${mu}` : 'The athlete owns no ankle weights'}
          >
            <input
              id="ps-weight"
              inputMode="decimal"
              list="ps-owned"
              value={f.ankleWeight}
              onChange={(e) => setLoad('ankleWeight', e.target.value)}
              {...describedBy('ps-weight', errors.ankleWeightKg)}
            />
          </Field>
          <datalist id="ps-owned">
            {owned.map((w) => (
              <option key={w} value={w} />
            ))}
          </datalist>
          <Field id="ps-wmin" label="Minutes with weights on" error={errors.weightedMin}>
            <input
              id="ps-wmin"
              inputMode="decimal"
              value={f.weightedMin}
              onChange={(e) => setLoad('weightedMin', e.target.value)}
              {...describedBy('ps-wmin', errors.weightedMin)}
            />
          </Field>
        </div>
      </fieldset>
      <Field id="ps-description" label="What to do" error={errors.description}>
        <textarea
          id="ps-description"
          rows={2}
          value={f.description}
          onChange={(e) => set('description', e.target.value)}
          {...describedBy('ps-description', errors.description)}
        />
      </Field>
      <LiveWarnings draft={form.input()} kind="planned" />
      <div className="actions">
        {session && (
          <button type="button" className="danger plan-delete-session" onClick={remove} disabled={form.busy}>
            Delete session
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={form.busy}>
          Save planned session
        </button>
      </div>
    </form>
  )
}
