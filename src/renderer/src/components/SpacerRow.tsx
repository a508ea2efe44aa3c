// The rows a windowed table leaves out (lib/useWindowedRows), stood in for by one empty row of their
// height, so the scrollbar and the rows on screen stay where a full table would have them.
export const SpacerRow = ({ height, columns }: { height: number; columns: number }) =>
  height > 0 ? (
    <tr aria-hidden="true" data-spacer="1" className="spacer">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  ) : null
