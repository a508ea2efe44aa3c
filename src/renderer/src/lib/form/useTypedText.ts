// A text input over a value kept in one canonical form (an ISO day, a 24-hour time): the coach types it
// any way `parse` reads, the form gets the canonical value at once, and the input keeps what was typed
// until it loses focus, then shows the canonical form. Text `parse` cannot read goes to the form as typed,
// for the schema to refuse; an empty field is ''.
import { useState, type ChangeEvent } from 'react'

export const useTypedText = (
  value: string,
  onChange: (value: string) => void,
  parse: (text: string) => string | null
) => {
  const [text, setText] = useState(value)
  // What was typed, while it still names the value; else the value (reset or set from outside).
  const shown = parse(text) === value || text === value ? text : value
  const parsed = parse(shown)
  return {
    /** The canonical value of what the input shows, or null. */
    parsed,
    /** For the <input>. */
    input: {
      value: shown,
      autoComplete: 'off',
      spellCheck: false,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        const typed = e.target.value
        setText(typed)
        onChange(typed.trim() === '' ? '' : (parse(typed) ?? typed))
      },
      onBlur: () => {
        if (parsed && parsed !== shown) setText(parsed)
      }
    }
  }
}
