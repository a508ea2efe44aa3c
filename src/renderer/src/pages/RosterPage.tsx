import { useCallback, useEffect, useState } from 'react'
import { levelLabels, type Athlete } from '../../../shared/domain'
import type { AthleteSummary } from '../../../shared/ipc'
import { formatMass } from '../../../shared/units'
import { AthleteForm } from '../components/AthleteForm'
import { Dialog } from '../components/Dialog'
import { SeverityBadge } from '../components/SeverityBadge'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { href, navigate } from '../lib/route'
import { useSettings } from '../lib/settings'

export const RosterPage = () => {
  const { settings } = useSettings()
  const [athletes, setAthletes] = useState<AthleteSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<Athlete | 'new' | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const r = await call('listAthletes', { includeArchived: showArchived })
    if (r.ok) {
      setAthletes(r.value)
      setError(null)
    } else setError(r.error.message)
  }, [showArchived])

  useEffect(() => {
    void load()
  }, [load])

  const loadDemo = async () => {
    setBusy(true)
    const r = await call('loadDemoSquad', {})
    setBusy(false)
    if (!r.ok) setError(r.error.message)
    await load()
  }

  const setArchived = async (a: AthleteSummary, archive: boolean) => {
    const r = await call(archive ? 'archiveAthlete' : 'restoreAthlete', { id: a.id })
    if (!r.ok) setError(r.error.message)
    await load()
  }

  const empty = athletes !== null && athletes.length === 0 && !showArchived

  return (
    <section aria-labelledby="roster-title">
      <div className="page-head">
        <h1 id="roster-title">Squad</h1>
        <div className="toolbar">
          <label className="inline">
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived
          </label>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add athlete
          </button>
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {athletes === null && <p className="muted">Loading…</p>}
      {empty && (
        <div className="empty">
          <h2>No athletes yet</h2>
          <p>Add your first athlete, or load a demo squad of six runners with twelve weeks of training to see how Ballast works.</p>
          <div className="actions center">
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              Add athlete
            </button>
            <button type="button" onClick={loadDemo} disabled={busy}>
              {busy ? 'Loading…' : 'Load demo squad'}
            </button>
          </div>
        </div>
      )}
      {athletes !== null && athletes.length > 0 && (
        <table className="grid roster" aria-label="Athletes">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Name</th>
              <th scope="col">Level</th>
              <th scope="col" className="num">
                Body mass
              </th>
              <th scope="col">Last session</th>
              <th scope="col" className="num">
                Weighted runs, last 7 days
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {athletes.map((a) => (
              <tr key={a.id} className={a.archivedAt ? 'archived' : undefined} data-severity={a.worstSeverity ?? 'none'}>
                <td title="Worst of: stops in force, and warnings of the last 7 days">
                  <SeverityBadge severity={a.worstSeverity} count={a.worstSeverity ? a.currentWarnings[a.worstSeverity] : undefined} />
                </td>
                <td>
                  <a href={href({ page: 'athlete', id: a.id })}>{a.name}</a>
                  {a.archivedAt && <span className="tag">Archived</span>}
                </td>
                <td>{levelLabels[a.level]}</td>
                <td className="num">{a.bodyMassKg === null ? <span className="muted">not set</span> : formatMass(a.bodyMassKg, settings.massUnit)}</td>
                <td>{a.lastSessionDate ? formatDay(a.lastSessionDate) : <span className="muted">none</span>}</td>
                <td className="num">{a.weightedRuns7d}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing(a)} aria-label={`Edit ${a.name}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => setArchived(a, !a.archivedAt)} aria-label={`${a.archivedAt ? 'Restore' : 'Archive'} ${a.name}`}>
                    {a.archivedAt ? 'Restore' : 'Archive'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {athletes !== null && athletes.length === 0 && showArchived && <p className="muted">No athletes, archived or active.</p>}
      {editing && (
        <Dialog title={editing === 'new' ? 'Add athlete' : `Edit ${editing.name}`} onClose={() => setEditing(null)}>
          <AthleteForm
            athlete={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={(a) => {
              setEditing(null)
              if (editing === 'new') navigate({ page: 'athlete', id: a.id })
              else void load()
            }}
          />
        </Dialog>
      )}
    </section>
  )
}
