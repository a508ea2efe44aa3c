import { ClearStopsInput } from '../../../shared/contract/rules'
import { ruleTitles, type RuleId } from '../../../shared/rules'
import { call } from '../lib/api'
import { Form } from '../lib/form/Form'
import { useForm } from '../lib/form/useForm'
import { todayIso } from '../lib/format'
import { useSettings } from '../lib/settings'
import { DateField } from './DateField'
import { Dialog } from './Dialog'
import { DialogActions } from './DialogActions'
import { TextAreaField, TextField } from './FormField'

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
  const form = useForm({
    initial: { clearedBy: settings.coachName, clearedOn: todayIso(), reason: '' },
    schema: ClearStopsInput,
    toInput: (f) => ({ athleteId, ruleIds, ...f }),
    // An issue with the stops themselves (not a field here) goes into the summary.
    fields: ['clearedBy', 'clearedOn', 'reason']
  })
  const { field } = form
  const submit = form.onSubmit((data) => call('clearStops', data), onDone)
  const several = ruleIds.length > 1

  return (
    <Dialog
      title={`Clear the ${ruleIds.join(', ')} ${several ? 'stops' : 'stop'} for ${athleteName}?`}
      onClose={onCancel}
    >
      <Form form={form} onSubmit={submit}>
        <p>
          {ruleIds.map((id) => `${id} (${ruleTitles[id]})`).join(', ')} {several ? 'have' : 'has'} stopped weighted
          sessions. Clear {several ? 'them' : 'it'} only after reviewing the athlete. The{' '}
          {several ? 'stops end' : 'stop ends'} from the date you give; a new trigger starts a new stop.
        </p>
        <div className="row">
          <TextField id="clearedBy" label="Cleared by" {...field('clearedBy')} />
          <DateField id="clearedOn" label="Cleared on" {...field('clearedOn')} />
        </div>
        <TextAreaField
          id="reason"
          label="Reason"
          rows={3}
          placeholder="e.g. Physio review: Achilles settled, cleared to resume"
          {...field('reason')}
        />
        <DialogActions
          onCancel={onCancel}
          confirm={several ? `Clear ${ruleIds.length} stops` : 'Clear stop'}
          disabled={form.busy}
        />
      </Form>
    </Dialog>
  )
}
