import { AthleteInput, levelLabels, levels, type Athlete, type Level } from '../../../shared/domain'
import { massFromDisplay, massToDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { Form } from '../lib/form/Form'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOrNull, toText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { DialogActions } from './DialogActions'
import { choicesOf, SelectField, TextAreaField, TextField, type Choice } from './FormField'

interface Props {
  athlete?: Athlete
  onSaved: (a: Athlete) => void
  onCancel: () => void
}

/** This computer's zone: a new athlete's default (main falls back to the same). */
const computerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** Every IANA zone this browser knows, with the current choice kept even if the list lacks it. */
const zoneOptions = (current: string): Choice[] => {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return (all.includes(current) ? all : [current, ...all]).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))
}

const levelChoices = choicesOf(levels, levelLabels)

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
  const { field } = form
  const submit = form.onSubmit(
    (data) => (athlete ? call('updateAthlete', { ...data, id: athlete.id }) : call('createAthlete', data)),
    onSaved
  )

  return (
    <Form form={form} onSubmit={submit}>
      <TextField id="name" label="Name" autoComplete="off" {...field('name')} />
      <div className="row">
        <TextField
          id="bodyMassKg"
          label={`Body mass (${unit})`}
          inputMode="decimal"
          hint="Needed to judge ankle weight as % of body mass"
          {...field('bodyMass')}
        />
        <SelectField id="level" label="Level" options={levelChoices} {...field('level')} />
      </div>
      <SelectField
        id="timeZone"
        label="Time zone"
        hint="Imported files put each session on this athlete's local day and clock time"
        options={zoneOptions(form.values.timeZone)}
        {...field('timeZone')}
      />
      <TextField
        id="ownedWeightsKg"
        label={`Ankle weights owned (${unit} per ankle)`}
        hint="Separate with commas, e.g. 0.5, 1"
        {...field('weights')}
      />
      <TextAreaField id="notes" label="Notes" rows={3} {...field('notes')} />
      <DialogActions onCancel={onCancel} confirm={athlete ? 'Save changes' : 'Add athlete'} disabled={form.busy} />
    </Form>
  )
}
