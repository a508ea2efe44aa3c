// The forms inside one dialog, so Escape, a click outside or × can ask before throwing away what
// was typed there (and only there: a page's own form behind the dialog is not the dialog's business).
import { createContext, useContext, useEffect } from 'react'
import { LEAVE_QUESTION } from '../route'

export type Guards = Set<() => boolean>

export const GuardScope = createContext<Guards | null>(null)

/** Registers `isDirty` with the dialog the form is in, if any. */
export const useScopedGuard = (isDirty: () => boolean): void => {
  const scope = useContext(GuardScope)
  useEffect(() => {
    if (!scope) return
    scope.add(isDirty)
    return () => {
      scope.delete(isDirty)
    }
  }, [scope, isDirty])
}

/** True when no form in the scope has unsaved values, or the coach chose to close anyway. */
export const mayClose = (guards: Guards): boolean => ![...guards].some((g) => g()) || window.confirm(LEAVE_QUESTION)
