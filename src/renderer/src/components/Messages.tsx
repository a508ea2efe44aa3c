import type { ReactNode } from 'react'
import { RichText } from './RichText'

/**
 * A line above a view or form that renders nothing without a message. A message from main may name a
 * weight, distance or day as a token: it is written out in the coach's units.
 */
const message =
  (className: string, role: 'alert' | 'status') =>
  ({ children }: { children?: ReactNode }) =>
    children ? (
      <p className={className} role={role}>
        {typeof children === 'string' ? <RichText text={children} /> : children}
      </p>
    ) : null

/** A problem the coach must see (announced at once). */
export const ErrorMessage = message('form-error', 'alert')

/** A quiet confirmation ("Saved …"). */
export const Notice = message('notice', 'status')
