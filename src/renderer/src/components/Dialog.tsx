import { useEffect, useRef, useState, type ReactNode } from 'react'
import { GuardScope, mayClose, type Guards } from '../lib/form/guardScope'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
}

/**
 * A modal dialog: focus moves in, Escape closes, focus returns to where it was. Escape, a click outside
 * and × ask first while a form in the dialog has unsaved values (its own Cancel button does not).
 */
export const Dialog = ({ title, onClose, children, wide }: Props) => {
  const ref = useRef<HTMLDivElement>(null)
  const [guards] = useState<Guards>(() => new Set())
  // Parents pass a new onClose on every render: read the latest from a ref, so focus is set once when
  // the dialog opens and typing in a field never re-runs it (it used to blur the field on each key).
  const close = useRef(onClose)
  useEffect(() => {
    close.current = () => mayClose(guards) && onClose()
  }, [onClose, guards])
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    // The first field, or (in a confirmation) the first action, which is the safe one.
    const first =
      ref.current?.querySelector<HTMLElement>('input, select, textarea') ??
      ref.current?.querySelector<HTMLElement>('.actions button, button')
    first?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current()
      if (e.key !== 'Tab' || !ref.current) return
      // Keep Tab inside the dialog, as a desktop modal does.
      const focusable = [
        ...ref.current.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])'
        )
      ]
      if (focusable.length === 0) return
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault()
        first.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      previous?.focus()
    }
  }, [])
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && close.current()}>
      <div
        ref={ref}
        className={`dialog${wide ? ' wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
      >
        <div className="dialog-head">
          <h2 id="dialog-title">{title}</h2>
          <button type="button" className="icon" aria-label="Close" onClick={() => close.current()}>
            ×
          </button>
        </div>
        <GuardScope.Provider value={guards}>{children}</GuardScope.Provider>
      </div>
    </div>
  )
}
