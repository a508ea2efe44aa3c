import { useEffect, useState } from 'react'
import type { BulkItem, PlanListItem } from '../../../shared/contract/plan'
import type { AthleteSummary } from '../../../shared/ipc'
import { call } from '../lib/api'
import { downloadBase64 } from './PlanDownload'
import { ErrorMessage } from './Messages'

/**
 * Plan packs for several athletes at once: Electron asks for a folder and main writes one PDF per
 * athlete; the browser host downloads each. A progress bar while it runs, a summary at the end.
 */
export const PlanBulkExport = ({ plans, onClose }: { plans: PlanListItem[]; onClose: () => void }) => {
  const [athletes, setAthletes] = useState<AthleteSummary[] | null>(null)
  const withPlan = new Set(plans.map((p) => p.athleteId))
  const [picked, setPicked] = useState<Set<number>>(new Set(withPlan))
  const [done, setDone] = useState<BulkItem[]>([])
  const [total, setTotal] = useState(0)
  const [state, setState] = useState<'pick' | 'running' | 'finished'>('pick')
  const [message, setMessage] = useState<string | null>(null)
  const [folder, setFolder] = useState<string | null>(null)

  useEffect(() => {
    void call('listAthletes', {}).then((r) => (r.ok ? setAthletes(r.value) : setMessage(r.error.message)))
  }, [])

  const start = async () => {
    const ids = (athletes ?? []).filter((a) => picked.has(a.id)).map((a) => a.id)
    if (ids.length === 0) return setMessage('Pick at least one athlete.')
    setMessage(null)
    const begin = await call('beginBulkPlanExport', { athleteIds: ids })
    if (!begin.ok) return setMessage(begin.error.message)
    if (begin.value.cancelled) return setMessage('No folder chosen; nothing was exported.')
    setFolder(begin.value.folder)
    setTotal(ids.length)
    setDone([])
    setState('running')
    const results: BulkItem[] = []
    for (const athleteId of ids) {
      const r = await call('exportBulkPlanItem', { exportId: begin.value.exportId, athleteId })
      const name = athletes?.find((a) => a.id === athleteId)?.name ?? String(athleteId)
      const item: BulkItem = r.ok ? r.value : { athleteId, athleteName: name, status: 'skipped', fileName: null, base64: null, message: r.error.message }
      if (item.status === 'download' && item.base64 && item.fileName) downloadBase64(item.base64, item.fileName, 'application/pdf')
      results.push({ ...item, base64: null })
      setDone([...results])
    }
    setState('finished')
  }

  const written = done.filter((d) => d.status !== 'skipped')
  const skipped = done.filter((d) => d.status === 'skipped')

  return (
    <div className="form">
      <ErrorMessage>{message}</ErrorMessage>
      {state === 'pick' && (
        <>
          <fieldset className="plan-bulk-pick">
            <legend>Athletes</legend>
            {!athletes && <p className="muted">Loading…</p>}
            {athletes?.map((a) => (
              <label key={a.id} className="inline">
                <input
                  type="checkbox"
                  checked={picked.has(a.id)}
                  onChange={(e) => {
                    const next = new Set(picked)
                    if (e.target.checked) next.add(a.id)
                    else next.delete(a.id)
                    setPicked(next)
                  }}
                />
                {a.name} {!withPlan.has(a.id) && <span className="muted">(no plan)</span>}
              </label>
            ))}
          </fieldset>
          <p className="hint">Each athlete's latest published plan is printed (or the latest draft when none is published).</p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={start} disabled={!athletes || picked.size === 0}>
              Export {picked.size} plan pack{picked.size === 1 ? '' : 's'}
            </button>
          </div>
        </>
      )}
      {state !== 'pick' && (
        <>
          <label htmlFor="bulk-progress">
            {state === 'running' ? `Exporting ${done.length + 1 > total ? total : done.length + 1} of ${total}…` : `Finished: ${done.length} of ${total}`}
          </label>
          <progress id="bulk-progress" max={total} value={done.length} />
          {state === 'finished' && (
            <div role="status" className="plan-bulk-summary">
              <p>
                <strong>
                  {written.length} plan pack{written.length === 1 ? '' : 's'} {folder ? `saved to ${folder}` : 'downloaded'}
                </strong>
                {skipped.length > 0 && `, ${skipped.length} skipped`}.
              </p>
              <ul>
                {done.map((d) => (
                  <li key={d.athleteId}>
                    {d.athleteName}: {d.status === 'skipped' ? `skipped (${d.message})` : d.fileName}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="actions">
            <button type="button" onClick={onClose} disabled={state === 'running'}>
              Close
            </button>
          </div>
        </>
      )}
    </div>
  )
}
