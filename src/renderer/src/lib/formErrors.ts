// A failed call's error as a form shows it: each field's message next to its field, and above the form
// a summary in the coach's words. The backend's own summary names fields by their internal paths
// ("values.pn1StopAbove: Must be at least 0"), which a coach should never read.
import { issuesByField, type FieldIssue } from '../../../shared/result'

export const formErrors = (error: { message: string; issues?: FieldIssue[] }): Record<string, string> => {
  const byField = issuesByField(error.issues)
  const fields = Object.keys(byField).filter((k) => k !== '_form').length
  const summary =
    byField._form ??
    (fields === 0
      ? error.message
      : fields === 1
        ? 'Please check the field marked below.'
        : `Please check the ${fields} fields marked below.`)
  return { ...byField, _form: summary }
}
