// The fields a logged session and a planned session share: date, type, duration, distance and the ankle
// weights. Each form adds its own around them (a start time and pain for a logged session; a target
// effort and "What to do" for a planned one) through the slots below.
import type { ReactNode } from 'react'
import type { SessionTypeName } from '../../../shared/domain'
import { massToDisplay } from '../../../shared/units'
import type { Errors } from '../lib/form/useForm'
import { numberOr } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { DateField } from './DateField'
import { Field } from './Field'
import { TextField } from './FormField'
import { SessionTypeSelect } from './SessionTypeSelect'

export interface SessionFieldValues {
  date: string
  type: SessionTypeName
  durationMin: string
  /** In the coach's distance unit. */
  distance: string
  /** Per ankle, in the coach's mass unit. */
  ankleWeight: string
  weightedMin: string
}

interface Props {
  /** Before each id ('' on the session form, 'ps-' on a planned session); the rest is the schema's name. */
  idPrefix: string
  /** The form's values, errors (keyed by the schema's names: distanceKm, ankleWeightKg) and setter. */
  form: {
    values: SessionFieldValues
    errors: Errors
    set: (key: keyof SessionFieldValues, value: string) => void
  }
  ownedWeightsKg: readonly number[]
  /** Under the weight when the athlete owns none. */
  noWeightsHint?: string
  /** After the date (a start time). */
  time?: ReactNode
  /** Last in the second row (the RPE, or the target RPE). */
  effort: ReactNode
  /** Last among the weights (whether form broke down). */
  weightsExtra?: ReactNode
}

export const SessionFields = (props: Props) => {
  const { idPrefix: p, time, effort, weightsExtra } = props
  const { values: v, errors, set } = props.form
  const { settings } = useSettings()
  const mu = settings.massUnit
  const owned = props.ownedWeightsKg.map((w) => massToDisplay(w, mu))
  const weighted = numberOr(v.ankleWeight, 0) > 0
  /** A text value and the schema field its errors are under, which also names its input. */
  const bind = (key: Exclude<keyof SessionFieldValues, 'type'>, schemaKey: string = key) => ({
    id: `${p}${schemaKey}`,
    value: v[key],
    onChange: (text: string) => set(key, text),
    error: errors[schemaKey],
    inputMode: 'decimal' as const
  })
  return (
    <>
      <div className="row">
        <DateField id={`${p}date`} label="Date" value={v.date} onChange={(d) => set('date', d)} error={errors.date} />
        {time}
        <Field id={`${p}type`} label="Type" error={errors.type}>
          <SessionTypeSelect id={`${p}type`} value={v.type} onChange={(t) => set('type', t)} />
        </Field>
      </div>
      <div className="row">
        <TextField label="Duration (min)" {...bind('durationMin')} />
        <TextField label={`Distance (${settings.distanceUnit}, optional)`} {...bind('distance', 'distanceKm')} />
        {effort}
      </div>
      <fieldset className={`weights${weighted ? ' on' : ''}`}>
        <legend>Ankle weights</legend>
        <div className="row">
          <TextField
            label={`Weight per ankle (${mu}, 0 = none)`}
            list={`${p}owned-weights`}
            hint={owned.length ? `Owned: ${owned.join(', ')} ${mu}` : props.noWeightsHint}
            {...bind('ankleWeight', 'ankleWeightKg')}
          />
          <datalist id={`${p}owned-weights`}>
            {owned.map((w) => (
              <option key={w} value={w} />
            ))}
          </datalist>
          <TextField label="Minutes with weights on" {...bind('weightedMin')} />
          {weightsExtra}
        </div>
      </fieldset>
    </>
  )
}
