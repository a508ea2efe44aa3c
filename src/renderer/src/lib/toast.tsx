import { createContext, useContext } from 'react'

export interface UndoToast {
  message: string
  /** The token main gave for a delete; or, for an action that is undone by another call, `undo`. */
  token?: string
  /** Undoes the action (Archive: Restore); resolves to an error message, or null when it worked. */
  undo?: () => Promise<string | null>
  /** Called after main has put the deleted rows back. */
  onUndone?: () => void
}

export const ToastContext = createContext<{ showUndo: (t: UndoToast) => void }>({ showUndo: () => undefined })
export const useToast = () => useContext(ToastContext)
