// Apply a saved template to an athlete: a new draft plan, weights scaled to that athlete.
import { useState } from 'react'
import type { AthleteSummary } from '../../../../shared/ipc'
import type { PlanTemplate } from '../../../../shared/plan/schema'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/Messages'
import { call } from '../../lib/api'
import { pickerNames } from '../../lib/athleteNames'
import { navigate } from '../../lib/route'
import { useSettings } from '../../lib/settings'
import { DateField } from '../../components/DateField'

interface Props {
  template: PlanTemplate
  athletes: AthleteSummary[]
  startDate: string
  onClose: () => void
}

export const ApplyTemplateDialog = ({ template, athletes, startDate, onClose }: Props) => {
  const { settings } = useSettings()
  const [apply, setApply] = useState(() => ({
    athleteId: athletes[0] ? String(athletes[0].id) : '',
    startDate,
    name: template.name
  }))
  const [applyError, setApplyError] = useState<Record<string, string>>({})

  const applyTemplate = async () => {
    const r = await call('applyPlanTemplate', {
      templateId: template.id,
      athleteId: Number(apply.athleteId),
      startDate: apply.startDate,
      name: apply.name
    })
    if (!r.ok) {
      const byField: Record<string, string> = { _form: r.error.message }
      for (const i of r.error.issues ?? []) byField[i.path] = i.message
      return setApplyError(byField)
    }
    navigate({ page: 'plan', id: r.value.plan.id })
  }

  return (
    <Dialog title={`Apply "${template.name}"`} onClose={onClose}>
      <div className="form">
        <ErrorMessage>{applyError._form}</ErrorMessage>
        <div className="field">
          <label htmlFor="apply-athlete">Athlete</label>
          <select
            id="apply-athlete"
            value={apply.athleteId}
            onChange={(e) => setApply({ ...apply, athleteId: e.target.value })}
          >
            {athletes.map((a) => (
              <option key={a.id} value={a.id}>
                {pickerNames(athletes, settings.massUnit).get(a.id)}
              </option>
            ))}
          </select>
        </div>
        <DateField
          id="apply-start"
          label="Start date"
          value={apply.startDate}
          onChange={(startDate) => setApply({ ...apply, startDate })}
          error={applyError.startDate}
        />
        <div className={`field${applyError.name ? ' has-error' : ''}`}>
          <label htmlFor="apply-name">Plan name</label>
          <input id="apply-name" value={apply.name} onChange={(e) => setApply({ ...apply, name: e.target.value })} />
          {applyError.name && <p className="field-error">{applyError.name}</p>}
        </div>
        <p className="hint">
          Weights scale with body mass and are rounded down to the weights this athlete owns; check the warnings before
          publishing.
        </p>
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={applyTemplate}>
            Apply template
          </button>
        </div>
      </div>
    </Dialog>
  )
}
