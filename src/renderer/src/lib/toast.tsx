import { createContext, useContext } from 'react'

export interface UndoToast {
  message: string
  token: string
  /** Called after main has put the deleted rows back. */
  onUndone?: () => void
}

export const ToastContext = createContext<{ showUndo: (t: UndoToast) => void }>({ showUndo: () => undefined })
export const useToast = () => useContext(ToastContext)
