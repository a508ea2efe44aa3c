import type { SquadView } from '../../../shared/contract/dashboard'
import { formatDay } from '../lib/format'
import { href } from '../lib/route'
import { severityLabels } from './SeverityBadge'

/** Athletes x the last 12 weeks: weighted runs per week, coloured by that week's worst warning. */
export const TriageGrid = ({ squad }: { squad: SquadView }) => (
  <div className="triage-wrap">
    <table className="triage" aria-label="Triage grid: weighted runs per week">
      <thead>
        <tr>
          <th scope="col">Athlete</th>
          {squad.weekStarts.map((w) => (
            <th key={w} scope="col" title={`Week of ${formatDay(w)}`}>
              {formatDay(w, false).slice(4)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {squad.athletes.map((a) => (
          <tr key={a.id}>
            <th scope="row">{a.name}</th>
            {a.weeks.map((cell) => (
              <td
                key={cell.weekStart}
                className={`cell sev-${cell.worstSeverity ?? 'none'}${cell.weightedRuns === 0 ? ' empty' : ''}`}
              >
                <a
                  href={href({ page: 'athlete', id: a.id, week: cell.weekStart })}
                  aria-label={`${a.name}, week of ${formatDay(cell.weekStart)}: ${cell.weightedRuns} weighted runs${cell.worstSeverity ? `, worst warning ${severityLabels[cell.worstSeverity].toLowerCase()}` : ''}`}
                >
                  {cell.weightedRuns}
                </a>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    <p className="legend">
      Number = weighted runs that week. Colour = the week's worst warning:{' '}
      <span className="cell-key sev-stop">stop</span> <span className="cell-key sev-caution">caution</span>{' '}
      <span className="cell-key sev-info">note</span> <span className="cell-key sev-none">none</span>. Click a cell to
      open that athlete at that week.
    </p>
  </div>
)
