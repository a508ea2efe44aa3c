import { useState, type FormEvent } from 'react'
import { ClearStopsInput } from '../../../shared/contract/rules'
import { issuesByField } from '../../../shared/result'
import { ruleTitles, type RuleId } from '../../../shared/rules'
import { zodIssues } from '../../../shared/validate'
import { call } from '../lib/api'
import { formErrors } from '../lib/formErrors'
import { todayIso } from '../lib/format'
import { useSettings } from '../lib/settings'
import { DateField } from './DateField'
import { Dialog } from './Dialog'
import { describedBy, Field } from './Field'
import { ErrorMessage } from './Messages'

interface Props {
  athleteId: number
  athleteName: string
  /** One stop, or several reviewed together (e.g. the stops an import brought in). */
  ruleIds: RuleId[]
  onDone: () => void
  onCancel: () => void
}

/** A coach ends one or several stops after review: who, when and why are stored with each. */
export const ClearStopDialog = ({ athleteId, athleteName, ruleIds, onDone, onCancel }: Props) => {
  const { settings } = useSettings()
  const [clearedBy, setClearedBy] = useState(settings.coachName)
  const [clearedOn, setClearedOn] = useState(todayIso())
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const several = ruleIds.length > 1

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = ClearStopsInput.safeParse({ athleteId, ruleIds, clearedBy, clearedOn, reason })
    if (!parsed.success) return setErrors(issuesByField(zodIssues(parsed.error)))
    const r = await call('clearStops', parsed.data)
    if (!r.ok) return setErrors(formErrors(r.error))
    onDone()
  }

  return (
    <Dialog
      title={`Clear the ${ruleIds.join(', ')} ${several ? 'stops' : 'stop'} for ${athleteName}?`}
      onClose={onCancel}
    >
      <form className="form" onSubmit={submit} noValidate>
        <p>
          {ruleIds.map((id) => `${id} (${ruleTitles[id]})`).join(', ')} {several ? 'have' : 'has'} stopped weighted
          sessions. Clear {several ? 'them' : 'it'} only after reviewing the athlete. The{' '}
          {several ? 'stops end' : 'stop ends'} from the date you give; a new trigger starts a new stop.
        </p>
        <ErrorMessage>{errors._form}</ErrorMessage>
        <div className="row">
          <Field id="clearedBy" label="Cleared by" error={errors.clearedBy}>
            <input
              id="clearedBy"
              value={clearedBy}
              onChange={(e) => setClearedBy(e.target.value)}
              {...describedBy('clearedBy', errors.clearedBy)}
            />
          </Field>
          <DateField
            id="clearedOn"
            label="Cleared on"
            value={clearedOn}
            onChange={setClearedOn}
            error={errors.clearedOn}
          />
        </div>
        <Field id="reason" label="Reason" error={errors.reason}>
          <textarea
            id="reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="e.g. Physio review: Achilles settled, cleared to resume"
            {...describedBy('reason', errors.reason)}
          />
        </Field>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {several ? `Clear ${ruleIds.length} stops` : 'Clear stop'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
