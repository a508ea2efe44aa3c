import { useState, type FormEvent } from 'react'
import { AthleteInput, levelLabels, levels, type Athlete, type Level } from '../../../shared/domain'
import { issuesByField, type FieldIssue } from '../../../shared/result'
import { massFromDisplay, massToDisplay } from '../../../shared/units'
import { zodIssues } from '../../../shared/validate'
import { call } from '../lib/api'
import { numberOrNull, toText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'
import { ErrorMessage } from './Messages'

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

/** Field errors keyed by the top-level field (ownedWeightsKg.2 -> ownedWeightsKg). */
const topLevel = (issues: FieldIssue[] | undefined) =>
  issuesByField(issues?.map((i) => ({ ...i, path: i.path.split('.')[0] })))

export const AthleteForm = ({ athlete, onSaved, onCancel }: Props) => {
  const { settings } = useSettings()
  const unit = settings.massUnit
  const [name, setName] = useState(athlete?.name ?? '')
  const [bodyMass, setBodyMass] = useState(
    athlete?.bodyMassKg == null ? '' : toText(massToDisplay(athlete.bodyMassKg, unit))
  )
  const [level, setLevel] = useState<Level>(athlete?.level ?? 'novice')
  const [weights, setWeights] = useState((athlete?.ownedWeightsKg ?? []).map((w) => massToDisplay(w, unit)).join(', '))
  const [notes, setNotes] = useState(athlete?.notes ?? '')
  const [timeZone, setTimeZone] = useState(athlete?.timeZone ?? computerZone())
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const mass = numberOrNull(bodyMass)
    const weightList = weights
      .split(/[;,\s]+/)
      .filter((w) => w.trim() !== '')
      .map((w) => Number(w.replace(',', '.')))
    const draft = {
      name,
      bodyMassKg: mass === null || Number.isNaN(mass) ? mass : massFromDisplay(mass, unit),
      level,
      ownedWeightsKg: weightList.map((w) => (Number.isNaN(w) ? w : massFromDisplay(w, unit))),
      notes,
      timeZone
    }
    // The same schema main enforces: the coach sees the message before a round trip.
    const parsed = AthleteInput.safeParse(draft)
    if (!parsed.success) {
      setErrors(topLevel(zodIssues(parsed.error)))
      return
    }
    setSaving(true)
    const result = athlete
      ? await call('updateAthlete', { ...parsed.data, id: athlete.id })
      : await call('createAthlete', parsed.data)
    setSaving(false)
    if (!result.ok) {
      setErrors({ _form: result.error.message, ...topLevel(result.error.issues) })
      return
    }
    onSaved(result.value)
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorMessage>{errors._form}</ErrorMessage>
      <Field id="name" label="Name" error={errors.name}>
        <input
          id="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
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
            value={bodyMass}
            onChange={(e) => setBodyMass(e.target.value)}
            {...describedBy('bodyMassKg', errors.bodyMassKg)}
          />
        </Field>
        <Field id="level" label="Level" error={errors.level}>
          <select id="level" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
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
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          {...describedBy('timeZone', errors.timeZone)}
        >
          {zoneOptions(timeZone).map((z) => (
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
          value={weights}
          onChange={(e) => setWeights(e.target.value)}
          {...describedBy('ownedWeightsKg', errors.ownedWeightsKg)}
        />
      </Field>
      <Field id="notes" label="Notes" error={errors.notes}>
        <textarea
          id="notes"
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          {...describedBy('notes', errors.notes)}
        />
      </Field>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {athlete ? 'Save changes' : 'Add athlete'}
        </button>
      </div>
    </form>
  )
}
