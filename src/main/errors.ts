import type { ErrorCode, FieldIssue } from '../shared/result'

/** An expected failure that reaches the coach as a message (never a stack trace). */
export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[]
  ) {
    super(message)
    this.name = 'BackendError'
  }
}

export const notFound = (what: string, id: number): BackendError => new BackendError('not_found', `${what} ${id} was not found`)
