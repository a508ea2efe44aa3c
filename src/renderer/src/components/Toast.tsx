import { useEffect, useState } from 'react'
import { call } from '../lib/api'
import type { UndoToast } from '../lib/toast'

const VISIBLE_MS = 12_000

/** "Deleted … Undo" at the bottom of the window; main keeps the deleted rows for a while. */
export const Toast = ({ toast, onClose }: { toast: UndoToast; onClose: () => void }) => {
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const t = setTimeout(onClose, VISIBLE_MS)
    return () => clearTimeout(t)
  }, [toast, onClose])
  const undo = async () => {
    if (toast.undo) {
      const failed = await toast.undo()
      if (failed) return setError(failed)
    } else if (toast.token) {
      const r = await call('undoDelete', { token: toast.token })
      if (!r.ok) return setError(r.error.message)
    }
    onClose()
    toast.onUndone?.()
  }
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{error ?? toast.message}</span>
      {!error && (
        <button type="button" onClick={undo}>
          Undo
        </button>
      )}
      <button type="button" className="icon" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  )
}
