import type { ReactNode } from 'react'

/** A problem the coach must see (announced at once); renders nothing without a message. */
export const ErrorMessage = ({ children }: { children?: ReactNode }) =>
  children ? (
    <p className="form-error" role="alert">
      {children}
    </p>
  ) : null

/** A quiet confirmation ("Saved …"); renders nothing without a message. */
export const Notice = ({ children }: { children?: ReactNode }) =>
  children ? (
    <p className="notice" role="status">
      {children}
    </p>
  ) : null
