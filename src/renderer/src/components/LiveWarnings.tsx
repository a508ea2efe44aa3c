import type { WarningOut } from '../../../shared/contract/rules'
import { SessionInput } from '../../../shared/domain'
import { PlannedSessionInput } from '../../../shared/plan/schema'
import { severityRank } from '../../../shared/rules'
import { useRead } from '../lib/query'
import { useDebounced } from '../lib/useDebounced'
import { WarningItem } from './WarningItem'

type Kind = 'session' | 'planned'

/**
 * What the session being typed would trigger, checked by main once typing pauses (a read of the data
 * layer: checking the same draft again comes from the cache, and saving a session refreshes it).
 * Shown only while the draft is valid; the saved result always comes from main.
 */
export const LiveWarnings = ({
  draft,
  editingId,
  kind = 'session'
}: {
  draft: unknown
  editingId?: number
  kind?: Kind
}) => {
  const key = JSON.stringify(draft)
  const settled = useDebounced(key, 250)
  const valid = (kind === 'session' ? SessionInput : PlannedSessionInput).safeParse(draft).success
  // The draft as typed when the coach paused: a logged session against the athlete's saved history,
  // or a planned session against the history before the plan and the rest of its plan.
  const session = kind === 'session' ? SessionInput.safeParse(JSON.parse(settled)) : null
  const planned = kind === 'planned' ? PlannedSessionInput.safeParse(JSON.parse(settled)) : null
  const sessionCheck = useRead(
    'checkDraftSession',
    { draft: session?.data as SessionInput, id: editingId },
    { enabled: session?.success === true, keepPrevious: true }
  )
  const plannedCheck = useRead('checkDraftPlannedSession', planned?.data as PlannedSessionInput, {
    enabled: planned?.success === true,
    keepPrevious: true
  })
  const warnings: WarningOut[] | null = valid ? ((kind === 'session' ? sessionCheck : plannedCheck).data ?? null) : null

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
