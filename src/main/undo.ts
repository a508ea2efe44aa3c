// Deletes that can be undone for a while: main keeps what it deleted, keyed by a one-time token.
// Kept in memory on purpose: an undo belongs to the running app, like the toast that offers it.
import crypto from 'node:crypto'
import type { Clock } from './clock'
import { BackendError } from './errors'

export const UNDO_WINDOW_MS = 10 * 60 * 1000

/** What a delete removed, for the coach's list of recent deletions (the renderer words it). */
export interface UndoWhat {
  kind: 'athlete' | 'session' | 'plan'
  /** The athlete's name, the session's type, the plan's name. */
  name: string
  /** Whose session or plan it was (null for an athlete). */
  athleteName: string | null
  /** The session's date or the plan's start date. */
  date: string | null
}

interface Entry {
  label: string
  what: UndoWhat | null
  deletedAt: number
  expires: number
  restore: () => void
}

export const createUndoStore = (clock: Clock, windowMs = UNDO_WINDOW_MS) => {
  const entries = new Map<string, Entry>()
  const prune = () => {
    const now = clock.now().getTime()
    for (const [k, e] of entries) if (e.expires <= now) entries.delete(k)
  }
  return {
    put(label: string, restore: () => void, what: UndoWhat | null = null): string {
      prune()
      const token = crypto.randomBytes(12).toString('hex')
      const now = clock.now().getTime()
      entries.set(token, { label, what, restore, deletedAt: now, expires: now + windowMs })
      return token
    },
    /** What can still be undone, newest first. */
    list(): (UndoWhat & { token: string; label: string; deletedAt: string; expiresAt: string })[] {
      prune()
      return [...entries.entries()]
        .map(([token, e]) => ({
          token,
          label: e.label,
          ...(e.what ?? { kind: 'session' as const, name: e.label, athleteName: null, date: null }),
          deletedAt: new Date(e.deletedAt).toISOString(),
          expiresAt: new Date(e.expires).toISOString()
        }))
        .reverse()
    },
    take(token: string): string {
      prune()
      const e = entries.get(token)
      if (!e)
        throw new BackendError(
          'not_found',
          'This can no longer be undone (too much time has passed, or it was already undone).'
        )
      entries.delete(token)
      e.restore()
      return e.label
    }
  }
}
export type UndoStore = ReturnType<typeof createUndoStore>
