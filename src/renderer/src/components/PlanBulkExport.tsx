import { useEffect, useRef, useState } from 'react'
import type { BulkItem, BulkPlanMark, PlanListItem } from '../../../shared/contract/plan'
import { isMarked, markCounts } from '../../../shared/plan/mark'
import { call } from '../lib/api'
import { useRead } from '../lib/query'
import { downloadBase64 } from '../lib/download'
import { ErrorMessage } from './Messages'
import { pickerNames } from '../lib/athleteNames'
import { useSettings } from '../lib/settings'

/**
 * Plan packs for several athletes at once: Electron asks for a folder and main writes one PDF per
 * athlete; the browser host downloads each. Plans with cautions or stops are listed and confirmed
 * first (main refuses them otherwise). A progress bar while it runs, a Stop button that ends it after
 * the pack in hand, and a summary at the end that says which packs went out marked.
 */
export const PlanBulkExport = ({ plans, onClose }: { plans: PlanListItem[]; onClose: () => void }) => {
  const athletesRead = useRead('listAthletes', {})
  const athletes = athletesRead.data ?? null
  const { settings } = useSettings()
  const names = pickerNames(athletes ?? [], settings.massUnit)
  const withPlan = new Set(plans.map((p) => p.athleteId))
  const [picked, setPicked] = useState<Set<number>>(new Set(withPlan))
  const [done, setDone] = useState<BulkItem[]>([])
  const [total, setTotal] = useState(0)
  const [state, setState] = useState<'pick' | 'confirm' | 'running' | 'finished'>('pick')
  const [marked, setMarked] = useState<BulkPlanMark[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [folder, setFolder] = useState<string | null>(null)
  /** Set by Stop: the loop ends before asking for the next pack. */
  const stopping = useRef(false)
  const [stopAsked, setStopAsked] = useState(false)

  // Closing the dialog (× or Escape) mid-export stops it after the pack in hand, as Stop does.
  useEffect(
    () => () => {
      stopping.current = true
    },
    []
  )

  const pickedIds = () => (athletes ?? []).filter((a) => picked.has(a.id)).map((a) => a.id)

  /** First the plans the rules did not clear: the coach confirms them, or goes back. */
  const check = async () => {
    const ids = pickedIds()
    if (ids.length === 0) return setMessage('Pick at least one athlete.')
    setMessage(null)
    const r = await call('checkBulkPlanExport', { athleteIds: ids })
    if (!r.ok) return setMessage(r.error.message)
    const flagged = r.value.filter(isMarked)
    setMarked(flagged)
    if (flagged.length > 0) return setState('confirm')
    await start([])
  }

  const start = async (confirmed: BulkPlanMark[]) => {
    const ids = pickedIds()
    setMessage(null)
    const acknowledged = confirmed.flatMap((m) =>
      m.planId === null ? [] : [{ planId: m.planId, cautions: m.cautions, stops: m.stops }]
    )
    const begin = await call('beginBulkPlanExport', { athleteIds: ids, acknowledged })
    if (!begin.ok) {
      setState('pick')
      return setMessage(begin.error.message)
    }
    if (begin.value.cancelled) {
      setState('pick')
      return setMessage('No folder chosen; nothing was exported.')
    }
    setFolder(begin.value.folder)
    setTotal(ids.length)
    setDone([])
    stopping.current = false
    setStopAsked(false)
    setState('running')
    const results: BulkItem[] = []
    for (const athleteId of ids) {
      if (stopping.current) break
      const r = await call('exportBulkPlanItem', { exportId: begin.value.exportId, athleteId })
      const name = athletes?.find((a) => a.id === athleteId)?.name ?? String(athleteId)
      const item: BulkItem = r.ok
        ? r.value
        : {
            athleteId,
            athleteName: name,
            status: 'skipped',
            fileName: null,
            base64: null,
            message: r.error.message,
            cautions: 0,
            stops: 0
          }
      if (item.status === 'download' && item.base64 && item.fileName)
        downloadBase64(item.base64, item.fileName, 'application/pdf')
      results.push({ ...item, base64: null })
      setDone([...results])
    }
    setState('finished')
  }

  const written = done.filter((d) => d.status !== 'skipped')
  const skipped = done.filter((d) => d.status === 'skipped')
  const writtenMarked = written.filter(isMarked)
  const stoppedEarly = state === 'finished' && done.length < total
  const notExported = stoppedEarly
    ? (athletes ?? []).filter((a) => picked.has(a.id) && !done.some((d) => d.athleteId === a.id)).map((a) => a.name)
    : []

  return (
    <div className="form">
      <ErrorMessage>{message ?? athletesRead.error?.message}</ErrorMessage>
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
                {names.get(a.id)} {!withPlan.has(a.id) && <span className="muted">(no plan)</span>}
              </label>
            ))}
          </fieldset>
          <p className="hint">
            Each athlete's latest published plan is printed (or the latest draft when none is published).
          </p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void check()}
              disabled={!athletes || picked.size === 0}
            >
              Export {picked.size} plan pack{picked.size === 1 ? '' : 's'}
            </button>
          </div>
        </>
      )}
      {state === 'confirm' && (
        <div className="plan-export-confirm">
          <p className="form-error">
            {marked.length === 1 ? 'This plan has' : `These ${marked.length} plans have`} cautions or stops that the
            rules did not clear. Export anyway?
          </p>
          <ul aria-label="Plans not cleared by the rules">
            {marked.map((m) => (
              <li key={m.athleteId}>
                {m.athleteName}, "{m.planName}": {markCounts(m)}
              </li>
            ))}
          </ul>
          <p>Their packs are marked "Not cleared by the rules", and each such session says which rules flagged it.</p>
          <div className="actions">
            {/* The safe answer takes the focus from the button that went away. */}
            <button type="button" ref={(el) => el?.focus()} onClick={() => setState('pick')}>
              Don't export
            </button>
            <button type="button" className="danger" onClick={() => void start(marked)}>
              Export anyway
            </button>
          </div>
        </div>
      )}
      {(state === 'running' || state === 'finished') && (
        <>
          <label htmlFor="bulk-progress">
            {state === 'running'
              ? `${stopAsked ? 'Stopping after' : 'Exporting'} ${done.length + 1 > total ? total : done.length + 1} of ${total}…`
              : stoppedEarly
                ? `Stopped: ${done.length} of ${total} done, ${total - done.length} not exported`
                : `Finished: ${done.length} of ${total}`}
          </label>
          <progress id="bulk-progress" max={total} value={done.length} />
          {state === 'finished' && (
            <div role="status" className="plan-bulk-summary">
              <p>
                <strong>
                  {written.length} plan pack{written.length === 1 ? '' : 's'}{' '}
                  {folder ? `saved to ${folder}` : 'downloaded'}
                </strong>
                {skipped.length > 0 && `, ${skipped.length} skipped`}.
                {writtenMarked.length > 0 &&
                  ` ${writtenMarked.length} ${writtenMarked.length === 1 ? 'is' : 'are'} marked "Not cleared by the rules": ${writtenMarked.map((d) => d.athleteName).join(', ')}.`}
              </p>
              {notExported.length > 0 && <p>Not exported (stopped): {notExported.join(', ')}.</p>}
              <ul>
                {done.map((d) => (
                  <li key={d.athleteId}>
                    {d.athleteName}: {d.status === 'skipped' ? `skipped (${d.message})` : d.fileName}
                    {d.status !== 'skipped' && isMarked(d) && (
                      <strong className="plan-mark"> marked: not cleared by the rules, {markCounts(d)}</strong>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="actions">
            {state === 'running' && (
              <button
                type="button"
                onClick={() => {
                  stopping.current = true
                  setStopAsked(true)
                }}
                disabled={stopAsked}
              >
                Stop
              </button>
            )}
            <button type="button" onClick={onClose} disabled={state === 'running'}>
              Close
            </button>
          </div>
        </>
      )}
    </div>
  )
}
