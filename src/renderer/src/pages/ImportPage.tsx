// "Import / Export": bring sessions in from watches and apps, and look after the coach's data.
import { useCallback, useEffect, useState } from 'react'
import type { Athlete } from '../../../shared/domain'
import { ImportPanel } from '../components/ImportPanel'
import { call } from '../lib/api'
import { href } from '../lib/route'
import { DataSection } from './DataSection'
import { ErrorMessage } from '../components/Messages'

export const ImportPage = ({ athleteId }: { athleteId?: number }) => {
  const [athletes, setAthletes] = useState<Athlete[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  // A restore replaces everything: remount the import panel on fresh data.
  const [generation, setGeneration] = useState(0)
  const [canPickFiles, setCanPickFiles] = useState(false)

  const load = useCallback(async () => {
    const [r, io] = await Promise.all([call('listAthletes', { includeArchived: false }), call('listBackups', {})])
    if (r.ok) setAthletes(r.value)
    else setError(r.error.message)
    if (io.ok) setCanPickFiles(io.value.canPickFiles)
  }, [])

  useEffect(() => {
    void load()
  }, [load, generation])

  return (
    <section aria-labelledby="import-page-title">
      <div className="page-head">
        <div>
          <h1 id="import-page-title">Import / Export</h1>
          <p className="facts">Sessions from watches and apps, CSV export, backups and restore.</p>
        </div>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {athletes === null && !error && <p className="muted">Loading…</p>}
      {athletes !== null && athletes.length === 0 && (
        <div className="empty">
          <p>
            Add an athlete on the <a href={href({ page: 'roster' })}>Squad</a> page first; imported sessions always
            belong to one athlete.
          </p>
        </div>
      )}
      {athletes !== null && athletes.length > 0 && (
        <ImportPanel key={generation} athletes={athletes} initialAthleteId={athleteId} canPickFiles={canPickFiles} />
      )}
      {athletes !== null && <DataSection athletes={athletes} onDataReplaced={() => setGeneration((g) => g + 1)} />}
    </section>
  )
}
