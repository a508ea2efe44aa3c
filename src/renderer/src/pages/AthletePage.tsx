import { useEffect, useState } from 'react'
import { addDays } from '../../../shared/calendar'
import { levelLabels } from '../../../shared/domain'
import { formatMass } from '../../../shared/units'
import { AthleteCharts } from '../components/AthleteCharts'
import { ErrorMessage, Notice } from '../components/Messages'
import { PageHeader, PageLoading, PageReadError } from '../components/PageHeader'
import { PlanCompliance } from '../components/PlanCompliance'
import { WarningsPanel } from '../components/WarningsPanel'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { useRead } from '../lib/query'
import { href } from '../lib/route'
import { useSettings } from '../lib/settings'
import { useToast } from '../lib/toast'
import { useWindowedRows } from '../lib/useWindowedRows'
import { AthleteDialogs, type Editing } from './athlete/AthleteDialogs'
import { SessionLog } from './athlete/SessionLog'

/** Runs after the next frames, when a row just revealed in the windowed log is on the page. */
const afterRender = (f: () => void) => requestAnimationFrame(() => requestAnimationFrame(f))

/** One athlete: warnings and stops, charts, plan vs done and the session log. */
export const AthletePage = ({ id, week }: { id: number; week?: string }) => {
  const { settings } = useSettings()
  const { showUndo } = useToast()
  const athleteRead = useRead('getAthlete', { id })
  const sessionsRead = useRead('listSessions', { athleteId: id })
  // The warnings panel's period (days; 0 = all): main sends only that period's session warnings, and
  // the last period stays shown while another loads. The log reads its rows' warnings itself.
  const [warningDays, setWarningDays] = useState(7)
  const warningsRead = useRead(
    'listWarnings',
    warningDays === 0 ? { athleteId: id } : { athleteId: id, days: warningDays },
    { keepPrevious: true }
  )
  const [actionError, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [highlight, setHighlight] = useState<string | null>(null)
  const athlete = athleteRead.data
  const sessions = sessionsRead.data
  const warnings = warningsRead.data
  const reading = athleteRead.isFetching || sessionsRead.isFetching || warningsRead.isFetching
  const readError = reading ? null : ((athleteRead.error ?? sessionsRead.error ?? warningsRead.error)?.message ?? null)
  // Nothing to show without the reads; with them (a refetch failed), the page stays and says why.
  const error = actionError ?? (athlete && sessions && warnings ? null : readError)

  // The session log is windowed past ~100 rows: a row is rendered (revealed) before it is scrolled to.
  const win = useWindowedRows(sessions?.length ?? 0, { estimate: 45 })
  const showSession = (sessionId: string) => {
    setHighlight(sessionId)
    win.reveal(sessions?.findIndex((s) => String(s.id) === sessionId) ?? -1)
    const row = () => document.querySelector(`[data-session-id="${sessionId}"]`)
    afterRender(() => {
      row()?.scrollIntoView({ block: 'center', behavior: 'smooth' })
      // Rows on the way are measured (and get their warnings) while the page scrolls, which can move
      // a far row from where the scroll was aimed: once it ends, finish the way if it is off screen.
      window.addEventListener(
        'scrollend',
        () => {
          const box = row()?.getBoundingClientRect()
          if (box && (box.bottom < 0 || box.top > window.innerHeight)) row()?.scrollIntoView({ block: 'center' })
        },
        { once: true }
      )
    })
  }

  // Opened from the triage grid at a week: bring that week's sessions into view.
  const weekEnd = week ? addDays(week, 6) : undefined
  const loaded = sessions !== undefined
  const firstInWeek = week && weekEnd && sessions ? sessions.findIndex((s) => s.date >= week && s.date <= weekEnd) : -1
  const { reveal } = win
  useEffect(() => {
    if (!week || !loaded) return
    reveal(firstInWeek)
    afterRender(() => document.querySelector('tr.in-week')?.scrollIntoView({ block: 'center' }))
  }, [week, loaded, firstInWeek, reveal])

  if (error)
    return <PageReadError message={error} back={{ label: 'Back to the squad', href: href({ page: 'roster' }) }} />
  if (!athlete || !sessions || !warnings) return <PageLoading />

  const mu = settings.massUnit
  const close = () => setEditing(null)

  const toggleArchive = async () => {
    const archiving = !athlete.archivedAt
    const r = await call(archiving ? 'archiveAthlete' : 'restoreAthlete', { id })
    if (!r.ok) setError(r.error.message)
    else if (archiving) {
      showUndo({
        message: `Archived ${athlete.name}: hidden from the squad and pickers, sessions kept.`,
        undo: async () => {
          const back = await call('restoreAthlete', { id })
          return back.ok ? null : back.error.message
        }
      })
    }
  }

  return (
    <section aria-labelledby="athlete-title">
      <PageHeader
        titleId="athlete-title"
        title={
          <>
            {athlete.name} {athlete.archivedAt && <span className="tag">Archived</span>}
          </>
        }
        parent={{ label: 'Squad', href: href({ page: 'roster' }), here: athlete.name }}
        actions={
          <>
            <button type="button" onClick={() => setEditing({ kind: 'athlete' })}>
              Edit athlete
            </button>
            <button type="button" onClick={() => setEditing({ kind: 'thresholds' })}>
              Thresholds…
            </button>
            <button type="button" onClick={toggleArchive}>
              {athlete.archivedAt ? 'Restore' : 'Archive'}
            </button>
            {athlete.archivedAt && (
              <button type="button" className="danger" onClick={() => setEditing({ kind: 'delete-athlete' })}>
                Delete permanently…
              </button>
            )}
            {!athlete.archivedAt && (
              <button type="button" className="primary" onClick={() => setEditing({ kind: 'session' })}>
                Log session
              </button>
            )}
          </>
        }
      >
        <p className="facts">
          {levelLabels[athlete.level]} ·{' '}
          {athlete.bodyMassKg === null ? 'body mass not set' : formatMass(athlete.bodyMassKg, mu)} ·{' '}
          {athlete.ownedWeightsKg.length
            ? `owns ${athlete.ownedWeightsKg.map((w) => formatMass(w, mu)).join(', ')} ankle weights`
            : 'no ankle weights'}
        </p>
        {athlete.notes && <p className="notes">{athlete.notes}</p>}
      </PageHeader>
      <ErrorMessage>{readError}</ErrorMessage>
      <Notice>{notice}</Notice>

      {week && (
        <p className="week-banner" role="status">
          <span>
            Showing the week of <strong>{formatDay(week)}</strong>: its sessions are highlighted in the log below.
          </span>
          <a href={href({ page: 'athlete', id })}>Clear</a>
        </p>
      )}
      <WarningsPanel
        days={warningDays}
        onDays={setWarningDays}
        loading={warningsRead.isPlaceholderData}
        asOf={warnings.asOf}
        warnings={warnings.warnings}
        stops={warnings.stops}
        ended={warnings.ended}
        onShowSession={showSession}
        onClearStops={(ruleIds) => setEditing({ kind: 'clear-stop', ruleIds })}
      />

      <AthleteCharts athleteId={athlete.id} />

      <PlanCompliance athleteId={athlete.id} />
      <h2>Session log</h2>
      {sessions.length === 0 ? (
        <div className="empty">
          <p>No sessions logged for {athlete.name} yet.</p>
          {!athlete.archivedAt && (
            <button type="button" className="primary" onClick={() => setEditing({ kind: 'session' })}>
              Log the first session
            </button>
          )}
        </div>
      ) : (
        <SessionLog
          athleteId={athlete.id}
          sessions={sessions}
          win={win}
          highlight={highlight}
          week={week && weekEnd ? { from: week, to: weekEnd } : undefined}
          bodyMassKg={athlete.bodyMassKg}
          massUnit={mu}
          distanceUnit={settings.distanceUnit}
          onEdit={setEditing}
        />
      )}
      <AthleteDialogs
        athlete={athlete}
        sessionCount={sessions.length}
        editing={editing}
        close={close}
        onNotice={setNotice}
        onError={setError}
      />
    </section>
  )
}
