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

export const notFound = (what: string, id: number): BackendError =>
  new BackendError('not_found', `${what} ${id} was not found`)

/**
 * What the coach reads when SQLite fails for a reason outside Ballast (the disk, the file): the raw
 * SQLite text ("database or disk is full", "disk I/O error") says little to a coach. Null for other errors.
 */
export const plainDatabaseMessage = (e: unknown): string | null => {
  const code = (e as { code?: unknown })?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null
  if (code === 'SQLITE_FULL') return 'The disk is full, so nothing was saved. Free some disk space, then try again.'
  if (code.startsWith('SQLITE_IOERR'))
    return 'Ballast could not read or write its database file (a disk error), so nothing was saved. Check the disk or the folder holding the database, then try again.'
  if (code.startsWith('SQLITE_READONLY'))
    return 'The database file cannot be written (it or its folder is read-only), so nothing was saved.'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return 'The database file is damaged. Nothing more was written to it: quit Ballast and restore the newest good backup.'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'The database is busy (another program may have it open). Try again in a moment.'
  if (code.startsWith('SQLITE_CANTOPEN'))
    return 'Ballast cannot open its database file any more (it was moved, or its folder is gone).'
  if (code === 'SQLITE_NOMEM' || code === 'SQLITE_TOOBIG')
    return 'That was too large for Ballast to handle, so nothing was saved.'
  return null
}
