// Turns a zod error into field issues: the one mapping used by main, the browser host and forms.
import type { z } from 'zod'
import type { FieldIssue } from './result'

export const zodIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))

export const describeIssues = (issues: FieldIssue[]): string =>
  issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
