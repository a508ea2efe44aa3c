import type { Severity } from '../../../shared/rules'

export const severityLabels: Record<Severity, string> = { stop: 'Stop', caution: 'Caution', info: 'Note' }

/** Text plus colour, never colour alone. */
export const SeverityBadge = ({ severity, count }: { severity: Severity | null; count?: number }) =>
  severity === null ? (
    <span className="badge sev-none">OK</span>
  ) : (
    <span className={`badge sev-${severity}`}>
      {severityLabels[severity]}
      {count !== undefined && count > 1 ? ` ×${count}` : ''}
    </span>
  )
