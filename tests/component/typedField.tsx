// What the date and time field tests share: the field held in state as a form would hold it (each
// value it hands on is also reported to `seen`), and the browser's language set for one test.
import { useState, type ComponentType } from 'react'
import { vi } from 'vitest'

interface TypedFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}

/** A harness that renders `Field` with `label`, starting from `start`. */
export const harnessOf =
  (Field: ComponentType<TypedFieldProps>, label: string) =>
  ({ start, seen }: { start: string; seen: (value: string) => void }) => {
    const [value, setValue] = useState(start)
    return (
      <Field
        id="field"
        label={label}
        value={value}
        onChange={(v) => {
          setValue(v)
          seen(v)
        }}
      />
    )
  }

/** The browser reports `locale` as its language (restored by vi.restoreAllMocks). */
export const browserLanguage = (locale: string): void => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale)
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([locale])
}
