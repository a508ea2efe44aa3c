import type { ReactNode } from 'react'
import { markQuestion, type PlanMark } from '../../../shared/plan/mark'
import { Dialog } from './Dialog'

interface Props {
  mark: PlanMark
  /** What is being exported, e.g. "the PDF" or "the calendar (.ics)". */
  what: string
  onConfirm: () => void
  onCancel: () => void
  children?: ReactNode
}

/**
 * The question before a plan with cautions or stops leaves Ballast. "Don't export" is the first
 * button, so Enter on the opened dialog is the safe answer.
 */
export const PlanExportConfirm = ({ mark, what, onConfirm, onCancel, children }: Props) => (
  <Dialog title="Export a plan the rules did not clear?" onClose={onCancel}>
    <div className="form plan-export-confirm">
      <p className="form-error">{markQuestion(mark)}</p>
      <p>
        If you export {what} anyway, it is marked "Not cleared by the rules" and each such session says which rules
        flagged it. Changing those sessions clears the mark.
      </p>
      {children}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Don't export
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Export anyway
        </button>
      </div>
    </div>
  </Dialog>
)
