import type { EndedStopOut, StopInForceOut, WarningOut } from '../../../shared/contract/rules'
import { addDays } from '../../../shared/calendar'
import type { RuleId, Severity } from '../../../shared/rules'
import { ruleTitles } from '../../../shared/rules'
import { formatDay } from '../lib/format'
import { severityLabels } from './SeverityBadge'
import { WarningItem } from './WarningItem'
import { RichText } from './RichText'

interface Props {
  /** The period shown, in days up to asOf (0: all); the page reads that period's warnings. */
  days: number
  onDays: (days: number) => void
  /** Another period's warnings are on their way (the last period's stay shown meanwhile). */
  loading?: boolean
  asOf: string
  warnings: WarningOut[]
  stops: StopInForceOut[]
  ended: EndedStopOut[]
  onShowSession: (sessionId: string) => void
  /** Clear one stop, or several reviewed together. */
  onClearStops: (ruleIds: RuleId[]) => void
}

const PAIN_STOPS: readonly RuleId[] = ['PN1', 'PN2']

/** Why a stop ended, in the coach's words: the settled sessions, or who cleared it and why. */
export const endedBecause = (e: EndedStopOut): string => {
  if (e.reason === 'settled') {
    const days = e.settledOn.map((d) => formatDay(d, false)).join(' and ')
    return `${e.settledOn.length === 2 ? 'two' : e.settledOn.length} settled sessions in a row${days ? ` (${days})` : ''}`
  }
  if (e.clearedBy === null) return 'the coach cleared it'
  return `cleared by ${e.clearedBy}${e.clearReason ? `: ${e.clearReason}` : ''}`
}

const ranges = [
  { days: 7, label: 'Last 7 days' },
  { days: 28, label: 'Last 28 days' },
  { days: 0, label: 'All' }
]
const order: Severity[] = ['stop', 'caution', 'info']

/** The athlete's warnings grouped by severity, stops in force first with a way to clear them. */
export const WarningsPanel = ({
  days,
  onDays,
  loading = false,
  asOf,
  warnings,
  stops,
  ended,
  onShowSession,
  onClearStops
}: Props) => {
  const since = days === 0 ? '0000-01-01' : addDays(asOf, -(days - 1))
  // A stop in force is shown once, in the banner (with its state warning's words), not again in the list.
  const stateOf = (ruleId: RuleId) => warnings.find((w) => w.sessionId === null && w.ruleId === ruleId)
  // A session's stop warning stays in the list as history; once its stop ended it says so.
  const endedOnOf = (w: WarningOut): string | undefined =>
    ended.find((e) => e.ruleId === w.ruleId && e.sessionId === w.sessionId)?.endedOn
  const endedShown = ended.filter((e) => e.endedOn >= since).reverse()
  // Stops that came from imported history are reviewed (and can be cleared) together.
  const imported = stops.filter((s) => s.fromImport)
  const logged = stops.filter((s) => !s.fromImport)
  const stopLine = (s: StopInForceOut) => (
    <div key={s.ruleId} className="stop-line" data-rule={s.ruleId}>
      <span>
        <strong>{PAIN_STOPS.includes(s.ruleId) ? 'No weighted or hard sessions:' : 'No weighted sessions:'}</strong>{' '}
        {s.ruleId} {ruleTitles[s.ruleId]} stop from the session of {formatDay(s.date)} is in force.
        {stateOf(s.ruleId) && (
          <span className="stop-detail">
            <RichText text={stateOf(s.ruleId)!.message} />{' '}
            {stateOf(s.ruleId)!.suggestion ? (
              <>
                Instead: <RichText text={stateOf(s.ruleId)!.suggestion} />
              </>
            ) : (
              ''
            )}
          </span>
        )}
      </span>
      <button type="button" onClick={() => onClearStops([s.ruleId])}>
        Clear stop…
      </button>
    </div>
  )
  const shown = warnings.filter(
    (w) => w.date >= since && !(w.sessionId === null && stops.some((s) => s.ruleId === w.ruleId))
  )
  return (
    <section className="panel warnings-panel" aria-labelledby="warnings-title" aria-busy={loading}>
      <div className="panel-head">
        <h2 id="warnings-title">Warnings</h2>
        <div className="segmented" role="group" aria-label="Warnings period">
          {ranges.map((r) => (
            <button key={r.days} type="button" aria-pressed={days === r.days} onClick={() => onDays(r.days)}>
              {r.label}
            </button>
          ))}
        </div>
      </div>
      {stops.length > 0 && (
        <div className="stops" role="alert">
          {logged.map(stopLine)}
          {imported.length > 0 && (
            <div className="imported-stops" role="group" aria-label="Stops from imported history">
              <div className="imported-head">
                <span>
                  <strong>From imported history ({imported.length}):</strong>{' '}
                  {imported.length === 1 ? 'this stop comes' : 'these stops come'} from sessions brought in by an
                  import. Review the athlete, then clear {imported.length === 1 ? 'it' : 'them together'}.
                </span>
                {imported.length > 1 && (
                  <button type="button" onClick={() => onClearStops(imported.map((s) => s.ruleId))}>
                    Clear all {imported.length} after review…
                  </button>
                )}
              </div>
              {imported.map(stopLine)}
            </div>
          )}
        </div>
      )}
      {endedShown.length > 0 && (
        <ul className="ended-stops" aria-label="Stops that ended">
          {endedShown.map((e) => (
            <li key={`${e.ruleId}-${e.sessionId}-${e.endedOn}`} data-rule={e.ruleId}>
              <strong>Stop ended:</strong> {e.ruleId} {ruleTitles[e.ruleId]} stop from the session of{' '}
              {formatDay(e.date)} ended on {formatDay(e.endedOn)}, because {endedBecause(e)}.
            </li>
          ))}
        </ul>
      )}
      {shown.length === 0 && loading ? (
        <p className="muted">Loading the warnings…</p>
      ) : shown.length === 0 ? (
        <p className="ok-line">
          No warnings {days === 0 ? 'at all' : `in the ${ranges.find((r) => r.days === days)!.label.toLowerCase()}`}.
        </p>
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
                  <WarningItem
                    key={`${w.ruleId}-${w.sessionId}-${i}`}
                    warning={w}
                    onShowSession={onShowSession}
                    endedOn={w.severity === 'stop' ? endedOnOf(w) : undefined}
                  />
                ))}
              </ul>
            </div>
          )
        })
      )}
    </section>
  )
}
