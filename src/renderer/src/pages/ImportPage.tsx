// "Import / Export": bring sessions in from watches and apps, and look after the coach's data.
import { useState } from 'react'
import { ImportPanel } from '../components/ImportPanel'
import { useRead } from '../lib/query'
import { href } from '../lib/route'
import { DataSection } from './DataSection'
import { ErrorMessage } from '../components/Messages'

export const ImportPage = ({ athleteId }: { athleteId?: number }) => {
  const athletesRead = useRead('listAthletes', { includeArchived: false })
  const athletes = athletesRead.data ?? null
  const error = athletesRead.error?.message ?? null
  const canPickFiles = useRead('listBackups', {}).data?.canPickFiles ?? false
  // A restore replaces everything: the import panel starts again, on the restored athletes.
  const [replaced, setReplaced] = useState('')

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
        <ImportPanel key={replaced} athletes={athletes} initialAthleteId={athleteId} canPickFiles={canPickFiles} />
      )}
      {athletes !== null && <DataSection athletes={athletes} onDataReplaced={setReplaced} />}
    </section>
  )
}
