import { useState, type FormEvent, type ReactNode } from 'react'
import {
  SessionInput,
  sessionTypeLabels,
  sessionTypes,
  type Athlete,
  type Session,
  type SessionTypeName
} from '../../../shared/domain'
import { issuesByField } from '../../../shared/result'
import { distanceToDisplay, massToDisplay } from '../../../shared/units'
import { zodIssues } from '../../../shared/validate'
import { call } from '../lib/api'
import { todayIso } from '../lib/format'
import { numberOr, numberOrNull, toText, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'
import { ErrorMessage } from './Messages'

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
const formFields = new Set([
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
])

export const SessionForm = ({ athlete, session, onSaved, onCancel, below }: Props) => {
  const { settings } = useSettings()
  const mu = settings.massUnit
  const du = settings.distanceUnit
  const [f, setF] = useState({
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
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) => setF((prev) => ({ ...prev, [key]: value }))

  const toDraft = () => {
    return {
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
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    // The same schema main enforces, so the message appears next to the field at once.
    const parsed = SessionInput.safeParse(toDraft())
    if (!parsed.success) {
      setErrors(issuesByField(zodIssues(parsed.error)))
      return
    }
    setErrors({})
    setSaving(true)
    const result = session
      ? await call('updateSession', { ...parsed.data, id: session.id })
      : await call('createSession', parsed.data)
    setSaving(false)
    if (!result.ok) {
      const byField = issuesByField(result.error.issues)
      // A message that belongs to a field is shown under it; the banner only for the rest.
      const allShown = Object.keys(byField).length > 0 && Object.keys(byField).every((k) => formFields.has(k))
      setErrors(allShown ? byField : { _form: result.error.message, ...byField })
      return
    }
    onSaved(result.value)
  }

  const weighted = numberOr(f.ankleWeight, 0) > 0
  const owned = athlete.ownedWeightsKg.map((w) => massToDisplay(w, mu))

  return (
    <form onSubmit={submit} noValidate className="form session-form">
      <ErrorMessage>{errors._form}</ErrorMessage>
      <div className="row">
        <Field id="date" label="Date" error={errors.date}>
          <input
            id="date"
            type="date"
            value={f.date}
            onChange={(e) => set('date', e.target.value)}
            {...describedBy('date', errors.date)}
          />
        </Field>
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
          <select id="type" value={f.type} onChange={(e) => set('type', e.target.value as SessionTypeName)}>
            {sessionTypes.map((t) => (
              <option key={t} value={t}>
                {sessionTypeLabels[t]}
              </option>
            ))}
          </select>
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
          <select id="rpe" value={f.rpe} onChange={(e) => set('rpe', e.target.value)}>
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
          <select id="pain" value={f.pain} onChange={(e) => set('pain', e.target.value)}>
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
            placeholder="e.g. left Achilles"
          />
        </Field>
      </div>
      <Field id="notes" label="Notes" error={errors.notes}>
        <textarea id="notes" rows={2} value={f.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      {below?.(toDraft())}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {session ? 'Save changes' : 'Save session'}
        </button>
      </div>
    </form>
  )
}
