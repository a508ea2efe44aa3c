import { type ReactNode } from 'react'
import { SessionInput, type Athlete, type Session, type SessionTypeName } from '../../../shared/domain'
import { distanceToDisplay, massToDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { todayIso } from '../lib/format'
import { Form } from '../lib/form/Form'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOrNull, toText, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { DialogActions } from './DialogActions'
import { scaleChoices, SelectField, TextAreaField, TextField } from './FormField'
import { SessionFields } from './SessionFields'
import { TimeField } from './TimeField'

interface Props {
  athlete: Athlete
  session?: Session
  onSaved: (s: Session) => void
  onCancel: () => void
  /** Extra content under the fields (live warnings). */
  below?: (draft: unknown) => ReactNode
}

const rpe = scaleChoices(1, 10, 'Not logged')
const pain = scaleChoices(0, 10, 'Not logged')
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
  const { values: f, set } = form
  const submit = form.onSubmit(
    (data) => (session ? call('updateSession', { ...data, id: session.id }) : call('createSession', data)),
    onSaved
  )

  return (
    <Form form={form} onSubmit={submit} className="form session-form">
      <SessionFields
        idPrefix=""
        form={form}
        ownedWeightsKg={athlete.ownedWeightsKg}
        time={<TimeField id="startTime" label="Start time (optional)" {...form.field('startTime')} />}
        effort={
          <SelectField
            id="rpe"
            label="RPE (1-10)"
            hint="Blank counts as 5 in load"
            options={rpe}
            {...form.field('rpe')}
          />
        }
        weightsExtra={
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
        }
      />
      <div className="row">
        <SelectField id="pain" label="Pain during (0-10)" options={pain} {...form.field('pain')} />
        <SelectField id="painNextMorning" label="Pain next morning" options={pain} {...form.field('painNextMorning')} />
        <TextField
          id="painLocation"
          label="Pain location"
          placeholder="e.g. left Achilles"
          {...form.field('painLocation')}
        />
      </div>
      <TextAreaField id="notes" label="Notes" {...form.field('notes')} />
      {below?.(form.input())}
      <DialogActions onCancel={onCancel} confirm={session ? 'Save changes' : 'Save session'} disabled={form.busy} />
    </Form>
  )
}
