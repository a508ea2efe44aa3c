// A clock-time field that reads and writes 24-hour "HH:MM" whatever the computer's locale:
// <input type="time"> shows 12-hour with AM/PM on a US machine. The coach types 7:05, 0705, 19.30 or
// 7:30 pm; the field keeps what was typed and hands the form "07:05". Empty means no time; anything
// else stays as typed, for the schema to refuse with a message naming the field.
import { useTypedText } from '../lib/form/useTypedText'
import { describedBy, Field } from './Field'
import type { FieldProps } from './FormField'

const pad = (n: number) => String(n).padStart(2, '0')

/** "HH:MM" for the time the text names, or null: "7:05", "07:05", "0705", "19.30", "19h30", "7:30 pm". */
export const parseTime = (text: string): string | null => {
  const m = /^(\d{1,2})[:.h]?(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim())
  if (!m) return null
  let hour = Number(m[1])
  const minute = Number(m[2])
  const half = m[3]?.toLowerCase().replace(/\./g, '')
  if (half) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (half === 'pm' ? 12 : 0)
  }
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null
}

export const TimeField = ({
  id,
  label,
  value,
  onChange,
  error,
  hint = '24-hour, as 07:30 or 19:30'
}: FieldProps<string>) => {
  const { input } = useTypedText(value, onChange, parseTime)
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} className="time-input" placeholder="hh:mm" {...input} {...describedBy(id, error, hint)} />
    </Field>
  )
}
