import type { ReactNode } from 'react'

/** A line above a view or form that renders nothing without a message. */
const message =
  (className: string, role: 'alert' | 'status') =>
  ({ children }: { children?: ReactNode }) =>
    children ? (
      <p className={className} role={role}>
        {children}
      </p>
    ) : null

/** A problem the coach must see (announced at once). */
export const ErrorMessage = message('form-error', 'alert')

/** A quiet confirmation ("Saved …"). */
export const Notice = message('notice', 'status')
