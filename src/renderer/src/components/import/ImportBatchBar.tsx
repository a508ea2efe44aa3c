// Acting on the selected new rows of a preview at once: weights on or off, leave out or put back.
import { useState } from 'react'
import { formatMass, massFromDisplay, type MassUnit } from '../../../../shared/units'
import { numberOrNull } from '../../lib/numbers'
import { Field } from '../Field'
import type { ImportChoices } from './useImportChoices'

/** A number the coach types (a decimal comma or point), checked when a button is pressed. */
const DecimalField = ({
  id,
  label,
  value,
  onChange
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) => (
  <Field id={id} label={label}>
    <input id={id} inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} />
  </Field>
)

export const ImportBatchBar = ({ choices, massUnit }: { choices: ImportChoices; massUnit: MassUnit }) => {
  const [weightText, setWeightText] = useState('')
  const [minutesText, setMinutesText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const count = choices.selected.size

  const applyWeights = (weighted: boolean) => {
    setError(null)
    if (!weighted) return choices.applyWeights(0, 0)
    const w = numberOrNull(weightText)
    const m = numberOrNull(minutesText)
    if (w === null || !Number.isFinite(w) || w <= 0) return setError(`Enter the weight per ankle in ${massUnit}`)
    const kg = massFromDisplay(w, massUnit)
    if (kg > 5) return setError(`The weight per ankle must be at most ${formatMass(5, massUnit)}`)
    if (m === null || !Number.isFinite(m) || m <= 0) return setError('Enter the minutes with weights on')
    choices.applyWeights(kg, m)
  }

  return (
    <fieldset className="import-batch">
      <legend>Selected sessions ({count})</legend>
      <DecimalField
        id="batch-weight"
        label={`Weight per ankle (${massUnit})`}
        value={weightText}
        onChange={setWeightText}
      />
      <DecimalField id="batch-minutes" label="Minutes with weights on" value={minutesText} onChange={setMinutesText} />
      <button type="button" disabled={count === 0} onClick={() => applyWeights(true)}>
        Mark {count} selected as weighted
      </button>
      <button type="button" disabled={count === 0} onClick={() => applyWeights(false)}>
        Remove weights
      </button>
      <button type="button" disabled={count === 0} onClick={() => choices.setLeftOutSelected(true)}>
        Leave out
      </button>
      <button type="button" disabled={count === 0} onClick={() => choices.setLeftOutSelected(false)}>
        Put back
      </button>
      <p className="hint">Minutes with weights on are capped at each session's duration.</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
