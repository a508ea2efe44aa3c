// The squad as a table: one row per athlete, windowed past ~100 rows.
import { memo } from 'react'
import type { SquadRow } from '../../../../shared/contract/dashboard'
import { levelLabels } from '../../../../shared/domain'
import { formatMass, type MassUnit } from '../../../../shared/units'
import { SeverityBadge } from '../../components/SeverityBadge'
import { actionsColumn, RowActions, type Column } from '../../components/Table'
import { WindowedTable } from '../../components/WindowedTable'
import { RuleCode } from '../../components/RuleCode'
import { Sparkline } from '../../components/Sparkline'
import { formatDay } from '../../lib/format'
import { href } from '../../lib/route'
import { useWindowedRows } from '../../lib/useWindowedRows'

interface TableProps {
  shown: SquadRow[]
  massUnit: MassUnit
  weeklyLimit: number
  onEdit: (a: SquadRow) => void
  onArchive: (a: SquadRow, archive: boolean) => void
}

export const SquadTable = ({ shown, massUnit, weeklyLimit, onEdit, onArchive }: TableProps) => {
  // Past about 100 athletes only the rows near the screen are rendered.
  const win = useWindowedRows(shown.length, { estimate: 45 })
  const columns: (Column | string)[] = [
    'Status',
    'Name',
    { label: 'Level', className: 'col-level' },
    'Last session',
    {
      label: (
        <>
          Weighted runs
          <br />7 d / 28 d
        </>
      ),
      numeric: true,
      title: 'Weighted runs in the last 7 and 28 days'
    },
    {
      label: 'Current weight',
      numeric: true,
      title: 'Weight per ankle of the latest weighted session, and both ankles as % of body mass'
    },
    {
      label: 'Weighted min this week',
      numeric: true,
      className: 'col-minutes',
      title: 'Minutes with weights on this week'
    },
    {
      label: 'ACWR',
      numeric: true,
      title: 'EWMA acute:chronic workload ratio; shown after 28 days of data. A contested measure.'
    },
    { label: 'Pain', className: 'col-pain' },
    { label: '12 weeks', title: `Weighted runs per week, last 12 weeks; dashed line = weekly limit ${weeklyLimit}` },
    actionsColumn
  ]
  return (
    <WindowedTable
      label="Athletes"
      className="grid roster"
      columns={columns}
      rows={shown}
      win={win}
      row={(a, rowIndex) => (
        <SquadTableRow
          key={a.id}
          a={a}
          rowIndex={rowIndex}
          massUnit={massUnit}
          weeklyLimit={weeklyLimit}
          onEdit={onEdit}
          onArchive={onArchive}
        />
      )}
    />
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
        {a.worstRule && (
          <div className="worst-rule">
            <RuleCode id={a.worstRule} />
          </div>
        )}
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
        {/* A long name is cut to the column with "…"; the whole name is its tooltip. */}
        <a className="athlete-name" href={href({ page: 'athlete', id: a.id })} title={a.name}>
          {a.name}
        </a>
        {a.archivedAt && <span className="tag">Archived</span>}
      </td>
      <td className="col-level">{levelLabels[a.level]}</td>
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
      <td className="num col-minutes">{a.weightedMinutesThisWeek}</td>
      <td className="num">{a.acwr === null ? <span className="muted">–</span> : a.acwr.toFixed(2)}</td>
      <td className="col-pain">
        {a.painFlag ? <span className="tag pain">Pain {a.maxPain7d ?? ''}</span> : <span className="muted">–</span>}
      </td>
      <td>
        <Sparkline
          values={a.weeks.map((w) => w.weightedRuns)}
          limit={weeklyLimit}
          label={`Weighted runs per week for ${a.name}: ${a.weeks.map((w) => w.weightedRuns).join(', ')}`}
        />
      </td>
      <RowActions
        actions={[
          { label: 'Edit', name: `Edit ${a.name}`, onClick: () => onEdit(a) },
          {
            label: a.archivedAt ? 'Restore' : 'Archive',
            name: `${a.archivedAt ? 'Restore' : 'Archive'} ${a.name}`,
            onClick: () => onArchive(a, !a.archivedAt)
          }
        ]}
      />
    </tr>
  )
})
