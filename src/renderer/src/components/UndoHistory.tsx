import { useState } from 'react'
import type { UndoEntry } from '../../../shared/contract/core'
import { sessionTypeLabels, type SessionTypeName } from '../../../shared/domain'
import { call } from '../lib/api'
import { useRead } from '../lib/query'
import { formatDay } from '../lib/format'
import { Dialog } from './Dialog'
import { ErrorMessage, Notice } from './Messages'

const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })

/** "Ingrid Solberg's easy run of Fri 20 Nov 2026", "the plan "Base block" of Vera Lind", "Vera Lind and her sessions". */
export const undoEntryText = (e: UndoEntry): string => {
  if (e.kind === 'athlete') return `${e.name}, with every session`
  if (e.kind === 'plan') return `The plan "${e.name}"${e.athleteName ? ` of ${e.athleteName}` : ''}`
  const type = sessionTypeLabels[e.name as SessionTypeName]?.toLowerCase() ?? 'session'
  return `${e.athleteName ? `${e.athleteName}'s ${type}` : `A ${type}`}${e.date ? ` of ${formatDay(e.date)}` : ''}`
}

/**
 * Deletes of the last ten minutes, newest first, each with Undo: the toast goes after a few seconds,
 * this list keeps them for as long as main does. An undo refreshes this list and the page behind
 * (undoDelete invalidates every read).
 */
export const UndoHistory = ({ onClose }: { onClose: () => void }) => {
  const listed = useRead('listUndo', {})
  const entries = listed.data ?? null
  const [undoError, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const error = undoError ?? listed.error?.message

  const undo = async (e: UndoEntry) => {
    const r = await call('undoDelete', { token: e.token })
    if (!r.ok) {
      setError(r.error.message)
      // Gone since the list was read (expired, or undone elsewhere): show what is left.
      void listed.refetch()
    } else {
      setError(null)
      setNotice(`Put back: ${undoEntryText(e)}.`)
    }
  }

  return (
    <Dialog title="Recently deleted" onClose={onClose}>
      <ErrorMessage>{error}</ErrorMessage>
      <Notice>{notice}</Notice>
      {entries === null && <p className="muted">Loading…</p>}
      {entries?.length === 0 && <p className="muted">Nothing to undo. A delete can be undone here for ten minutes.</p>}
      {entries && entries.length > 0 && (
        <ul className="undo-list" aria-label="Deletes that can be undone">
          {entries.map((e) => (
            <li key={e.token}>
              <span>
                <strong>{undoEntryText(e)}</strong>
                <span className="muted">
                  {' '}
                  deleted at {clock(e.deletedAt)}; can be undone until {clock(e.expiresAt)}
                </span>
              </span>
              <button type="button" onClick={() => void undo(e)} aria-label={`Undo: ${undoEntryText(e)}`}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
