import { useState } from 'react'
import type { WarningOut } from '../../../shared/contract/rules'
import { addDays } from '../../../shared/calendar'
import type { RuleId, Severity } from '../../../shared/rules'
import { ruleTitles } from '../../../shared/rules'
import { formatDay } from '../lib/format'
import { severityLabels } from './SeverityBadge'
import { WarningItem } from './WarningItem'

interface Props {
  asOf: string
  warnings: WarningOut[]
  stops: { ruleId: RuleId; sessionId: string; date: string }[]
  onShowSession: (sessionId: string) => void
  onClearStop: (ruleId: RuleId) => void
}

const ranges = [
  { days: 7, label: 'Last 7 days' },
  { days: 28, label: 'Last 28 days' },
  { days: 0, label: 'All' }
]
const order: Severity[] = ['stop', 'caution', 'info']

/** The athlete's warnings grouped by severity, stops in force first with a way to clear them. */
export const WarningsPanel = ({ asOf, warnings, stops, onShowSession, onClearStop }: Props) => {
  const [days, setDays] = useState(7)
  const since = days === 0 ? '0000-01-01' : addDays(asOf, -(days - 1))
  // A stop in force is shown once, in the banner (with its state warning's words), not again in the list.
  const stateOf = (ruleId: RuleId) => warnings.find((w) => w.sessionId === null && w.ruleId === ruleId)
  const shown = warnings.filter((w) => w.date >= since && !(w.sessionId === null && stops.some((s) => s.ruleId === w.ruleId)))
  return (
    <section className="panel warnings-panel" aria-labelledby="warnings-title">
      <div className="panel-head">
        <h2 id="warnings-title">Warnings</h2>
        <div className="segmented" role="group" aria-label="Warnings period">
          {ranges.map((r) => (
            <button key={r.days} type="button" aria-pressed={days === r.days} onClick={() => setDays(r.days)}>
              {r.label}
            </button>
          ))}
        </div>
      </div>
      {stops.length > 0 && (
        <div className="stops" role="alert">
          {stops.map((s) => (
            <div key={s.ruleId} className="stop-line">
              <span>
                <strong>No weighted sessions:</strong> {s.ruleId} {ruleTitles[s.ruleId]} stop from the session of {formatDay(s.date)} is in force.
                {stateOf(s.ruleId) && (
                  <span className="stop-detail">
                    {stateOf(s.ruleId)!.message} {stateOf(s.ruleId)!.suggestion ? `Instead: ${stateOf(s.ruleId)!.suggestion}` : ''}
                  </span>
                )}
              </span>
              <button type="button" onClick={() => onClearStop(s.ruleId)}>
                Clear stop…
              </button>
            </div>
          ))}
        </div>
      )}
      {shown.length === 0 ? (
        <p className="ok-line">No warnings {days === 0 ? 'at all' : `in the ${ranges.find((r) => r.days === days)!.label.toLowerCase()}`}.</p>
      ) : (
        order.map((sev) => {
          const group = shown.filter((w) => w.severity === sev).reverse()
          if (group.length === 0) return null
          return (
            <div key={sev} className="warning-group">
              <h3>
                {severityLabels[sev]} <span className="muted">({group.length})</span>
              </h3>
              <ul className="warnings">
                {group.map((w, i) => (
                  <WarningItem key={`${w.ruleId}-${w.sessionId}-${i}`} warning={w} onShowSession={onShowSession} />
                ))}
              </ul>
            </div>
          )
        })
      )}
    </section>
  )
}
