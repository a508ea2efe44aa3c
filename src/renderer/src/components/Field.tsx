import type { ReactNode } from 'react'

interface Props {
  id: string
  label: string
  error?: string
  hint?: string
  children: ReactNode
}

/** A labelled control with its error message right under it, announced to screen readers. */
export const Field = ({ id, label, error, hint, children }: Props) => (
  <div className={`field${error ? ' has-error' : ''}`}>
    <label htmlFor={id}>{label}</label>
    {children}
    {hint && !error && (
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    )}
    {error && (
      <p className="field-error" id={`${id}-error`} role="alert">
        {error}
      </p>
    )}
  </div>
)

/** Props that tie an input to its Field's error text. */
export const describedBy = (id: string, error?: string) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}
