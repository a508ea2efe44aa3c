// Acting on the selected new rows of a preview at once: weights on or off, leave out or put back.
import { useState } from 'react'
import { formatMass, massFromDisplay, type MassUnit } from '../../../../shared/units'
import { numberOrNull } from '../../lib/numbers'
import type { ImportChoices } from './useImportChoices'

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
      <div className="field">
        <label htmlFor="batch-weight">Weight per ankle ({massUnit})</label>
        <input
          id="batch-weight"
          inputMode="decimal"
          value={weightText}
          onChange={(e) => setWeightText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="batch-minutes">Minutes with weights on</label>
        <input
          id="batch-minutes"
          inputMode="decimal"
          value={minutesText}
          onChange={(e) => setMinutesText(e.target.value)}
        />
      </div>
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
