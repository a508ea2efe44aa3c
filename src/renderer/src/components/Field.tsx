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

/** Props that tie a control to what its Field shows under it: the error, or else the hint. */
export const describedBy = (id: string, error?: string, hint?: string) =>
  error
    ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` }
    : hint
      ? { 'aria-describedby': `${id}-hint` }
      : {}
