// Import sessions from watch and app files: pick files or a folder, watch the progress (and cancel),
// check the preview (new / duplicate / error and why), adjust types and weights, confirm. The job's
// flow is useImportJob, the coach's choices useImportChoices, the table ImportPreviewTable.
import { useEffect, useState, type ChangeEvent } from 'react'
import type { ImportImpact } from '../../../shared/contract/io'
import type { Athlete } from '../../../shared/domain'
import { call } from '../lib/api'
import { href } from '../lib/route'
import { useSettings } from '../lib/settings'
import { ImportBatchBar } from './import/ImportBatchBar'
import { importAccept, maxImportMb } from './import/importText'
import { ImportPreviewTable } from './import/ImportPreviewTable'
import { useImportChoices } from './import/useImportChoices'
import { useImportJob } from './import/useImportJob'
import { ImportImpactNote } from './ImportImpactNote'
import { AthleteOptions } from './AthleteOptions'
import { Field } from './Field'
import { ErrorMessage, Notice } from './Messages'

/** Makes a file input pick a whole folder (attributes React does not know). */
const pickFolder = (el: HTMLInputElement | null) => {
  el?.setAttribute('webkitdirectory', '')
  el?.setAttribute('directory', '')
}

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
  const mu = settings.massUnit
  const [athleteId, setAthleteId] = useState<number | ''>(initialAthleteId ?? '')
  const { phase, progress, rows, error, notice, summary, skipped, jobId, start, pickWithDialog, cancel, confirm } =
    useImportJob(athleteId)
  const choices = useImportChoices(rows)
  const [impact, setImpact] = useState<ImportImpact | null>(null)

  useEffect(() => {
    if (athleteId === '' && athletes.length === 1) setAthleteId(athletes[0].id)
  }, [athletes, athleteId])

  const athlete = athletes.find((a) => a.id === athleteId)
  const choicesKey = JSON.stringify(choices.chosen)

  // The warnings the chosen rows would create, refreshed as the coach edits weights or leaves rows out.
  useEffect(() => {
    if (phase !== 'preview' || !jobId.current) return setImpact(null)
    const id = jobId.current
    let current = true
    const timer = setTimeout(() => {
      void call('importImpact', { jobId: id, rows: JSON.parse(choicesKey) }).then((r) => {
        if (current) setImpact(r.ok ? r.value : null)
      })
    }, 200)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [phase, choicesKey, jobId])
  const counts = {
    new: choices.newRows.length,
    duplicate: choices.duplicateRows.length,
    error: rows.filter((r) => r.status === 'error').length
  }

  // Files or a folder chosen in the page: sent to main, then the input is cleared for the next pick.
  const pickFiles = (e: ChangeEvent<HTMLInputElement>) =>
    void start(e.target.files).finally(() => (e.target.value = ''))
  const busy = phase === 'sending' || phase === 'reading' || phase === 'saving'
  const pickDisabled = busy || phase === 'preview' || athleteId === ''

  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <div className="panel-head">
        <h2 id="import-title">Import sessions</h2>
      </div>
      <p className="muted">
        Files from watches and apps: FIT, GPX, TCX, Strava's bulk-export <code>activities.csv</code> and Ballast's own
        CSV, also as <code>.gz</code>. Up to {maxImportMb} MB per file. Nothing is saved until you confirm the preview.
      </p>
      <div className="row import-pick">
        <Field id="import-athlete" label="Athlete">
          <select
            id="import-athlete"
            value={athleteId}
            disabled={busy || phase === 'preview'}
            onChange={(e) => setAthleteId(e.target.value === '' ? '' : Number(e.target.value))}
          >
            <option value="">Choose an athlete…</option>
            <AthleteOptions athletes={athletes} />
          </select>
        </Field>
        <Field id="import-files" label="Files">
          <input
            id="import-files"
            type="file"
            multiple
            accept={importAccept}
            disabled={pickDisabled}
            onChange={pickFiles}
          />
        </Field>
        <Field id="import-folder" label="Or a whole folder">
          <input
            id="import-folder"
            type="file"
            multiple
            disabled={pickDisabled}
            ref={pickFolder}
            onChange={pickFiles}
          />
        </Field>
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
            <strong>{counts.new}</strong> new{choices.leftOut.size > 0 && ` (${choices.leftOut.size} left out by you)`}{' '}
            · <strong>{counts.duplicate}</strong> duplicate{counts.duplicate === 1 ? '' : 's'} (
            {choices.takenDuplicates.length > 0
              ? `${choices.takenDuplicates.length} taken, the rest skipped`
              : 'skipped unless you choose otherwise'}
            ) · <strong>{counts.error}</strong> with errors (left out)
            {skipped > 0 && ` · ${skipped} other file${skipped === 1 ? '' : 's'} in the folder ignored`}
          </p>
          {choices.newRows.length > 0 && <ImportBatchBar choices={choices} massUnit={mu} />}
          <ImportPreviewTable rows={rows} choices={choices} units={{ mass: mu, distance: settings.distanceUnit }} />
          {impact && choices.chosenRows.length > 0 && <ImportImpactNote impact={impact} done={false} />}
          <div className="actions">
            <button type="button" onClick={cancel} disabled={phase === 'saving'}>
              Start over
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => athlete && void confirm(choices.chosen, athlete)}
              disabled={phase === 'saving' || choices.chosenRows.length === 0}
            >
              {phase === 'saving'
                ? 'Importing…'
                : `Import ${choices.chosenRows.length} session${choices.chosenRows.length === 1 ? '' : 's'}${athlete ? ` for ${athlete.name}` : ''}`}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
