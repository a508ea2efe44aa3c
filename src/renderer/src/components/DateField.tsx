// A date field that reads and writes ISO days (2026-11-24) whatever the browser's or the computer's
// locale: <input type="date"> shows mm/dd/yyyy on a US machine and dd.mm.yyyy elsewhere. The coach
// types 2026-11-24 or "24 Nov 2026" (as the app writes days); the day is repeated under the field in
// the app's own words ("Tue 24 Nov 2026") so a slip is seen before saving.
import { isIsoDay } from '../../../shared/calendar'
import { formatDay, monthShortNames } from '../../../shared/dayFormat'
import { useTypedText } from '../lib/form/useTypedText'
import { Field } from './Field'
import type { FieldProps } from './FormField'

const pad = (n: number) => String(n).padStart(2, '0')

/** The ISO day the text names, or null: "2026-11-24", "2026-11-4", "24 Nov 2026", "Tue 24 November 2026". */
export const parseDay = (text: string): string | null => {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (iso) {
    const day = `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`
    return isIsoDay(day) ? day : null
  }
  const words = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(t)
  if (!words) return null
  const month = monthShortNames.findIndex((m) => words[2].toLowerCase().startsWith(m.toLowerCase()))
  if (month < 0) return null
  const day = `${words[3]}-${pad(month + 1)}-${pad(Number(words[1]))}`
  return isIsoDay(day) ? day : null
}

export const DateField = ({ id, label, value, onChange, error, hint }: FieldProps<string>) => {
  const { parsed: day, input } = useTypedText(value, onChange, parseDay)
  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={day ? `${formatDay(day)}${hint ? ` · ${hint}` : ''}` : (hint ?? 'As 2026-11-24 or 24 Nov 2026')}
    >
      <input
        id={id}
        className="date-input"
        placeholder="yyyy-mm-dd"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
      />
    </Field>
  )
}
