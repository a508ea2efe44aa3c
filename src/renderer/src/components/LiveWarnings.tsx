import { useEffect, useRef, useState } from 'react'
import type { WarningOut } from '../../../shared/contract/rules'
import { SessionInput } from '../../../shared/domain'
import { severityRank } from '../../../shared/rules'
import { call } from '../lib/api'
import { WarningItem } from './WarningItem'

/**
 * What the session being typed would trigger, checked by main against the saved history
 * (debounced). Shown only while the draft is valid; the saved result always comes from main.
 */
export const LiveWarnings = ({ draft, editingId }: { draft: unknown; editingId?: number }) => {
  const [warnings, setWarnings] = useState<WarningOut[] | null>(null)
  const key = JSON.stringify(draft)
  const latest = useRef(key)
  useEffect(() => {
    latest.current = key
    const parsed = SessionInput.safeParse(JSON.parse(key))
    if (!parsed.success) {
      setWarnings(null)
      return
    }
    const timer = setTimeout(() => {
      void call('checkDraftSession', { draft: parsed.data, id: editingId }).then((r) => {
        if (latest.current === key) setWarnings(r.ok ? r.value : null)
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [key, editingId])

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
