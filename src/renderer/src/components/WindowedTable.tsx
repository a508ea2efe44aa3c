// A long table that renders only the rows near the screen (lib/useWindowedRows), for the squad and
// the session log. Screen readers still hear the whole table: aria-rowcount counts every row and
// each rendered row carries its aria-rowindex (the header row is 1).
import type { ReactNode } from 'react'
import type { WindowedRows } from '../lib/useWindowedRows'
import { TableHead, type Column } from './Table'

/**
 * The rows left out, stood in for by one empty row of their height, so the scrollbar and the rows on
 * screen stay where a full table would have them.
 */
const SpacerRow = ({ height, columns }: { height: number; columns: number }) =>
  height > 0 ? (
    <tr aria-hidden="true" data-spacer="1" className="spacer">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  ) : null

interface Props<Row> {
  label: string
  className: string
  columns: readonly (Column | string)[]
  rows: readonly Row[]
  win: WindowedRows
  /** One row, given its aria-rowindex. */
  row: (row: Row, rowIndex: number) => ReactNode
}

export const WindowedTable = <Row,>({ label, className, columns, rows, win, row }: Props<Row>) => (
  <table className={className} aria-label={label} aria-rowcount={rows.length + 1}>
    <TableHead columns={columns} rowIndex={1} />
    <tbody ref={win.ref}>
      <SpacerRow height={win.padTop} columns={columns.length} />
      {rows.slice(win.start, win.end).map((r, i) => row(r, win.start + i + 2))}
      <SpacerRow height={win.padBottom} columns={columns.length} />
    </tbody>
  </table>
)
