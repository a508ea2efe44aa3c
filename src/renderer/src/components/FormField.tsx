// The fields every form is made of: a label, the control, a hint and an error under it, tied together by
// ids (aria-describedby names the error while there is one, else the hint). A form passes one value's
// binding from useForm: <TextField id="pd-name" label="Plan name" {...form.field('name')} />.
import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import type { MassUnit } from '../../../shared/units'
import { pickerNames } from '../lib/athleteNames'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'

/** What a field takes besides its control's own attributes. */
export interface FieldProps<T> {
  id: string
  label: string
  value: T
  onChange: (value: T) => void
  error?: string
  hint?: string
}

/** The element's own attributes, less the ones a field sets itself. */
type Rest<A> = Omit<A, 'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'>

/** The label, hint and error go to Field; the rest, with the ids that tie them, to the control. */
const split = <T, R extends object>(props: FieldProps<T> & R) => {
  const { id, label, value, onChange, error, hint, ...rest } = props
  return {
    field: { id, label, error, hint },
    control: { id, value, ...rest, ...describedBy(id, error, hint) },
    onChange
  }
}

export const TextField = (props: FieldProps<string> & Rest<InputHTMLAttributes<HTMLInputElement>>) => {
  const { field, control, onChange } = split(props)
  return (
    <Field {...field}>
      <input {...control} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}

export const TextAreaField = (props: FieldProps<string> & Rest<TextareaHTMLAttributes<HTMLTextAreaElement>>) => {
  const { field, control, onChange } = split({ rows: 2, ...props })
  return (
    <Field {...field}>
      <textarea {...control} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}

/** One option of a SelectField. */
export interface Choice<T extends string = string> {
  value: T
  label: string
}

/** A select over `options`; T narrows the value to a union ('kg' | 'lb') where the options are typed. */
export const SelectField = <T extends string = string>(
  props: FieldProps<T> & { options: readonly Choice<T>[] } & Rest<SelectHTMLAttributes<HTMLSelectElement>>
) => {
  const { field, control, onChange } = split(props)
  const { options, ...select } = control
  return (
    <Field {...field}>
      <select {...select} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

/** Options from a list of values and their labels (levels, goal distances). */
export const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice<T>[] =>
  values.map((value) => ({ value, label: labels[value] }))

/** The numbers from..to as options, after a blank one ("Not logged") when `blank` names it. */
export const scaleChoices = (from: number, to: number, blank?: string): Choice[] => [
  ...(blank === undefined ? [] : [{ value: '', label: blank }]),
  ...Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(from + i), label: String(from + i) }))
]

type Athletes = Parameters<typeof pickerNames>[0]

/** Athletes as options, told apart where two share a name ("Sam Lee (novice, 62 kg)"). */
const athleteChoices = (athletes: Athletes, massUnit: MassUnit): Choice[] => {
  const names = pickerNames(athletes, massUnit)
  return athletes.map((a) => ({ value: String(a.id), label: names.get(a.id) ?? a.name }))
}

/** An athlete picker (the value is the id as text); `everyone` names a first, blank choice for all. */
export const AthleteField = ({
  athletes,
  everyone,
  label = 'Athlete',
  ...rest
}: Omit<FieldProps<string>, 'label'> & {
  athletes: Athletes
  everyone?: string
  label?: string
} & Rest<SelectHTMLAttributes<HTMLSelectElement>>) => {
  const { settings } = useSettings()
  const options = athleteChoices(athletes, settings.massUnit)
  return (
    <SelectField label={label} options={everyone ? [{ value: '', label: everyone }, ...options] : options} {...rest} />
  )
}
