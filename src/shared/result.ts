// Results travel as data so a validation error reaches the form, not a crash handler.
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'forbidden' | 'internal'

export interface FieldIssue {
  /** Dotted path of the field, e.g. "weightedMin" or "ownedWeightsKg.1". */
  path: string
  message: string
}

export interface ResultError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError }

/** Map field issues to { field: first message } for forms. */
export const issuesByField = (issues: FieldIssue[] | undefined): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const issue of issues ?? []) {
    const key = issue.path === '' ? '_form' : issue.path
    if (!(key in out)) out[key] = issue.message
  }
  return out
}
