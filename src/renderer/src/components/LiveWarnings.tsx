import { useEffect, useRef, useState } from 'react'
import type { WarningOut } from '../../../shared/contract/rules'
import { SessionInput } from '../../../shared/domain'
import { PlannedSessionInput } from '../../../shared/plan/schema'
import type { Result } from '../../../shared/result'
import { severityRank } from '../../../shared/rules'
import { call } from '../lib/api'
import { WarningItem } from './WarningItem'

type Check = () => Promise<Result<WarningOut[]>>

/** How main checks each kind of draft: the call to make, or null while the draft is not valid yet. */
const checks = {
  /** A logged session against the athlete's saved history. */
  session: (draft: unknown, id?: number): Check | null => {
    const parsed = SessionInput.safeParse(draft)
    return parsed.success ? () => call('checkDraftSession', { draft: parsed.data, id }) : null
  },
  /** A planned session against the history before the plan and the rest of its plan. */
  planned: (draft: unknown): Check | null => {
    const parsed = PlannedSessionInput.safeParse(draft)
    return parsed.success ? () => call('checkDraftPlannedSession', parsed.data) : null
  }
}

/**
 * What the session being typed would trigger, checked by main (debounced). Shown only while the
 * draft is valid; the saved result always comes from main.
 */
export const LiveWarnings = ({
  draft,
  editingId,
  kind = 'session'
}: {
  draft: unknown
  editingId?: number
  kind?: keyof typeof checks
}) => {
  const [warnings, setWarnings] = useState<WarningOut[] | null>(null)
  const key = JSON.stringify(draft)
  const latest = useRef(key)
  useEffect(() => {
    latest.current = key
    const check = checks[kind](JSON.parse(key), editingId)
    if (check === null) {
      setWarnings(null)
      return
    }
    const timer = setTimeout(() => {
      void check().then((r) => {
        if (latest.current === key) setWarnings(r.ok ? r.value : null)
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [key, editingId, kind])

  if (warnings === null) return null
  const sorted = [...warnings].sort((a, b) => severityRank[b.severity] - severityRank[a.severity])
  return (
    <section className="live-warnings" aria-live="polite" aria-label="Warnings for this session">
      {sorted.length === 0 ? (
        <p className="ok-line">No warnings for this session.</p>
      ) : (
        <>
          <h3>This session would trigger</h3>
          <ul className="warnings">
            {sorted.map((w, i) => (
              <WarningItem key={`${w.ruleId}-${i}`} warning={w} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
