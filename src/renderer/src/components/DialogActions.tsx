import type { ReactNode } from 'react'

interface Props {
  /** The way out that changes nothing ("Cancel", "Keep it"); first, so a confirmation focuses it. */
  onCancel: () => void
  cancel?: string
  /** The action. Without `onConfirm` it submits the form the row is in. */
  confirm: ReactNode
  onConfirm?: () => void
  /** A delete or a restore: the action in the danger colour. */
  danger?: boolean
  disabled?: boolean
  /** Before the buttons: a status line, or a second action (Delete session). */
  children?: ReactNode
}

/** The row of buttons at the foot of every form and dialog: the safe way out, then the action. */
export const DialogActions = ({
  onCancel,
  cancel = 'Cancel',
  confirm,
  onConfirm,
  danger,
  disabled,
  children
}: Props) => (
  <div className="actions">
    {children}
    <button type="button" onClick={onCancel}>
      {cancel}
    </button>
    <button
      type={onConfirm ? 'button' : 'submit'}
      className={danger ? 'danger' : 'primary'}
      onClick={onConfirm}
      disabled={disabled}
    >
      {confirm}
    </button>
  </div>
)
