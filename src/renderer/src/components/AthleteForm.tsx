import { AthleteInput, levelLabels, levels, type Athlete, type Level } from '../../../shared/domain'
import { massFromDisplay, massToDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { FormSummary } from '../lib/form/FormSummary'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOrNull, toText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'

interface Props {
  athlete?: Athlete
  onSaved: (a: Athlete) => void
  onCancel: () => void
}

/** This computer's zone: a new athlete's default (main falls back to the same). */
const computerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** Every IANA zone this browser knows, with the current choice kept even if the list lacks it. */
const zoneOptions = (current: string): string[] => {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return all.includes(current) ? all : [current, ...all]
}

/** The text of "0.5, 1" as numbers (NaN where a part is not one, so the schema names it). */
const weightList = (text: string) =>
  text
    .split(/[;,\s]+/)
    .filter((w) => w.trim() !== '')
    .map((w) => Number(w.replace(',', '.')))

export const AthleteForm = ({ athlete, onSaved, onCancel }: Props) => {
  const { settings } = useSettings()
  const unit = settings.massUnit
  const kg = (n: number) => (Number.isNaN(n) ? n : massFromDisplay(n, unit))
  const form = useForm({
    initial: {
      name: athlete?.name ?? '',
      bodyMass: athlete?.bodyMassKg == null ? '' : toText(massToDisplay(athlete.bodyMassKg, unit)),
      level: athlete?.level ?? ('novice' as Level),
      weights: (athlete?.ownedWeightsKg ?? []).map((w) => massToDisplay(w, unit)).join(', '),
      notes: athlete?.notes ?? '',
      timeZone: athlete?.timeZone ?? computerZone()
    },
    schema: AthleteInput,
    toInput: (f) => {
      const mass = numberOrNull(f.bodyMass)
      return {
        name: f.name,
        bodyMassKg: mass === null ? null : kg(mass),
        level: f.level,
        ownedWeightsKg: weightList(f.weights).map(kg),
        notes: f.notes,
        timeZone: f.timeZone
      }
    },
    errorKeys: { bodyMass: 'bodyMassKg', weights: 'ownedWeightsKg' },
    message: inUnits({ mass: unit, distance: settings.distanceUnit })
  })
  const { values, set, errors } = form
  const submit = form.onSubmit(
    (data) => (athlete ? call('updateAthlete', { ...data, id: athlete.id }) : call('createAthlete', data)),
    onSaved
  )

  return (
    <form onSubmit={submit} noValidate className="form" ref={form.formRef}>
      <FormSummary text={form.summary} at={form.summaryRef} />
      <Field id="name" label="Name" error={errors.name}>
        <input
          id="name"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          autoComplete="off"
          {...describedBy('name', errors.name)}
        />
      </Field>
      <div className="row">
        <Field
          id="bodyMassKg"
          label={`Body mass (${unit})`}
          error={errors.bodyMassKg}
          hint="Needed to judge ankle weight as % of body mass"
        >
          <input
            id="bodyMassKg"
            inputMode="decimal"
            value={values.bodyMass}
            onChange={(e) => set('bodyMass', e.target.value)}
            {...describedBy('bodyMassKg', errors.bodyMassKg)}
          />
        </Field>
        <Field id="level" label="Level" error={errors.level}>
          <select id="level" value={values.level} onChange={(e) => set('level', e.target.value as Level)}>
            {levels.map((l) => (
              <option key={l} value={l}>
                {levelLabels[l]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        id="timeZone"
        label="Time zone"
        error={errors.timeZone}
        hint="Imported files put each session on this athlete's local day and clock time"
      >
        <select
          id="timeZone"
          value={values.timeZone}
          onChange={(e) => set('timeZone', e.target.value)}
          {...describedBy('timeZone', errors.timeZone)}
        >
          {zoneOptions(values.timeZone).map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="ownedWeightsKg"
        label={`Ankle weights owned (${unit} per ankle)`}
        error={errors.ownedWeightsKg}
        hint="Separate with commas, e.g. 0.5, 1"
      >
        <input
          id="ownedWeightsKg"
          value={values.weights}
          onChange={(e) => set('weights', e.target.value)}
          {...describedBy('ownedWeightsKg', errors.ownedWeightsKg)}
        />
      </Field>
      <Field id="notes" label="Notes" error={errors.notes}>
        <textarea
          id="notes"
          rows={3}
          value={values.notes}
          onChange={(e) => set('notes', e.target.value)}
          {...describedBy('notes', errors.notes)}
        />
      </Field>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={form.busy}>
          {athlete ? 'Save changes' : 'Add athlete'}
        </button>
      </div>
    </form>
  )
}
