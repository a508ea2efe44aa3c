// Import sessions from watch and app files: pick files or a folder, watch the progress (and cancel),
// check the preview (new / duplicate / error and why), adjust types and weights, confirm.
import { useEffect, useRef, useState } from 'react'
import type {
  DuplicateAction,
  DuplicateMatch,
  ImportImpact,
  ImportPreviewRow,
  ImportSummary
} from '../../../shared/contract/io'
import { sessionTypeLabels, sessionTypes, type Athlete, type SessionTypeName } from '../../../shared/domain'
import { formatDistance, formatMass, massFromDisplay } from '../../../shared/units'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { numberOrNull } from '../lib/numbers'
import { href } from '../lib/route'
import { pickerNames } from '../lib/athleteNames'
import { useSettings } from '../lib/settings'
import { ImportImpactNote } from './ImportImpactNote'
import { ErrorMessage, Notice } from './Messages'

const SUPPORTED = /\.(fit|gpx|tcx|csv)(\.gz)?$/i
const POLL_MS = 150

type Phase = 'idle' | 'sending' | 'reading' | 'preview' | 'saving'
interface Edit {
  type: SessionTypeName
  ankleWeightKg: number
  weightedMin: number
}

const toBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

const statusLabel: Record<ImportPreviewRow['status'], string> = { new: 'New', duplicate: 'Duplicate', error: 'Error' }

const sourceLabel: Record<DuplicateMatch['source'], string> = {
  manual: 'logged by hand',
  import: 'imported earlier',
  'this import': 'in this import'
}

/** What a duplicate matches, in the coach's words: day, time, type, duration, distance, source. */
const matchText = (m: DuplicateMatch, distance: (km: number) => string): string =>
  [
    `${formatDay(m.date)}${m.startTime ? ` ${m.startTime}` : ' (no start time)'}`,
    sessionTypeLabels[m.type],
    `${m.durationMin} min`,
    m.distanceKm === null ? 'no distance' : distance(m.distanceKm),
    m.source === 'this import' ? `${m.file} (this import)` : sourceLabel[m.source]
  ].join(' · ')

const timeUsedText = (r: ImportPreviewRow): string | null =>
  r.timeUsed === 'moving'
    ? `moving time${r.elapsedMin !== null ? ` (elapsed ${r.elapsedMin} min)` : ''}`
    : r.timeUsed === 'elapsed'
      ? 'elapsed time (the file has no moving time)'
      : null

export const ImportPanel = ({
  athletes,
  initialAthleteId,
  canPickFiles
}: {
  athletes: Athlete[]
  initialAthleteId?: number
  canPickFiles: boolean
}) => {
  const { settings } = useSettings()
  const names = pickerNames(athletes, settings.massUnit)
  const mu = settings.massUnit
  const [athleteId, setAthleteId] = useState<number | ''>(initialAthleteId ?? '')
  const [phase, setPhase] = useState<Phase>('idle')
  const [progress, setProgress] = useState({ done: 0, total: 0 })
  const [rows, setRows] = useState<ImportPreviewRow[]>([])
  const [edits, setEdits] = useState<Record<number, Edit>>({})
  const [selected, setSelected] = useState<Set<number>>(new Set())
  /** New rows the coach chose to leave out (a ride in a Strava export, say). */
  const [leftOut, setLeftOut] = useState<Set<number>>(new Set())
  /** What the coach does with each duplicate row; absent means leave it out. */
  const [actions, setActions] = useState<Record<number, DuplicateAction>>({})
  const [weightText, setWeightText] = useState('')
  const [minutesText, setMinutesText] = useState('')
  const [batchError, setBatchError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [summary, setSummary] = useState<(ImportSummary & { athlete: Athlete }) | null>(null)
  const [skipped, setSkipped] = useState(0)
  const [impact, setImpact] = useState<ImportImpact | null>(null)
  const job = useRef<string | null>(null)
  const cancelled = useRef(false)

  useEffect(() => {
    if (athleteId === '' && athletes.length === 1) setAthleteId(athletes[0].id)
  }, [athletes, athleteId])

  // Leaving the page mid-import cancels it, so no file bytes linger in main.
  useEffect(
    () => () => {
      if (job.current) void call('importCancel', { jobId: job.current })
    },
    []
  )

  const athlete = athletes.find((a) => a.id === athleteId)

  const reset = () => {
    job.current = null
    setPhase('idle')
    setRows([])
    setEdits({})
    setSelected(new Set())
    setLeftOut(new Set())
    setActions({})
    setProgress({ done: 0, total: 0 })
  }

  const fail = (message: string) => {
    if (job.current) void call('importCancel', { jobId: job.current })
    reset()
    setError(message)
  }

  const start = async (list: FileList | null) => {
    setError(null)
    setNotice(null)
    setSummary(null)
    if (!list || list.length === 0) return
    if (athleteId === '') return setError('Choose the athlete these sessions belong to first')
    const all = Array.from(list)
    // By name, so the preview reads like the folder (and a file comes before its .gz copy).
    const files = all
      .filter((f) => SUPPORTED.test(f.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    setSkipped(all.length - files.length)
    if (files.length === 0)
      return setError('None of the chosen files is a .fit, .gpx, .tcx or .csv file (or a .gz of one)')
    const begun = await begin()
    if (!begun) return
    const { jobId, chunkBytes, maxFileBytes } = begun
    setPhase('sending')
    setProgress({ done: 0, total: files.length })
    for (const [i, file] of files.entries()) {
      if (cancelled.current) return
      if (file.size > maxFileBytes) {
        // Main refuses it by its size and names it in the preview; the bytes never travel.
        const r = await call('importAddFile', {
          jobId,
          name: file.name,
          size: file.size,
          offset: 0,
          chunk: '',
          last: true
        })
        if (!r.ok) return fail(r.error.message)
      } else {
        const bytes = new Uint8Array(await file.arrayBuffer())
        let fileIndex: number | undefined
        for (let offset = 0; offset === 0 || offset < bytes.length; offset += chunkBytes) {
          if (cancelled.current) return
          const part = bytes.subarray(offset, offset + chunkBytes)
          const r = await call('importAddFile', {
            jobId,
            name: file.name,
            size: bytes.length,
            offset,
            chunk: toBase64(part),
            last: offset + chunkBytes >= bytes.length,
            fileIndex
          })
          if (!r.ok) return fail(r.error.message)
          fileIndex = r.value.fileIndex
        }
      }
      setProgress({ done: i + 1, total: files.length })
    }
    await readAndPreview(jobId, files.length)
  }

  const begin = async () => {
    if (athleteId === '') {
      setError('Choose the athlete these sessions belong to first')
      return null
    }
    cancelled.current = false
    const begun = await call('importBegin', { athleteId })
    if (!begun.ok) {
      setError(begun.error.message)
      return null
    }
    job.current = begun.value.jobId
    return begun.value
  }

  /** Desktop app: the system's file dialog; main reads the files itself. */
  const pickWithDialog = async () => {
    setError(null)
    setNotice(null)
    setSummary(null)
    setSkipped(0)
    const begun = await begin()
    if (!begun) return
    const picked = await call('importPickFiles', { jobId: begun.jobId })
    if (!picked.ok) return fail(picked.error.message)
    if (picked.value.added === 0) {
      await call('importCancel', { jobId: begun.jobId })
      return reset()
    }
    await readAndPreview(begun.jobId, picked.value.added)
  }

  const readAndPreview = async (jobId: string, total: number) => {
    const read = await call('importRead', { jobId })
    if (!read.ok) return fail(read.error.message)
    setPhase('reading')
    setProgress({ done: 0, total })
    for (;;) {
      await new Promise((r) => setTimeout(r, POLL_MS))
      if (cancelled.current) return
      const p = await call('importProgress', { jobId })
      if (!p.ok) return fail(p.error.message)
      setProgress({ done: p.value.done, total: p.value.total })
      if (p.value.state === 'ready') {
        setRows(p.value.rows)
        const initial: Record<number, Edit> = {}
        for (const r of p.value.rows)
          if (r.status !== 'error' && r.type)
            initial[r.rowId] = { type: r.type, ankleWeightKg: r.ankleWeightKg, weightedMin: r.weightedMin }
        setEdits(initial)
        setSelected(new Set())
        setLeftOut(new Set())
        setActions({})
        setPhase('preview')
        return
      }
      if (p.value.state === 'cancelled') return reset()
    }
  }

  const cancel = async () => {
    cancelled.current = true
    if (job.current) await call('importCancel', { jobId: job.current })
    reset()
    setNotice('Import cancelled. Nothing was imported.')
  }

  const newRows = rows.filter((r) => r.status === 'new')
  const duplicateRows = rows.filter((r) => r.status === 'duplicate')
  const takenDuplicates = duplicateRows.filter((r) => (actions[r.rowId] ?? 'skip') !== 'skip')
  const chosenRows = [...newRows.filter((r) => !leftOut.has(r.rowId)), ...takenDuplicates]
  const choices = chosenRows.map((row) => {
    const action = row.status === 'duplicate' ? actions[row.rowId] : undefined
    // A replacement keeps the coach's weights on the saved session: only its type is sent.
    if (action === 'replace') return { rowId: row.rowId, type: edits[row.rowId]?.type, action }
    return { rowId: row.rowId, ...edits[row.rowId], ...(action ? { action } : {}) }
  })
  const choicesKey = JSON.stringify(choices)

  // The warnings the chosen rows would create, refreshed as the coach edits weights or leaves rows out.
  useEffect(() => {
    if (phase !== 'preview' || !job.current) return setImpact(null)
    const jobId = job.current
    let current = true
    const timer = setTimeout(() => {
      void call('importImpact', { jobId, rows: JSON.parse(choicesKey) }).then((r) => {
        if (current) setImpact(r.ok ? r.value : null)
      })
    }, 200)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [phase, choicesKey])
  const counts = {
    new: newRows.length,
    duplicate: duplicateRows.length,
    error: rows.filter((r) => r.status === 'error').length
  }

  const chooseAction = (r: ImportPreviewRow, action: DuplicateAction) => {
    setActions({ ...actions, [r.rowId]: action })
    // Replacing keeps the saved session's type unless the coach changes it here.
    if (action === 'replace' && r.match && edits[r.rowId])
      setEdits({ ...edits, [r.rowId]: { ...edits[r.rowId], type: r.match.type } })
    else if (r.type && edits[r.rowId]) setEdits({ ...edits, [r.rowId]: { ...edits[r.rowId], type: r.type } })
  }
  const allSelected = newRows.length > 0 && newRows.every((r) => selected.has(r.rowId))

  const toggle = (rowId: number, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(rowId)
    else next.delete(rowId)
    setSelected(next)
  }

  const applyWeights = (weighted: boolean) => {
    setBatchError(null)
    let kg = 0
    let minutes = 0
    if (weighted) {
      const w = numberOrNull(weightText)
      const m = numberOrNull(minutesText)
      if (w === null || !Number.isFinite(w) || w <= 0) return setBatchError(`Enter the weight per ankle in ${mu}`)
      kg = massFromDisplay(w, mu)
      if (kg > 5) return setBatchError(`The weight per ankle must be at most ${formatMass(5, mu)}`)
      if (m === null || !Number.isFinite(m) || m <= 0) return setBatchError('Enter the minutes with weights on')
      minutes = m
    }
    const next = { ...edits }
    for (const r of newRows) {
      if (!selected.has(r.rowId)) continue
      // Never more weighted minutes than the session lasted.
      next[r.rowId] = { ...next[r.rowId], ankleWeightKg: kg, weightedMin: Math.min(minutes, r.durationMin ?? minutes) }
    }
    setEdits(next)
  }

  const setLeftOutSelected = (out: boolean) => {
    const next = new Set(leftOut)
    for (const id of selected) {
      if (out) next.add(id)
      else next.delete(id)
    }
    setLeftOut(next)
  }

  const confirm = async () => {
    if (!job.current || !athlete) return
    setPhase('saving')
    setError(null)
    const r = await call('importConfirm', { jobId: job.current, rows: choices })
    if (!r.ok) {
      setPhase('preview')
      return setError(r.error.message)
    }
    job.current = null
    setSummary({ ...r.value, athlete })
    reset()
  }

  const busy = phase === 'sending' || phase === 'reading' || phase === 'saving'
  const pickDisabled = busy || phase === 'preview' || athleteId === ''

  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <div className="panel-head">
        <h2 id="import-title">Import sessions</h2>
      </div>
      <p className="muted">
        Files from watches and apps: FIT, GPX, TCX, Strava's bulk-export <code>activities.csv</code> and Ballast's own
        CSV, also as <code>.gz</code>. Up to 50 MB per file. Nothing is saved until you confirm the preview.
      </p>
      <div className="row import-pick">
        <div className="field">
          <label htmlFor="import-athlete">Athlete</label>
          <select
            id="import-athlete"
            value={athleteId}
            disabled={busy || phase === 'preview'}
            onChange={(e) => setAthleteId(e.target.value === '' ? '' : Number(e.target.value))}
          >
            <option value="">Choose an athlete…</option>
            {athletes.map((a) => (
              <option key={a.id} value={a.id}>
                {names.get(a.id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-files">Files</label>
          <input
            id="import-files"
            type="file"
            multiple
            accept=".fit,.gpx,.tcx,.csv,.gz"
            disabled={pickDisabled}
            onChange={(e) => void start(e.target.files).finally(() => (e.target.value = ''))}
          />
        </div>
        <div className="field">
          <label htmlFor="import-folder">Or a whole folder</label>
          <input
            id="import-folder"
            type="file"
            multiple
            disabled={pickDisabled}
            ref={(el) => {
              // React does not know these attributes; they make the input pick a folder.
              el?.setAttribute('webkitdirectory', '')
              el?.setAttribute('directory', '')
            }}
            onChange={(e) => void start(e.target.files).finally(() => (e.target.value = ''))}
          />
        </div>
        {canPickFiles && (
          <div className="field">
            <button type="button" onClick={pickWithDialog} disabled={pickDisabled}>
              Choose files…
            </button>
          </div>
        )}
      </div>

      <ErrorMessage>{error}</ErrorMessage>
      <Notice>{notice}</Notice>
      {summary && (
        <p className="notice" role="status">
          Imported {summary.imported} session{summary.imported === 1 ? '' : 's'} for {summary.athlete.name}.
          {summary.replaced > 0 &&
            ` Replaced ${summary.replaced} logged session${summary.replaced === 1 ? '' : 's'} (weights, RPE and pain kept).`}
          {summary.skippedDuplicates > 0 &&
            ` Skipped ${summary.skippedDuplicates} duplicate${summary.skippedDuplicates === 1 ? '' : 's'}.`}
          {summary.skippedErrors > 0 && ` Left out ${summary.skippedErrors} with errors.`}
          {summary.notChosen > 0 && ` You left out ${summary.notChosen}.`}{' '}
          <a href={href({ page: 'athlete', id: summary.athlete.id })}>Open {summary.athlete.name}'s log</a>
        </p>
      )}
      {summary && <ImportImpactNote impact={summary.impact} done />}

      {(phase === 'sending' || phase === 'reading') && (
        <div className="import-progress">
          <label htmlFor="import-progress">
            {phase === 'sending' ? 'Sending files' : 'Reading files'}: {progress.done} of {progress.total}
          </label>
          <progress id="import-progress" max={Math.max(progress.total, 1)} value={progress.done} />
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}

      {(phase === 'preview' || phase === 'saving') && (
        <>
          <p className="import-counts" aria-live="polite">
            <strong>{counts.new}</strong> new{leftOut.size > 0 && ` (${leftOut.size} left out by you)`} ·{' '}
            <strong>{counts.duplicate}</strong> duplicate{counts.duplicate === 1 ? '' : 's'} (
            {takenDuplicates.length > 0
              ? `${takenDuplicates.length} taken, the rest skipped`
              : 'skipped unless you choose otherwise'}
            ) · <strong>{counts.error}</strong> with errors (left out)
            {skipped > 0 && ` · ${skipped} other file${skipped === 1 ? '' : 's'} in the folder ignored`}
          </p>
          {newRows.length > 0 && (
            <fieldset className="import-batch">
              <legend>Selected sessions ({selected.size})</legend>
              <div className="field">
                <label htmlFor="batch-weight">Weight per ankle ({mu})</label>
                <input
                  id="batch-weight"
                  inputMode="decimal"
                  value={weightText}
                  onChange={(e) => setWeightText(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="batch-minutes">Minutes with weights on</label>
                <input
                  id="batch-minutes"
                  inputMode="decimal"
                  value={minutesText}
                  onChange={(e) => setMinutesText(e.target.value)}
                />
              </div>
              <button type="button" disabled={selected.size === 0} onClick={() => applyWeights(true)}>
                Mark {selected.size} selected as weighted
              </button>
              <button type="button" disabled={selected.size === 0} onClick={() => applyWeights(false)}>
                Remove weights
              </button>
              <button type="button" disabled={selected.size === 0} onClick={() => setLeftOutSelected(true)}>
                Leave out
              </button>
              <button type="button" disabled={selected.size === 0} onClick={() => setLeftOutSelected(false)}>
                Put back
              </button>
              <p className="hint">Minutes with weights on are capped at each session's duration.</p>
              {batchError && (
                <p className="field-error" role="alert">
                  {batchError}
                </p>
              )}
            </fieldset>
          )}
          <div className="import-table-wrap">
            <table className="grid import-preview" aria-label="Import preview">
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Select all new sessions"
                      checked={allSelected}
                      disabled={newRows.length === 0}
                      onChange={(e) => setSelected(e.target.checked ? new Set(newRows.map((r) => r.rowId)) : new Set())}
                    />
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">File</th>
                  <th scope="col">Date</th>
                  <th scope="col">Type</th>
                  <th scope="col" className="num">
                    Duration
                  </th>
                  <th scope="col" className="num">
                    Distance
                  </th>
                  <th scope="col">Ankle weights</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const edit = edits[r.rowId]
                  const what = `${r.file}${r.label ? ` ${r.label}` : ''}`
                  return (
                    <tr
                      key={r.rowId}
                      className={`status-${r.status}${leftOut.has(r.rowId) ? ' left-out' : ''}${(actions[r.rowId] ?? 'skip') !== 'skip' ? ' taken' : ''}`}
                      data-status={r.status}
                    >
                      <td>
                        {r.status === 'new' && (
                          <input
                            type="checkbox"
                            aria-label={`Select ${what}`}
                            checked={selected.has(r.rowId)}
                            onChange={(e) => toggle(r.rowId, e.target.checked)}
                          />
                        )}
                      </td>
                      <td>
                        <span className={`tag status ${r.status}`}>{statusLabel[r.status]}</span>
                        {leftOut.has(r.rowId) && <span className="tag">left out</span>}
                        {r.reason && <div className="import-reason">{r.reason}</div>}
                        {r.match && (
                          <div className="import-match">
                            Matches: {matchText(r.match, (km) => formatDistance(km, settings.distanceUnit))}
                          </div>
                        )}
                        {r.status === 'duplicate' && (
                          <select
                            className="import-action"
                            aria-label={`What to do with ${what}`}
                            value={actions[r.rowId] ?? 'skip'}
                            onChange={(e) => chooseAction(r, e.target.value as DuplicateAction)}
                          >
                            <option value="skip">Leave out</option>
                            <option value="import">Import anyway</option>
                            {r.match?.sessionId != null && (
                              <option value="replace">Replace the saved session (keeps weights, RPE, pain)</option>
                            )}
                          </select>
                        )}
                        {r.note && <div className="import-note">Note: {r.note}</div>}
                      </td>
                      <td className="import-file">
                        {r.file}
                        {r.label && <span className="muted"> {r.label}</span>}
                        {r.format && <span className="muted"> · {r.format}</span>}
                      </td>
                      <td className="nowrap">
                        {r.date ? formatDay(r.date) : '–'}
                        {r.startTime && <span className="muted"> {r.startTime}</span>}
                      </td>
                      <td>
                        {(r.status === 'new' || (actions[r.rowId] ?? 'skip') !== 'skip') && edit ? (
                          <select
                            aria-label={`Type of ${what}`}
                            value={edit.type}
                            onChange={(e) =>
                              setEdits({ ...edits, [r.rowId]: { ...edit, type: e.target.value as SessionTypeName } })
                            }
                          >
                            {sessionTypes.map((t) => (
                              <option key={t} value={t}>
                                {sessionTypeLabels[t]}
                              </option>
                            ))}
                          </select>
                        ) : r.type ? (
                          sessionTypeLabels[r.type]
                        ) : (
                          '–'
                        )}
                        {r.typeReason && <div className="import-reason">{r.typeReason}</div>}
                      </td>
                      <td className="num">
                        {r.durationMin === null ? '–' : `${r.durationMin} min`}
                        {timeUsedText(r) && <div className="import-reason">{timeUsedText(r)}</div>}
                      </td>
                      <td className="num">
                        {r.distanceKm === null ? '–' : formatDistance(r.distanceKm, settings.distanceUnit)}
                      </td>
                      <td>
                        {actions[r.rowId] === 'replace' ? (
                          <span className="muted">kept from the saved session</span>
                        ) : (edit?.ankleWeightKg ?? r.ankleWeightKg) > 0 ? (
                          <span className="weighted">
                            {formatMass(edit?.ankleWeightKg ?? r.ankleWeightKg, mu)} ×{' '}
                            {edit?.weightedMin ?? r.weightedMin} min
                          </span>
                        ) : (
                          <span className="muted">none</span>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          {impact && chosenRows.length > 0 && <ImportImpactNote impact={impact} done={false} />}
          <div className="actions">
            <button type="button" onClick={cancel} disabled={phase === 'saving'}>
              Start over
            </button>
            <button
              type="button"
              className="primary"
              onClick={confirm}
              disabled={phase === 'saving' || chosenRows.length === 0}
            >
              {phase === 'saving'
                ? 'Importing…'
                : `Import ${chosenRows.length} session${chosenRows.length === 1 ? '' : 's'}${athlete ? ` for ${athlete.name}` : ''}`}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
