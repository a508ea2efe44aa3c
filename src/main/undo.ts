// Deletes that can be undone for a while: main keeps what it deleted, keyed by a one-time token.
// Kept in memory on purpose: an undo belongs to the running app, like the toast that offers it.
import crypto from 'node:crypto'
import type { Clock } from './clock'
import { BackendError } from './errors'

export const UNDO_WINDOW_MS = 10 * 60 * 1000

interface Entry {
  label: string
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
    put(label: string, restore: () => void): string {
      prune()
      const token = crypto.randomBytes(12).toString('hex')
      entries.set(token, { label, restore, expires: clock.now().getTime() + windowMs })
      return token
    },
    take(token: string): string {
      prune()
      const e = entries.get(token)
      if (!e) throw new BackendError('not_found', 'This can no longer be undone (too much time has passed, or it was already undone).')
      entries.delete(token)
      e.restore()
      return e.label
    }
  }
}
export type UndoStore = ReturnType<typeof createUndoStore>
