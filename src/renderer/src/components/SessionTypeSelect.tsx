import { sessionTypeLabels, sessionTypes, type SessionTypeName } from '../../../shared/domain'

/** The one session-type picker (logged, planned and group sessions). */
export const SessionTypeSelect = ({
  id,
  value,
  onChange,
  ...rest
}: {
  id: string
  value: SessionTypeName
  onChange: (type: SessionTypeName) => void
  'aria-label'?: string
}) => (
  <select id={id} value={value} onChange={(e) => onChange(e.target.value as SessionTypeName)} {...rest}>
    {sessionTypes.map((t) => (
      <option key={t} value={t}>
        {sessionTypeLabels[t]}
      </option>
    ))}
  </select>
)
