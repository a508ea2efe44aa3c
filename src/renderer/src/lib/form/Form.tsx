import type { FormEvent, FormHTMLAttributes, ReactNode, RefObject } from 'react'
import { FormSummary } from './FormSummary'

/** The parts of useForm's result the form element needs. */
interface FormState {
  formRef: RefObject<HTMLFormElement | null>
  summary?: string
  summaryRef: RefObject<HTMLParagraphElement | null>
}

interface Props extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  form: FormState
  onSubmit: (e: FormEvent) => void
  children: ReactNode
}

/**
 * A form of the one pattern (useForm): the browser's own checks off (the shared schema checks), and
 * the summary of what is wrong above the fields, where a failed save scrolls and focuses.
 */
export const Form = ({ form, onSubmit, className = 'form', children, ...rest }: Props) => (
  <form onSubmit={onSubmit} noValidate className={className} ref={form.formRef} {...rest}>
    <FormSummary text={form.summary} at={form.summaryRef} />
    {children}
  </form>
)
