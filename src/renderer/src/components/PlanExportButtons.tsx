import { useCallback, useState } from 'react'
import type { PlanDetail } from '../../../shared/contract/plan'
import { isMarked, planMark } from '../../../shared/plan/mark'
import { call } from '../lib/api'
import { deliverExport } from './PlanDownload'
import { PlanExportConfirm } from './PlanExportConfirm'

type Kind = 'pdf' | 'ics'
const what: Record<Kind, string> = { pdf: 'the PDF', ics: 'the calendar (.ics)' }

/**
 * Export PDF and Export calendar. A plan with cautions or stops asks first; main refuses the export
 * unless the request carries the counts the coach confirmed.
 */
export const PlanExportButtons = ({
  detail,
  disabled,
  onDone
}: {
  detail: PlanDetail
  disabled: boolean
  onDone: (notice: string | null, error: string | null) => void
}) => {
  const [busy, setBusy] = useState<Kind | null>(null)
  const [asking, setAsking] = useState<Kind | null>(null)
  const mark = planMark(detail.warnings)
  // Stable, so the open dialog keeps its focus while the page re-renders.
  const cancel = useCallback(() => setAsking(null), [])

  const exportFile = async (kind: Kind, acknowledged?: typeof mark) => {
    setAsking(null)
    setBusy(kind)
    try {
      const input = { planId: detail.plan.id, acknowledged }
      const r = kind === 'pdf' ? await call('exportPlanPdf', input) : await call('exportPlanIcs', input)
      if (!r.ok) return onDone(null, r.error.message)
      const delivered = deliverExport(r.value)
      onDone(
        acknowledged && !r.value.cancelled ? `${delivered} It is marked "Not cleared by the rules".` : delivered,
        null
      )
    } finally {
      setBusy(null)
    }
  }
  const start = (kind: Kind) => (isMarked(mark) ? setAsking(kind) : void exportFile(kind))

  return (
    <>
      <button type="button" onClick={() => start('pdf')} disabled={disabled || busy !== null}>
        {busy === 'pdf' ? 'Making PDF…' : 'Export PDF'}
      </button>
      <button type="button" onClick={() => start('ics')} disabled={disabled || busy !== null}>
        Export calendar (.ics)
      </button>
      {asking && (
        <PlanExportConfirm
          mark={mark}
          what={what[asking]}
          onCancel={cancel}
          onConfirm={() => void exportFile(asking, mark)}
        />
      )}
    </>
  )
}
