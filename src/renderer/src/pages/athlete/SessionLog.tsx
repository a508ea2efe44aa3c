// The athlete's session log: one row per logged session with its warnings, windowed past ~100 rows.
import { memo, useMemo } from 'react'
import type { Session } from '../../../../shared/domain'
import { sessionTypeLabels } from '../../../../shared/domain'
import type { ChannelOutput } from '../../../../shared/ipc'
import { worstSeverity } from '../../../../shared/rules'
import {
  formatDistance,
  formatMass,
  totalPercentOfBodyMass,
  type DistanceUnit,
  type MassUnit
} from '../../../../shared/units'
import { RuleCodes } from '../../components/RuleCode'
import { SeverityBadge } from '../../components/SeverityBadge'
import { actionsColumn, RowActions, type Column } from '../../components/Table'
import { WindowedTable } from '../../components/WindowedTable'
import { formatDay, renderText } from '../../lib/format'
import { useRead } from '../../lib/query'
import type { WindowedRows } from '../../lib/useWindowedRows'
import type { Editing } from './AthleteDialogs'

type SessionWarnings = ChannelOutput<'listWarnings'>['warnings']

/** The calendar quarter a day falls in, as its first and last day (ISO dates compare as strings). */
const quarterOf = (day: string): { from: string; to: string } => {
  const first = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1
  const last = ['03-31', '06-30', '09-30', '12-31'][(first - 1) / 3]
  return { from: `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to: `${day.slice(0, 4)}-${last}` }
}

/**
 * The warnings of the rows drawn now (the log is windowed), read by whole calendar quarters so that
 * scrolling asks again only when it enters another quarter, and a quarter read once is kept. Sessions
 * are newest first: the last drawn row is the oldest. While another span loads, the last one's
 * warnings stay (they are looked up by session, so no row shows another's).
 */
const useRowWarnings = (athleteId: number, sessions: readonly Session[], start: number, end: number) => {
  const span =
    end > start ? { from: quarterOf(sessions[end - 1].date).from, to: quarterOf(sessions[start].date).to } : null
  const read = useRead(
    'listWarnings',
    { athleteId, from: span?.from ?? '0000-01-01', to: span?.to ?? '0000-01-01' },
    { enabled: span !== null, keepPrevious: true }
  )
  return read.data?.warnings
}

const columns: (Column | string)[] = [
  'Date',
  'Type',
  { label: 'Duration', numeric: true },
  { label: 'Distance', numeric: true },
  'Ankle weights',
  { label: 'RPE', numeric: true },
  { label: 'Pain', numeric: true },
  'Warnings',
  'Notes',
  actionsColumn
]

interface Props {
  athleteId: number
  sessions: Session[]
  /** The page's window over the rows (it reveals a row before scrolling to it). */
  win: WindowedRows
  /** The session shown from a warning, and the week opened from the triage grid. */
  highlight: string | null
  week?: { from: string; to: string }
  bodyMassKg: number | null
  massUnit: MassUnit
  distanceUnit: DistanceUnit
  onEdit: (editing: Editing) => void
}

export const SessionLog = ({ athleteId, sessions, win, highlight, week, onEdit, ...units }: Props) => {
  const warnings = useRowWarnings(athleteId, sessions, win.start, win.end)
  const bySession = useMemo(() => {
    const m = new Map<string, SessionWarnings>()
    for (const w of warnings ?? []) if (w.sessionId) m.set(w.sessionId, [...(m.get(w.sessionId) ?? []), w])
    return m
  }, [warnings])

  return (
    <WindowedTable
      label="Session log"
      className="grid sessions"
      columns={columns}
      rows={sessions}
      win={win}
      row={(s, rowIndex) => (
        <SessionRow
          key={s.id}
          s={s}
          rowIndex={rowIndex}
          className={
            highlight === String(s.id)
              ? 'highlight'
              : week && s.date >= week.from && s.date <= week.to
                ? 'in-week'
                : undefined
          }
          warnings={bySession.get(String(s.id))}
          onEdit={onEdit}
          {...units}
        />
      )}
    />
  )
}

interface SessionRowProps {
  s: Session
  /** 1-based, the header row being 1 (aria-rowindex). */
  rowIndex: number
  className: string | undefined
  warnings: SessionWarnings | undefined
  bodyMassKg: number | null
  massUnit: MassUnit
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
  massUnit,
  distanceUnit,
  onEdit
}: SessionRowProps) {
  return (
    <tr aria-rowindex={rowIndex} data-session-id={s.id} className={className}>
      <td className="nowrap">
        {formatDay(s.date)}
        {s.startTime && <div className="muted">{s.startTime}</div>}
      </td>
      <td className="nowrap">{sessionTypeLabels[s.type]}</td>
      <td className="num">{s.durationMin} min</td>
      <td className="num">{s.distanceKm === null ? '–' : formatDistance(s.distanceKm, distanceUnit)}</td>
      <td>
        {s.ankleWeightKg > 0 ? (
          <span className="weighted">
            <span className="nowrap">
              {formatMass(s.ankleWeightKg, massUnit)} × {s.weightedMin} min
            </span>
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
          <span
            title={warnings
              .map((w) => `${w.ruleId}: ${renderText(w.message, { mass: massUnit, distance: distanceUnit })}`)
              .join('\n')}
          >
            <SeverityBadge severity={worstSeverity(warnings)} /> <RuleCodes ids={warnings.map((w) => w.ruleId)} />
          </span>
        ) : null}
      </td>
      <td className="notes-cell" title={[s.painLocation, s.notes].filter(Boolean).join(' · ') || undefined}>
        {[s.painLocation, s.notes].filter(Boolean).join(' · ')}
      </td>
      <RowActions
        actions={[
          {
            label: 'Edit',
            name: `Edit session of ${formatDay(s.date)}`,
            onClick: () => onEdit({ kind: 'session', session: s })
          },
          {
            label: 'Delete',
            name: `Delete session of ${formatDay(s.date)}`,
            onClick: () => onEdit({ kind: 'delete-session', session: s })
          }
        ]}
      />
    </tr>
  )
})
