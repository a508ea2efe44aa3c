import { memo, useCallback, useEffect, useMemo, useState } from 'react'
import { levelLabels, sessionTypeLabels, type Athlete, type Session } from '../../../shared/domain'
import {
  formatDistance,
  formatMass,
  totalPercentOfBodyMass,
  type DistanceUnit,
  type MassUnit
} from '../../../shared/units'
import { AthleteForm } from '../components/AthleteForm'
import { Dialog } from '../components/Dialog'
import { PlanCompliance } from '../components/PlanCompliance'
import { SessionForm } from '../components/SessionForm'
import { ClearStopDialog } from '../components/ClearStopDialog'
import { LiveWarnings } from '../components/LiveWarnings'
import { SeverityBadge } from '../components/SeverityBadge'
import { WarningsPanel } from '../components/WarningsPanel'
import { AthleteCharts } from '../components/AthleteCharts'
import { ThresholdsEditor } from '../components/ThresholdsEditor'
import type { ChannelOutput } from '../../../shared/ipc'
import { worstSeverity, type RuleId } from '../../../shared/rules'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { addDays } from '../../../shared/calendar'
import { href, navigate } from '../lib/route'
import { useSettings } from '../lib/settings'
import { useToast } from '../lib/toast'
import { useWindowedRows } from '../lib/useWindowedRows'
import { Notice } from '../components/Messages'

/** Runs after the next frames, when a row just revealed in the windowed log is on the page. */
const afterRender = (f: () => void) => requestAnimationFrame(() => requestAnimationFrame(f))

type Editing =
  | { kind: 'session'; session?: Session }
  | { kind: 'athlete' }
  | { kind: 'delete-session'; session: Session }
  | { kind: 'delete-athlete' }
  | { kind: 'clear-stop'; ruleIds: RuleId[] }
  | { kind: 'thresholds' }
  | null

export const AthletePage = ({ id, week }: { id: number; week?: string }) => {
  const { settings } = useSettings()
  const { showUndo } = useToast()
  const [athlete, setAthlete] = useState<Athlete | null>(null)
  const [sessions, setSessions] = useState<Session[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [confirmName, setConfirmName] = useState('')
  const [confirmError, setConfirmError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [warnings, setWarnings] = useState<ChannelOutput<'listWarnings'> | null>(null)
  const [highlight, setHighlight] = useState<string | null>(null)
  // Bumped on every reload so the charts fetch their series again after a change.
  const [dataVersion, setDataVersion] = useState(0)

  const load = useCallback(async () => {
    const [a, s, w] = await Promise.all([
      call('getAthlete', { id }),
      call('listSessions', { athleteId: id }),
      call('listWarnings', { athleteId: id })
    ])
    if (!a.ok) return setError(a.error.message)
    if (!s.ok) return setError(s.error.message)
    if (!w.ok) return setError(w.error.message)
    setAthlete(a.value)
    setSessions(s.value)
    setWarnings(w.value)
    setDataVersion((v) => v + 1)
    setError(null)
  }, [id])

  // The session log is windowed past ~100 rows: a row is rendered (revealed) before it is scrolled to.
  const win = useWindowedRows(sessions?.length ?? 0, { estimate: 45 })
  const bySession = useMemo(() => {
    const m = new Map<string, SessionWarnings>()
    for (const w of warnings?.warnings ?? []) if (w.sessionId) m.set(w.sessionId, [...(m.get(w.sessionId) ?? []), w])
    return m
  }, [warnings])

  const showSession = (sessionId: string) => {
    setHighlight(sessionId)
    win.reveal(sessions?.findIndex((s) => String(s.id) === sessionId) ?? -1)
    afterRender(() =>
      document
        .querySelector(`[data-session-id="${sessionId}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    )
  }

  useEffect(() => {
    void load()
  }, [load])

  // Opened from the triage grid at a week: bring that week's sessions into view.
  const weekEnd = week ? addDays(week, 6) : undefined
  const loaded = sessions !== null
  const firstInWeek = week && weekEnd && sessions ? sessions.findIndex((s) => s.date >= week && s.date <= weekEnd) : -1
  const { reveal } = win
  useEffect(() => {
    if (!week || !loaded) return
    reveal(firstInWeek)
    afterRender(() => document.querySelector('tr.in-week')?.scrollIntoView({ block: 'center' }))
  }, [week, loaded, firstInWeek, reveal])

  if (error) {
    return (
      <section>
        <p className="form-error" role="alert">
          {error}
        </p>
        <a href={href({ page: 'roster' })}>Back to the squad</a>
      </section>
    )
  }
  if (!athlete || !sessions || !warnings) return <p className="muted">Loading…</p>

  const mu = settings.massUnit
  const close = () => setEditing(null)

  const deleteSession = async (s: Session) => {
    const r = await call('deleteSession', { id: s.id })
    close()
    if (!r.ok) setError(r.error.message)
    else {
      setNotice(null)
      showUndo({
        message: `Deleted the ${sessionTypeLabels[s.type].toLowerCase()} of ${formatDay(s.date)}.`,
        token: r.value.undoToken,
        onUndone: () => void load()
      })
    }
    await load()
  }

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
        },
        onUndone: () => void load()
      })
    }
    await load()
  }

  const deleteAthlete = async () => {
    const r = await call('deleteAthlete', { id, confirmName })
    if (!r.ok) return setConfirmError(r.error.issues?.[0]?.message ?? r.error.message)
    const name = athlete.name
    showUndo({
      message: `Deleted ${name} and ${r.value.deletedSessions} sessions.`,
      token: r.value.undoToken,
      onUndone: () => navigate({ page: 'athlete', id })
    })
    navigate({ page: 'roster' })
  }

  return (
    <section aria-labelledby="athlete-title">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={href({ page: 'roster' })}>Squad</a> <span aria-hidden="true">›</span> {athlete.name}
      </nav>
      <div className="page-head">
        <div>
          <h1 id="athlete-title">
            {athlete.name} {athlete.archivedAt && <span className="tag">Archived</span>}
          </h1>
          <p className="facts">
            {levelLabels[athlete.level]} ·{' '}
            {athlete.bodyMassKg === null ? 'body mass not set' : formatMass(athlete.bodyMassKg, mu)} ·{' '}
            {athlete.ownedWeightsKg.length
              ? `owns ${athlete.ownedWeightsKg.map((w) => formatMass(w, mu)).join(', ')} ankle weights`
              : 'no ankle weights'}
          </p>
          {athlete.notes && <p className="notes">{athlete.notes}</p>}
        </div>
        <div className="toolbar">
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
        </div>
      </div>
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
        asOf={warnings.asOf}
        warnings={warnings.warnings}
        stops={warnings.stops}
        ended={warnings.ended}
        onShowSession={showSession}
        onClearStops={(ruleIds) => setEditing({ kind: 'clear-stop', ruleIds })}
      />

      <AthleteCharts athleteId={athlete.id} version={dataVersion} />

      <PlanCompliance athleteId={athlete.id} refreshKey={sessions} />
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
        <table className="grid sessions" aria-label="Session log" aria-rowcount={sessions.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col" className="num">
                Duration
              </th>
              <th scope="col" className="num">
                Distance
              </th>
              <th scope="col">Ankle weights</th>
              <th scope="col" className="num">
                RPE
              </th>
              <th scope="col" className="num">
                Pain
              </th>
              <th scope="col">Warnings</th>
              <th scope="col">Notes</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody ref={win.ref}>
            {win.padTop > 0 && (
              <tr aria-hidden="true" data-spacer="1" className="spacer">
                <td colSpan={10} style={{ height: win.padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {sessions.slice(win.start, win.end).map((s, i) => (
              <SessionRow
                key={s.id}
                s={s}
                rowIndex={win.start + i + 2}
                className={
                  highlight === String(s.id)
                    ? 'highlight'
                    : week && weekEnd && s.date >= week && s.date <= weekEnd
                      ? 'in-week'
                      : undefined
                }
                warnings={bySession.get(String(s.id))}
                bodyMassKg={athlete.bodyMassKg}
                mu={mu}
                distanceUnit={settings.distanceUnit}
                onEdit={setEditing}
              />
            ))}
            {win.padBottom > 0 && (
              <tr aria-hidden="true" data-spacer="1" className="spacer">
                <td colSpan={10} style={{ height: win.padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
      )}

      {editing?.kind === 'session' && (
        <Dialog
          title={
            editing.session ? `Edit session of ${formatDay(editing.session.date)}` : `Log a session for ${athlete.name}`
          }
          onClose={close}
          wide
        >
          <SessionForm
            athlete={athlete}
            session={editing.session}
            onCancel={close}
            onSaved={(s) => {
              close()
              setNotice(`Saved the ${sessionTypeLabels[s.type].toLowerCase()} of ${formatDay(s.date)}.`)
              void load()
            }}
            below={(draft) => <LiveWarnings draft={draft} editingId={editing.session?.id} />}
          />
        </Dialog>
      )}
      {editing?.kind === 'clear-stop' && (
        <ClearStopDialog
          athleteId={athlete.id}
          athleteName={athlete.name}
          ruleIds={editing.ruleIds}
          onCancel={close}
          onDone={() => {
            close()
            setNotice(`Cleared the ${editing.ruleIds.join(', ')} ${editing.ruleIds.length === 1 ? 'stop' : 'stops'}.`)
            void load()
          }}
        />
      )}
      {editing?.kind === 'thresholds' && (
        <Dialog title={`Warning thresholds for ${athlete.name}`} onClose={close} wide>
          <ThresholdsEditor athleteId={athlete.id} onSaved={() => void load()} />
        </Dialog>
      )}
      {editing?.kind === 'athlete' && (
        <Dialog title={`Edit ${athlete.name}`} onClose={close}>
          <AthleteForm
            athlete={athlete}
            onCancel={close}
            onSaved={() => {
              close()
              void load()
            }}
          />
        </Dialog>
      )}
      {editing?.kind === 'delete-session' && (
        <Dialog title="Delete this session?" onClose={close}>
          <p>
            The {sessionTypeLabels[editing.session.type].toLowerCase()} of {formatDay(editing.session.date)} will be
            removed from {athlete.name}'s log.
          </p>
          <div className="actions">
            <button type="button" onClick={close}>
              Keep it
            </button>
            <button type="button" className="danger" onClick={() => deleteSession(editing.session)}>
              Delete session
            </button>
          </div>
        </Dialog>
      )}
      {editing?.kind === 'delete-athlete' && (
        <Dialog title={`Delete ${athlete.name} permanently?`} onClose={close}>
          <p>
            This removes {athlete.name} and all {sessions.length} logged sessions. It cannot be undone. Type the name to
            confirm.
          </p>
          <div className={`field${confirmError ? ' has-error' : ''}`}>
            <label htmlFor="confirmName">Athlete's name</label>
            <input
              id="confirmName"
              value={confirmName}
              onChange={(e) => setConfirmName(e.target.value)}
              autoComplete="off"
            />
            {confirmError && (
              <p className="field-error" role="alert">
                {confirmError}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="danger" onClick={deleteAthlete}>
              Delete permanently
            </button>
          </div>
        </Dialog>
      )}
    </section>
  )
}

type SessionWarnings = ChannelOutput<'listWarnings'>['warnings']

interface SessionRowProps {
  s: Session
  /** 1-based, the header row being 1 (aria-rowindex). */
  rowIndex: number
  className: string | undefined
  warnings: SessionWarnings | undefined
  bodyMassKg: number | null
  mu: MassUnit
  distanceUnit: DistanceUnit
  onEdit: (editing: Editing) => void
}

/** One row of the session log; memoised so scrolling a long log re-renders only the rows that appear. */
const SessionRow = memo(function SessionRow({
  s,
  rowIndex,
  className,
  warnings,
  bodyMassKg,
  mu,
  distanceUnit,
  onEdit
}: SessionRowProps) {
  return (
    <tr aria-rowindex={rowIndex} data-session-id={s.id} className={className}>
      <td>
        {formatDay(s.date)}
        {s.startTime && <span className="muted"> {s.startTime}</span>}
      </td>
      <td>{sessionTypeLabels[s.type]}</td>
      <td className="num">{s.durationMin} min</td>
      <td className="num">{s.distanceKm === null ? '–' : formatDistance(s.distanceKm, distanceUnit)}</td>
      <td>
        {s.ankleWeightKg > 0 ? (
          <span className="weighted">
            {formatMass(s.ankleWeightKg, mu)} × {s.weightedMin} min
            {bodyMassKg !== null && (
              <span className="muted"> ({totalPercentOfBodyMass(s.ankleWeightKg, bodyMassKg)}%)</span>
            )}
          </span>
        ) : (
          <span className="muted">none</span>
        )}
        {s.formBreakdown && <span className="tag warn">form broke down</span>}
      </td>
      <td className="num">{s.rpe ?? '–'}</td>
      <td className="num">
        {s.pain ?? '–'}
        {s.painNextMorning !== null && <span className="muted"> / {s.painNextMorning}</span>}
      </td>
      <td>
        {warnings ? (
          <span title={warnings.map((w) => `${w.ruleId}: ${w.message}`).join('\n')}>
            <SeverityBadge severity={worstSeverity(warnings)} />{' '}
            <span className="rule-ids">{[...new Set(warnings.map((w) => w.ruleId))].join(' ')}</span>
          </span>
        ) : null}
      </td>
      <td className="notes-cell">{[s.painLocation, s.notes].filter(Boolean).join(' · ')}</td>
      <td className="row-actions">
        <button
          type="button"
          onClick={() => onEdit({ kind: 'session', session: s })}
          aria-label={`Edit session of ${formatDay(s.date)}`}
        >
          Edit
        </button>
        <button
          type="button"
          onClick={() => onEdit({ kind: 'delete-session', session: s })}
          aria-label={`Delete session of ${formatDay(s.date)}`}
        >
          Delete
        </button>
      </td>
    </tr>
  )
})
