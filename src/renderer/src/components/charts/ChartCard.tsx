import { useId, useState, type ReactNode } from 'react'
import { TableHead, type Column } from '../Table'
import { ThinnedNote, type ChartName } from './ThinnedNote'
import { useNearScreen } from './useNearScreen'

export interface TableSpec {
  columns: (Column & { label: string })[]
  rows: (string | number)[][]
}

export interface LegendItem {
  label: string
  color: string
  /** How the series is drawn, so the key looks like the mark. */
  mark: 'bar' | 'line' | 'dashed' | 'band' | 'dot' | 'square' | 'triangle' | 'diamond'
}

interface Props {
  /** Stable test hook, e.g. "frequency". */
  chart: ChartName
  title: string
  summary: string
  /** A sentence shown instead of the chart when there is nothing to draw. */
  empty: string | null
  /** Describes the picture for screen readers (the data table carries the numbers). */
  description: string
  legend?: LegendItem[]
  /** Points drawn, and points in the range: a note says so when fewer are drawn (thinned to fit). */
  thinned: { shown: number; of: number }
  note?: ReactNode
  table: TableSpec
  children: ReactNode
}

export const LegendKey = ({ items }: { items: LegendItem[] }) => (
  <ul className="chart-legend">
    {items.map((i) => (
      <li key={i.label}>
        <svg width="18" height="12" aria-hidden="true" className="chart-legend-mark">
          {i.mark === 'bar' && <rect x="3" y="1" width="12" height="10" rx="1.5" fill={i.color} />}
          {i.mark === 'band' && (
            <rect x="1" y="1" width="16" height="10" fill={i.color} stroke="#d9a441" strokeDasharray="2 2" />
          )}
          {i.mark === 'line' && <line x1="1" x2="17" y1="6" y2="6" stroke={i.color} strokeWidth="2.5" />}
          {i.mark === 'dashed' && (
            <line x1="1" x2="17" y1="6" y2="6" stroke={i.color} strokeWidth="2" strokeDasharray="4 3" />
          )}
          {i.mark === 'dot' && <circle cx="9" cy="6" r="4.5" fill={i.color} stroke="#fff" />}
          {i.mark === 'square' && <rect x="4.5" y="1.5" width="9" height="9" fill={i.color} stroke="#fff" />}
          {i.mark === 'triangle' && <path d="M9 1 L14 11 L4 11 Z" fill={i.color} />}
          {i.mark === 'diamond' && <path d="M9 0.5 L14.5 6 L9 11.5 L3.5 6 Z" fill={i.color} />}
        </svg>
        {i.label}
      </li>
    ))}
  </ul>
)

export const DataTable = ({ spec, label }: { spec: TableSpec; label: string }) => (
  // A table wider than its card scrolls; the region takes focus so the keyboard can scroll it too.
  <div className="chart-table-wrap" role="region" aria-label={`${label} (scrolls)`} tabIndex={0}>
    <table className="grid chart-table" aria-label={label}>
      <TableHead columns={spec.columns} />
      <tbody>
        {spec.rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {v}
                </th>
              ) : (
                <td key={j} className={spec.columns[j]?.numeric ? 'num' : undefined}>
                  {v}
                </td>
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** One chart: title, one-line summary, the chart or its data table, and a deliberate empty state. */
export const ChartCard = ({
  chart,
  title,
  summary,
  empty,
  description,
  legend,
  thinned,
  note,
  table,
  children
}: Props) => {
  const [showTable, setShowTable] = useState(false)
  const titleId = useId()
  const [plotRef, near] = useNearScreen<HTMLDivElement>(empty === null && !showTable)
  return (
    <figure className="chart-card" data-chart={chart} aria-labelledby={titleId}>
      <div className="chart-head">
        <h3 id={titleId}>{title}</h3>
        {empty === null && (
          <button type="button" className="link small" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {showTable ? 'Show chart' : 'Show data table'}
          </button>
        )}
      </div>
      <figcaption className="chart-summary">{summary}</figcaption>
      {empty !== null ? (
        <div className="chart-empty">
          <p>{empty}</p>
        </div>
      ) : showTable ? (
        <DataTable spec={table} label={`${title}: data`} />
      ) : (
        <>
          <div ref={plotRef} className="chart-plot" role="img" aria-label={`${title}. ${description}`}>
            {near && children}
          </div>
          {legend && <LegendKey items={legend} />}
        </>
      )}
      {empty === null && <ThinnedNote chart={chart} {...thinned} />}
      {note}
    </figure>
  )
}
