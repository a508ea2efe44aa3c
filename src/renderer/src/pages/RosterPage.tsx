import { useCallback, useMemo, useState } from 'react'
import type { SquadRow } from '../../../shared/contract/dashboard'
import { AthleteForm } from '../components/AthleteForm'
import { Dialog } from '../components/Dialog'
import { GroupSessionForm } from '../components/GroupSessionForm'
import { ErrorMessage, Notice } from '../components/Messages'
import { PageHeader, PageLoading } from '../components/PageHeader'
import { TriageGrid } from '../components/TriageGrid'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { useRead } from '../lib/query'
import { navigate } from '../lib/route'
import { useSettings } from '../lib/settings'
import { useToast } from '../lib/toast'
import { SquadFilters, type Filters } from './roster/SquadFilters'
import { SquadTable } from './roster/SquadTable'

const noFilters: Filters = { query: '', level: 'all', severity: 'all', showArchived: false, view: 'list' }

/** The squad view a coach opens every morning: who needs attention, most urgent first. */
export const RosterPage = () => {
  const { settings } = useSettings()
  const { showUndo } = useToast()
  const [filters, setFilters] = useState(noFilters)
  const read = useRead('getSquad', { includeArchived: filters.showArchived }, { keepPrevious: true })
  const squad = read.data ?? null
  const [actionError, setError] = useState<string | null>(null)
  const error = actionError ?? read.error?.message ?? null
  const [editing, setEditing] = useState<SquadRow | 'new' | 'group' | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const shown = useMemo(() => {
    if (!squad) return []
    const { query, level, severity } = filters
    const q = query.trim().toLocaleLowerCase()
    return squad.athletes.filter(
      (a) =>
        (q === '' || a.name.toLocaleLowerCase().includes(q)) &&
        (level === 'all' || a.level === level) &&
        (severity === 'all' || (severity === 'none' ? a.worstSeverity === null : a.worstSeverity === severity))
    )
  }, [squad, filters])

  const loadDemo = async () => {
    setBusy(true)
    const r = await call('loadDemoSquad', {})
    setBusy(false)
    if (!r.ok) setError(r.error.message)
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
          }
        })
      } else setNotice(`Restored ${a.name}.`)
    },
    [showUndo]
  )

  const editingRow = editing !== null && editing !== 'new' && editing !== 'group' ? editing : null
  const editAthlete = useRead('getAthlete', { id: editingRow?.id ?? 0 }, { enabled: editingRow !== null }).data

  const empty = squad !== null && squad.athletes.length === 0 && !filters.showArchived
  const active = squad?.athletes.filter((a) => !a.archivedAt) ?? []
  const close = () => setEditing(null)

  return (
    <section aria-labelledby="roster-title">
      <PageHeader
        titleId="roster-title"
        title="Squad"
        actions={
          <>
            {active.length > 0 && (
              <button type="button" onClick={() => setEditing('group')}>
                Log group session
              </button>
            )}
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              Add athlete
            </button>
          </>
        }
      >
        {squad && squad.athletes.length > 0 && (
          <p className="facts">
            {active.length} active athletes · {active.filter((a) => a.worstSeverity === 'stop').length} with a stop ·{' '}
            {active.filter((a) => a.worstSeverity === 'caution').length} with a caution · today {formatDay(squad.today)}
          </p>
        )}
      </PageHeader>
      <ErrorMessage>{error}</ErrorMessage>
      <Notice>{notice}</Notice>
      {squad === null && !error && <PageLoading />}
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
          <SquadFilters filters={filters} onChange={setFilters} />
          {shown.length === 0 && <p className="muted">No athletes match these filters.</p>}
          {shown.length > 0 && filters.view === 'grid' && <TriageGrid squad={{ ...squad, athletes: shown }} />}
          {shown.length > 0 && filters.view === 'list' && (
            <SquadTable
              shown={shown}
              massUnit={settings.massUnit}
              weeklyLimit={squad.weeklyWeightedLimit}
              onEdit={setEditing}
              onArchive={setArchived}
            />
          )}
        </>
      )}
      {editing === 'new' && (
        <Dialog title="Add athlete" onClose={close}>
          <AthleteForm onCancel={close} onSaved={(a) => navigate({ page: 'athlete', id: a.id })} />
        </Dialog>
      )}
      {editingRow && editAthlete && (
        <Dialog title={`Edit ${editingRow.name}`} onClose={close}>
          <AthleteForm athlete={editAthlete} onCancel={close} onSaved={close} />
        </Dialog>
      )}
      {editing === 'group' && (
        <Dialog title="Log a group session" onClose={close} wide>
          <GroupSessionForm
            athletes={active}
            onCancel={close}
            onSaved={(n) => {
              close()
              setNotice(`Saved ${n} sessions.`)
            }}
          />
        </Dialog>
      )}
    </section>
  )
}
