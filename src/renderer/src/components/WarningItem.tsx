import { useState } from 'react'
import type { WarningOut } from '../../../shared/contract/rules'
import { ruleTitles } from '../../../shared/rules'
import { formatDay } from '../lib/format'
import { SeverityBadge } from './SeverityBadge'
import { RichText } from './RichText'

interface Props {
  warning: WarningOut
  /** Jump to the session in the log. */
  onShowSession?: (sessionId: string) => void
  /** For a session's stop that has since ended: the day it ended. */
  endedOn?: string
}

/** One warning: what happened, the suggestion, and (on demand) why: threshold, basis and source. */
export const WarningItem = ({ warning: w, onShowSession, endedOn }: Props) => {
  const [open, setOpen] = useState(false)
  return (
    <li className={`warning sev-${w.severity}`} data-rule={w.ruleId}>
      <div className="warning-head">
        <SeverityBadge severity={w.severity} />
        <strong>
          {w.ruleId} {ruleTitles[w.ruleId]}
        </strong>
        <span className="muted">{w.sessionId === null ? `in force on ${formatDay(w.date)}` : formatDay(w.date)}</span>
        {endedOn && <span className="tag ended">ended {formatDay(endedOn, false)}</span>}
        {w.sessionId !== null && w.sessionId !== 'draft' && onShowSession && (
          <button type="button" className="link" onClick={() => onShowSession(w.sessionId!)}>
            Show session
          </button>
        )}
      </div>
      <p className="warning-message">
        <RichText text={w.message} />
      </p>
      {w.suggestion && (
        <p className="warning-suggestion">
          <span className="label">Instead:</span> <RichText text={w.suggestion} />
        </p>
      )}
      <button type="button" className="link small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide why' : 'Why?'}
      </button>
      {open && (
        <p className="warning-why">
          <RichText text={w.why} />
        </p>
      )}
    </li>
  )
}
