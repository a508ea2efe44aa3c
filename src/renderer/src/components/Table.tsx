// The data tables' parts: the header row (column headers with scope, numbers right-aligned, and a
// column without a visible heading still named for screen readers), the table around it, and a row's
// buttons.
import type { ReactNode } from 'react'

export interface Column {
  label: ReactNode
  /** Right-aligned, as the numbers under it. */
  numeric?: boolean
  /** Extra classes (a column that hides or narrows at 1024 px). */
  className?: string
  /** A longer explanation on hover. */
  title?: string
  /** Named for screen readers only (the Edit/Delete buttons' column). */
  hidden?: boolean
}

/** A plain text column can be given as its label. */
const column = (c: Column | string): Column => (typeof c === 'string' ? { label: c } : c)

/** `rowIndex` for a windowed table (aria-rowindex 1 is the header). */
export const TableHead = ({ columns, rowIndex }: { columns: readonly (Column | string)[]; rowIndex?: number }) => (
  <thead>
    <tr aria-rowindex={rowIndex}>
      {columns.map(column).map((c, i) => (
        <th
          key={i}
          scope="col"
          className={[c.numeric ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined}
          title={c.title}
        >
          {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
        </th>
      ))}
    </tr>
  </thead>
)

/** A data table named for screen readers: its header row and the body rows given as children. */
export const Table = ({
  label,
  columns,
  className = 'grid',
  children
}: {
  label: string
  columns: readonly (Column | string)[]
  className?: string
  children: ReactNode
}) => (
  <table className={className} aria-label={label}>
    <TableHead columns={columns} />
    <tbody>{children}</tbody>
  </table>
)

/** The column of a row's buttons (Edit, Delete…), named for screen readers. */
export const actionsColumn: Column = { label: 'Actions', hidden: true }

export interface RowAction {
  /** The button's text. */
  label: string
  /** Its accessible name, saying which row it acts on ("Edit session of Tue 24 Nov 2026"). */
  name: string
  onClick: () => void
}

/** A row's buttons, in the actions column. */
export const RowActions = ({ actions }: { actions: readonly RowAction[] }) => (
  <td className="row-actions">
    {actions.map((a) => (
      <button key={a.label} type="button" onClick={a.onClick} aria-label={a.name}>
        {a.label}
      </button>
    ))}
  </td>
)
