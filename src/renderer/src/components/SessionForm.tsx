import { type ReactNode } from 'react'
import { SessionInput, type Athlete, type Session, type SessionTypeName } from '../../../shared/domain'
import { distanceToDisplay, massToDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { todayIso } from '../lib/format'
import { FormSummary } from '../lib/form/FormSummary'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOr, numberOrNull, toText, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { DateField } from './DateField'
import { describedBy, Field } from './Field'
import { SessionTypeSelect } from './SessionTypeSelect'

interface Props {
  athlete: Athlete
  session?: Session
  onSaved: (s: Session) => void
  onCancel: () => void
  /** Extra content under the fields (live warnings). */
  below?: (draft: unknown) => ReactNode
}

const scale = Array.from({ length: 11 }, (_, i) => i)
/** Fields this form shows an error under. */
const formFields = [
  'date',
  'startTime',
  'type',
  'durationMin',
  'distanceKm',
  'rpe',
  'ankleWeightKg',
  'weightedMin',
  'pain',
  'painNextMorning',
  'painLocation',
  'notes'
] as const

export const SessionForm = ({ athlete, session, onSaved, onCancel, below }: Props) => {
  const { settings } = useSettings()
  const mu = settings.massUnit
  const du = settings.distanceUnit
  const form = useForm({
    initial: {
      date: session?.date ?? todayIso(),
      startTime: session?.startTime ?? '',
      type: (session?.type ?? 'easy') as SessionTypeName,
      durationMin: toText(session?.durationMin),
      distance: session?.distanceKm == null ? '' : toText(distanceToDisplay(session.distanceKm, du)),
      ankleWeight: session ? toText(massToDisplay(session.ankleWeightKg, mu)) : '0',
      weightedMin: toText(session?.weightedMin ?? 0),
      rpe: toText(session?.rpe),
      // Empty until the coach enters it: an invented 0 would count as "settled" and could end a pain stop.
      pain: toText(session?.pain),
      painNextMorning: toText(session?.painNextMorning),
      painLocation: session?.painLocation ?? '',
      formBreakdown: session?.formBreakdown ?? false,
      notes: session?.notes ?? ''
    },
    schema: SessionInput,
    toInput: (f) => ({
      athleteId: athlete.id,
      date: f.date,
      startTime: f.startTime === '' ? null : f.startTime,
      type: f.type,
      ...sessionLoadFromText(f, { mass: mu, distance: du }),
      rpe: numberOrNull(f.rpe),
      pain: numberOrNull(f.pain),
      painNextMorning: numberOrNull(f.painNextMorning),
      painLocation: f.painLocation,
      formBreakdown: f.formBreakdown,
      notes: f.notes,
      source: session?.source ?? 'manual',
      externalId: session?.externalId ?? null
    }),
    errorKeys: { distance: 'distanceKm', ankleWeight: 'ankleWeightKg' },
    fields: formFields,
    message: inUnits({ mass: mu, distance: du })
  })
  const { values: f, set, errors } = form
  const submit = form.onSubmit(
    (data) => (session ? call('updateSession', { ...data, id: session.id }) : call('createSession', data)),
    onSaved
  )

  const weighted = numberOr(f.ankleWeight, 0) > 0
  const owned = athlete.ownedWeightsKg.map((w) => massToDisplay(w, mu))

  return (
    <form onSubmit={submit} noValidate className="form session-form" ref={form.formRef}>
      <FormSummary text={form.summary} at={form.summaryRef} />
      <div className="row">
        <DateField id="date" label="Date" value={f.date} onChange={(v) => set('date', v)} error={errors.date} />
        <Field id="startTime" label="Start time (optional)" error={errors.startTime}>
          <input
            id="startTime"
            type="time"
            value={f.startTime}
            onChange={(e) => set('startTime', e.target.value)}
            {...describedBy('startTime', errors.startTime)}
          />
        </Field>
        <Field id="type" label="Type" error={errors.type}>
          <SessionTypeSelect id="type" value={f.type} onChange={(t) => set('type', t)} />
        </Field>
      </div>
      <div className="row">
        <Field id="durationMin" label="Duration (min)" error={errors.durationMin}>
          <input
            id="durationMin"
            inputMode="decimal"
            value={f.durationMin}
            onChange={(e) => set('durationMin', e.target.value)}
            {...describedBy('durationMin', errors.durationMin)}
          />
        </Field>
        <Field id="distanceKm" label={`Distance (${du}, optional)`} error={errors.distanceKm}>
          <input
            id="distanceKm"
            inputMode="decimal"
            value={f.distance}
            onChange={(e) => set('distance', e.target.value)}
            {...describedBy('distanceKm', errors.distanceKm)}
          />
        </Field>
        <Field id="rpe" label="RPE (1-10)" error={errors.rpe} hint="Blank counts as 5 in load">
          <select
            id="rpe"
            value={f.rpe}
            onChange={(e) => set('rpe', e.target.value)}
            {...describedBy('rpe', errors.rpe)}
          >
            <option value="">Not logged</option>
            {scale.slice(1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className={`weights${weighted ? ' on' : ''}`}>
        <legend>Ankle weights</legend>
        <div className="row">
          <Field
            id="ankleWeightKg"
            label={`Weight per ankle (${mu}, 0 = none)`}
            error={errors.ankleWeightKg}
            hint={owned.length ? `Owned: ${owned.join(', ')} ${mu}` : undefined}
          >
            <input
              id="ankleWeightKg"
              inputMode="decimal"
              list="owned-weights"
              value={f.ankleWeight}
              onChange={(e) => set('ankleWeight', e.target.value)}
              {...describedBy('ankleWeightKg', errors.ankleWeightKg)}
            />
          </Field>
          <datalist id="owned-weights">
            {owned.map((w) => (
              <option key={w} value={w} />
            ))}
          </datalist>
          <Field id="weightedMin" label="Minutes with weights on" error={errors.weightedMin}>
            <input
              id="weightedMin"
              inputMode="decimal"
              value={f.weightedMin}
              onChange={(e) => set('weightedMin', e.target.value)}
              {...describedBy('weightedMin', errors.weightedMin)}
            />
          </Field>
          <div className="field checkbox">
            <label>
              <input
                type="checkbox"
                checked={f.formBreakdown}
                onChange={(e) => set('formBreakdown', e.target.checked)}
              />{' '}
              Form broke down
            </label>
          </div>
        </div>
      </fieldset>
      <div className="row">
        <Field id="pain" label="Pain during (0-10)" error={errors.pain}>
          <select
            id="pain"
            value={f.pain}
            onChange={(e) => set('pain', e.target.value)}
            {...describedBy('pain', errors.pain)}
          >
            <option value="">Not logged</option>
            {scale.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field id="painNextMorning" label="Pain next morning" error={errors.painNextMorning}>
          <select
            id="painNextMorning"
            value={f.painNextMorning}
            onChange={(e) => set('painNextMorning', e.target.value)}
            {...describedBy('painNextMorning', errors.painNextMorning)}
          >
            <option value="">Not logged</option>
            {scale.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field id="painLocation" label="Pain location" error={errors.painLocation}>
          <input
            id="painLocation"
            value={f.painLocation}
            onChange={(e) => set('painLocation', e.target.value)}
            {...describedBy('painLocation', errors.painLocation)}
            placeholder="e.g. left Achilles"
          />
        </Field>
      </div>
      <Field id="notes" label="Notes" error={errors.notes}>
        <textarea
          id="notes"
          rows={2}
          value={f.notes}
          onChange={(e) => set('notes', e.target.value)}
          {...describedBy('notes', errors.notes)}
        />
      </Field>
      {below?.(form.input())}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={form.busy}>
          {session ? 'Save changes' : 'Save session'}
        </button>
      </div>
    </form>
  )
}
