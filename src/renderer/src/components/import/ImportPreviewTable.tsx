// The import preview: one row per session found (or per file that failed), with its status and why,
// what a duplicate matches and what to do with it, the type (editable) and the ankle weights.
import type { DuplicateAction, ImportPreviewRow } from '../../../../shared/contract/io'
import { sessionTypeLabels, type SessionTypeName } from '../../../../shared/domain'
import { formatDistance, formatMass, type DistanceUnit, type MassUnit } from '../../../../shared/units'
import { formatDay } from '../../lib/format'
import { SessionTypeSelect } from '../SessionTypeSelect'
import { TableHead } from '../Table'
import { matchText, statusLabel, timeUsedText } from './importText'
import type { ImportChoices } from './useImportChoices'

interface Props {
  rows: ImportPreviewRow[]
  choices: ImportChoices
  units: { mass: MassUnit; distance: DistanceUnit }
}

export const ImportPreviewTable = ({ rows, choices, units }: Props) => {
  const { edits, selected, leftOut, newRows, allSelected } = choices
  const actionOf = (r: ImportPreviewRow): DuplicateAction => choices.actions[r.rowId] ?? 'skip'
  return (
    <div className="import-table-wrap">
      <table className="grid import-preview" aria-label="Import preview">
        <TableHead
          columns={[
            {
              label: (
                <input
                  type="checkbox"
                  aria-label="Select all new sessions"
                  checked={allSelected}
                  disabled={newRows.length === 0}
                  onChange={(e) => choices.selectAll(e.target.checked)}
                />
              )
            },
            'Status',
            'File',
            'Date',
            'Type',
            { label: 'Duration', numeric: true },
            { label: 'Distance', numeric: true },
            'Ankle weights'
          ]}
        />
        <tbody>
          {rows.map((r) => {
            const edit = edits[r.rowId]
            const what = `${r.file}${r.label ? ` ${r.label}` : ''}`
            const taken = actionOf(r) !== 'skip'
            const weightKg = edit?.ankleWeightKg ?? r.ankleWeightKg
            return (
              <tr
                key={r.rowId}
                className={`status-${r.status}${leftOut.has(r.rowId) ? ' left-out' : ''}${taken ? ' taken' : ''}`}
                data-status={r.status}
              >
                <td>
                  {r.status === 'new' && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${what}`}
                      checked={selected.has(r.rowId)}
                      onChange={(e) => choices.toggle(r.rowId, e.target.checked)}
                    />
                  )}
                </td>
                <td>
                  <span className={`tag status ${r.status}`}>{statusLabel[r.status]}</span>
                  {leftOut.has(r.rowId) && <span className="tag">left out</span>}
                  {r.reason && <div className="import-reason">{r.reason}</div>}
                  {r.match && (
                    <div className="import-match">
                      Matches: {matchText(r.match, (km) => formatDistance(km, units.distance))}
                    </div>
                  )}
                  {r.status === 'duplicate' && (
                    <select
                      className="import-action"
                      aria-label={`What to do with ${what}`}
                      value={actionOf(r)}
                      onChange={(e) => choices.chooseAction(r, e.target.value as DuplicateAction)}
                    >
                      <option value="skip">Leave out</option>
                      <option value="import">Import anyway</option>
                      {r.match?.sessionId != null && (
                        <option value="replace">Replace the saved session (keeps weights, RPE, pain)</option>
                      )}
                    </select>
                  )}
                  {r.note && <div className="import-note">Note: {r.note}</div>}
                </td>
                <td className="import-file">
                  {r.file}
                  {r.label && <span className="muted"> {r.label}</span>}
                  {r.format && <span className="muted"> · {r.format}</span>}
                </td>
                <td className="nowrap">
                  {r.date ? formatDay(r.date) : '–'}
                  {r.startTime && <span className="muted"> {r.startTime}</span>}
                </td>
                <td>
                  {(r.status === 'new' || taken) && edit ? (
                    <SessionTypeSelect
                      id={`import-type-${r.rowId}`}
                      aria-label={`Type of ${what}`}
                      value={edit.type}
                      onChange={(type: SessionTypeName) => choices.setType(r.rowId, type)}
                    />
                  ) : r.type ? (
                    sessionTypeLabels[r.type]
                  ) : (
                    '–'
                  )}
                  {r.typeReason && <div className="import-reason">{r.typeReason}</div>}
                </td>
                <td className="num">
                  {r.durationMin === null ? '–' : `${r.durationMin} min`}
                  {timeUsedText(r) && <div className="import-reason">{timeUsedText(r)}</div>}
                </td>
                <td className="num">{r.distanceKm === null ? '–' : formatDistance(r.distanceKm, units.distance)}</td>
                <td>
                  {actionOf(r) === 'replace' ? (
                    <span className="muted">kept from the saved session</span>
                  ) : weightKg > 0 ? (
                    <span className="weighted">
                      {formatMass(weightKg, units.mass)} × {edit?.weightedMin ?? r.weightedMin} min
                    </span>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
