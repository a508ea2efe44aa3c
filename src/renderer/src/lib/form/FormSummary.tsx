import type { RefObject } from 'react'

/**
 * What is wrong with the form, above it: announced at once, scrolled into view after a failed save
 * (useForm), and focusable when no single field is to blame. Renders nothing without a message.
 */
export const FormSummary = ({ text, at }: { text?: string; at: RefObject<HTMLParagraphElement | null> }) =>
  text ? (
    <p className="form-error" role="alert" tabIndex={-1} ref={at}>
      {text}
    </p>
  ) : null
