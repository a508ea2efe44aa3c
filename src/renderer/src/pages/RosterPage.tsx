import { memo, useCallback, useEffect, useMemo, useState } from 'react'
import type { SquadRow, SquadView } from '../../../shared/contract/dashboard'
import { levelLabels, levels, type Athlete, type Level } from '../../../shared/domain'
import type { Severity } from '../../../shared/rules'
import { formatMass, type MassUnit } from '../../../shared/units'
import { AthleteForm } from '../components/AthleteForm'
import { Dialog } from '../components/Dialog'
import { GroupSessionForm } from '../components/GroupSessionForm'
import { SeverityBadge } from '../components/SeverityBadge'
import { Sparkline } from '../components/Sparkline'
import { TriageGrid } from '../components/TriageGrid'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { href, navigate } from '../lib/route'
import { useSettings } from '../lib/settings'
import { useToast } from '../lib/toast'
import { useWindowedRows } from '../lib/useWindowedRows'
import { ErrorMessage, Notice } from '../components/Messages'

type SeverityFilter = 'all' | Severity | 'none'

/** The squad view a coach opens every morning: who needs attention, most urgent first. */
export const RosterPage = () => {
  const { settings } = useSettings()
  const [squad, setSquad] = useState<SquadView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<SquadRow | 'new' | 'group' | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const { showUndo } = useToast()
  const [query, setQuery] = useState('')
  const [level, setLevel] = useState<'all' | Level>('all')
  const [severity, setSeverity] = useState<SeverityFilter>('all')
  const [view, setView] = useState<'list' | 'grid'>('list')

  const load = useCallback(async () => {
    const r = await call('getSquad', { includeArchived: showArchived })
    if (r.ok) {
      setSquad(r.value)
      setError(null)
    } else setError(r.error.message)
  }, [showArchived])

  useEffect(() => {
    void load()
  }, [load])

  const shown = useMemo(() => {
    if (!squad) return []
    const q = query.trim().toLocaleLowerCase()
    return squad.athletes.filter(
      (a) =>
        (q === '' || a.name.toLocaleLowerCase().includes(q)) &&
        (level === 'all' || a.level === level) &&
        (severity === 'all' || (severity === 'none' ? a.worstSeverity === null : a.worstSeverity === severity))
    )
  }, [squad, query, level, severity])

  const loadDemo = async () => {
    setBusy(true)
    const r = await call('loadDemoSquad', {})
    setBusy(false)
    if (!r.ok) setError(r.error.message)
    await load()
  }

  const setArchived = useCallback(
    async (a: SquadRow, archive: boolean) => {
      const r = await call(archive ? 'archiveAthlete' : 'restoreAthlete', { id: a.id })
      if (!r.ok) setError(r.error.message)
      else if (archive) {
        // Archive acts at once (nothing is deleted), and the toast offers to undo it.
        showUndo({
          message: `Archived ${a.name}: hidden from the squad and pickers, sessions kept.`,
          undo: async () => {
            const back = await call('restoreAthlete', { id: a.id })
            return back.ok ? null : back.error.message
          },
          onUndone: () => void load()
        })
      } else setNotice(`Restored ${a.name}.`)
      await load()
    },
    [load, showUndo]
  )
  // Past about 100 athletes only the rows near the screen are rendered.
  const win = useWindowedRows(shown.length, { estimate: 45 })

  const [editAthlete, setEditAthlete] = useState<Athlete | null>(null)
  useEffect(() => {
    if (editing && editing !== 'new' && editing !== 'group') {
      void call('getAthlete', { id: editing.id }).then((r) => r.ok && setEditAthlete(r.value))
    } else setEditAthlete(null)
  }, [editing])

  const empty = squad !== null && squad.athletes.length === 0 && !showArchived
  const active = squad?.athletes.filter((a) => !a.archivedAt) ?? []

  return (
    <section aria-labelledby="roster-title">
      <div className="page-head">
        <div>
          <h1 id="roster-title">Squad</h1>
          {squad && squad.athletes.length > 0 && (
            <p className="facts">
              {active.length} active athletes · {active.filter((a) => a.worstSeverity === 'stop').length} with a stop ·{' '}
              {active.filter((a) => a.worstSeverity === 'caution').length} with a caution · today{' '}
              {formatDay(squad.today)}
            </p>
          )}
        </div>
        <div className="toolbar">
          {active.length > 0 && (
            <button type="button" onClick={() => setEditing('group')}>
              Log group session
            </button>
          )}
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add athlete
          </button>
        </div>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <Notice>{notice}</Notice>
      {squad === null && <p className="muted">Loading…</p>}
      {empty && (
        <div className="empty">
          <h2>No athletes yet</h2>
          <p>
            Add your first athlete, or load a demo squad of six runners with twelve weeks of training to see how Ballast
            works.
          </p>
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
      {squad !== null && !empty && (
        <>
          <div className="filters" role="search">
            <label className="inline-field">
              <span>Search</span>
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Name"
                aria-label="Search by name"
              />
            </label>
            <label className="inline-field">
              <span>Level</span>
              <select
                value={level}
                onChange={(e) => setLevel(e.target.value as 'all' | Level)}
                aria-label="Filter by level"
              >
                <option value="all">All levels</option>
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {levelLabels[l]}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              <span>Status</span>
              <select
                value={severity}
                onChange={(e) => setSeverity(e.target.value as SeverityFilter)}
                aria-label="Filter by status"
              >
                <option value="all">Any status</option>
                <option value="stop">Stop</option>
                <option value="caution">Caution</option>
                <option value="info">Note</option>
                <option value="none">OK</option>
              </select>
            </label>
            <label className="inline">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show
              archived
            </label>
            <div className="segmented" role="group" aria-label="Squad view">
              <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
                List
              </button>
              <button type="button" aria-pressed={view === 'grid'} onClick={() => setView('grid')}>
                Triage grid
              </button>
            </div>
          </div>
          {shown.length === 0 && <p className="muted">No athletes match these filters.</p>}
          {shown.length > 0 && view === 'grid' && <TriageGrid squad={{ ...squad, athletes: shown }} />}
          {shown.length > 0 && view === 'list' && (
            <table className="grid roster" aria-label="Athletes" aria-rowcount={shown.length + 1}>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">Status</th>
                  <th scope="col">Name</th>
                  <th scope="col">Level</th>
                  <th scope="col">Last session</th>
                  <th scope="col" className="num" title="Weighted runs in the last 7 and 28 days">
                    Weighted runs
                    <br />7 d / 28 d
                  </th>
                  <th
                    scope="col"
                    className="num"
                    title="Weight per ankle of the latest weighted session, and both ankles as % of body mass"
                  >
                    Current weight
                  </th>
                  <th scope="col" className="num">
                    Weighted min this week
                  </th>
                  <th
                    scope="col"
                    className="num"
                    title="EWMA acute:chronic workload ratio; shown after 28 days of data. A contested measure."
                  >
                    ACWR
                  </th>
                  <th scope="col">Pain</th>
                  <th
                    scope="col"
                    title={`Weighted runs per week, last 12 weeks; dashed line = weekly limit ${squad.weeklyWeightedLimit}`}
                  >
                    12 weeks
                  </th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody ref={win.ref}>
                {win.padTop > 0 && (
                  <tr aria-hidden="true" data-spacer="1" className="spacer">
                    <td colSpan={11} style={{ height: win.padTop, padding: 0, border: 0 }} />
                  </tr>
                )}
                {shown.slice(win.start, win.end).map((a, i) => (
                  <SquadTableRow
                    key={a.id}
                    a={a}
                    rowIndex={win.start + i + 2}
                    massUnit={settings.massUnit}
                    weeklyLimit={squad.weeklyWeightedLimit}
                    onEdit={setEditing}
                    onArchive={setArchived}
                  />
                ))}
                {win.padBottom > 0 && (
                  <tr aria-hidden="true" data-spacer="1" className="spacer">
                    <td colSpan={11} style={{ height: win.padBottom, padding: 0, border: 0 }} />
                  </tr>
                )}
              </tbody>
            </table>
          )}
        </>
      )}
      {editing === 'new' && (
        <Dialog title="Add athlete" onClose={() => setEditing(null)}>
          <AthleteForm onCancel={() => setEditing(null)} onSaved={(a) => navigate({ page: 'athlete', id: a.id })} />
        </Dialog>
      )}
      {editing && editing !== 'new' && editing !== 'group' && editAthlete && (
        <Dialog title={`Edit ${editing.name}`} onClose={() => setEditing(null)}>
          <AthleteForm
            athlete={editAthlete}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null)
              void load()
            }}
          />
        </Dialog>
      )}
      {editing === 'group' && (
        <Dialog title="Log a group session" onClose={() => setEditing(null)} wide>
          <GroupSessionForm
            athletes={active}
            onCancel={() => setEditing(null)}
            onSaved={(n) => {
              setEditing(null)
              setNotice(`Saved ${n} sessions.`)
              void load()
            }}
          />
        </Dialog>
      )}
    </section>
  )
}

interface RowProps {
  a: SquadRow
  /** 1-based, the header row being 1 (aria-rowindex). */
  rowIndex: number
  massUnit: MassUnit
  weeklyLimit: number
  onEdit: (a: SquadRow) => void
  onArchive: (a: SquadRow, archive: boolean) => void
}

/** One athlete's row; memoised so scrolling a long squad re-renders only the rows that appear. */
const SquadTableRow = memo(function SquadTableRow({ a, rowIndex, massUnit, weeklyLimit, onEdit, onArchive }: RowProps) {
  return (
    <tr
      aria-rowindex={rowIndex}
      className={a.archivedAt ? 'archived' : undefined}
      data-severity={a.worstSeverity ?? 'none'}
    >
      <td title="Worst of: stops in force, and warnings of the last 7 days">
        <SeverityBadge
          severity={a.worstSeverity}
          count={a.worstSeverity ? a.currentWarnings[a.worstSeverity] : undefined}
        />
        {a.stopsEnded7d.length > 0 && (
          <span
            className="ended-note"
            title={a.stopsEnded7d
              .map(
                (e) =>
                  `${e.ruleId} stop ended ${formatDay(e.endedOn)} (${e.reason === 'settled' ? 'settled sessions' : 'cleared by the coach'})`
              )
              .join('\n')}
          >
            {a.stopsEnded7d.map((e) => e.ruleId).join(', ')} stop ended{' '}
            {formatDay(a.stopsEnded7d.at(-1)!.endedOn, false)}
          </span>
        )}
      </td>
      <td className="nowrap">
        <a href={href({ page: 'athlete', id: a.id })}>{a.name}</a>
        {a.archivedAt && <span className="tag">Archived</span>}
      </td>
      <td>{levelLabels[a.level]}</td>
      <td className="nowrap">
        {a.lastSessionDate ? formatDay(a.lastSessionDate, false) : <span className="muted">none</span>}
      </td>
      <td className="num">
        {a.weightedRuns7d} / {a.weightedRuns28d}
      </td>
      <td className="num">
        {a.currentAnkleWeightKg === null ? (
          <span className="muted">–</span>
        ) : (
          <>
            {formatMass(a.currentAnkleWeightKg, massUnit)}
            {a.currentPercentBodyMass !== null && <span className="muted"> ({a.currentPercentBodyMass}%)</span>}
          </>
        )}
      </td>
      <td className="num">{a.weightedMinutesThisWeek}</td>
      <td className="num">{a.acwr === null ? <span className="muted">–</span> : a.acwr.toFixed(2)}</td>
      <td>
        {a.painFlag ? <span className="tag pain">Pain {a.maxPain7d ?? ''}</span> : <span className="muted">–</span>}
      </td>
      <td>
        <Sparkline
          values={a.weeks.map((w) => w.weightedRuns)}
          limit={weeklyLimit}
          label={`Weighted runs per week for ${a.name}: ${a.weeks.map((w) => w.weightedRuns).join(', ')}`}
        />
      </td>
      <td className="row-actions">
        <button type="button" onClick={() => onEdit(a)} aria-label={`Edit ${a.name}`}>
          Edit
        </button>
        <button
          type="button"
          onClick={() => onArchive(a, !a.archivedAt)}
          aria-label={`${a.archivedAt ? 'Restore' : 'Archive'} ${a.name}`}
        >
          {a.archivedAt ? 'Restore' : 'Archive'}
        </button>
      </td>
    </tr>
  )
})
