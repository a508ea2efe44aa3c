// The fields every form is made of: a label, the control, a hint and an error under it, tied together by
// ids (aria-describedby names the error while there is one, else the hint). A form passes one value's
// binding from useForm: <TextField id="pd-name" label="Plan name" {...form.field('name')} />.
import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import type { MassUnit } from '../../../shared/units'
import { pickerNames } from '../lib/athleteNames'
import { describedBy, Field } from './Field'

interface Bound<T> {
  id: string
  label: string
  value: T
  onChange: (value: T) => void
  error?: string
  hint?: string
}

/** The element's own attributes, less the ones a field sets itself. */
type Rest<A> = Omit<A, 'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'>

export const TextField = ({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  ...rest
}: Bound<string> & Rest<InputHTMLAttributes<HTMLInputElement>>) => (
  <Field id={id} label={label} error={error} hint={hint}>
    <input
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
      {...describedBy(id, error, hint)}
    />
  </Field>
)

export const TextAreaField = ({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 2,
  ...rest
}: Bound<string> & Rest<TextareaHTMLAttributes<HTMLTextAreaElement>>) => (
  <Field id={id} label={label} error={error} hint={hint}>
    <textarea
      id={id}
      rows={rows}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
      {...describedBy(id, error, hint)}
    />
  </Field>
)

/** One option of a SelectField. */
export interface Choice<T extends string = string> {
  value: T
  label: string
}

/** A select over `options`; T narrows the value to a union ('kg' | 'lb') where the options are typed. */
export const SelectField = <T extends string = string>({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  options,
  ...rest
}: Bound<T> & { options: readonly Choice<T>[] } & Rest<SelectHTMLAttributes<HTMLSelectElement>>) => (
  <Field id={id} label={label} error={error} hint={hint}>
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
      {...rest}
      {...describedBy(id, error, hint)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </Field>
)

/** Options from a list of values and their labels (levels, session types, units). */
export const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice<T>[] =>
  values.map((value) => ({ value, label: labels[value] }))

/** The numbers from..to as options, after a blank one ("Not logged") when `blank` names it. */
export const scaleChoices = (from: number, to: number, blank?: string): Choice[] => [
  ...(blank === undefined ? [] : [{ value: '', label: blank }]),
  ...Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(from + i), label: String(from + i) }))
]

/** Athletes as options, told apart where two share a name ("Sam Lee (novice, 62 kg)"). */
export const athleteChoices = (athletes: Parameters<typeof pickerNames>[0], massUnit: MassUnit): Choice[] => {
  const names = pickerNames(athletes, massUnit)
  return athletes.map((a) => ({ value: String(a.id), label: names.get(a.id) ?? a.name }))
}
