import type { SquadRow } from '../../../shared/contract/dashboard'
import { GroupSessionsInput } from '../../../shared/contract/dashboard'
import type { SessionInput, SessionTypeName } from '../../../shared/domain'
import { worstSeverity } from '../../../shared/rules'
import type { DistanceUnit, MassUnit } from '../../../shared/units'
import { call } from '../lib/api'
import { Form } from '../lib/form/Form'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { todayIso } from '../lib/format'
import { useText } from '../lib/useText'
import { numberOrNull, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { useRead } from '../lib/query'
import { useDebounced } from '../lib/useDebounced'
import { pickerNames } from '../lib/athleteNames'
import { DateField } from './DateField'
import { DialogActions } from './DialogActions'
import { Field } from './Field'
import { TextField } from './FormField'
import { SessionTypeSelect } from './SessionTypeSelect'
import { SeverityBadge } from './SeverityBadge'
import { TimeField } from './TimeField'

interface Row {
  weight: string
  weightedMin: string
  rpe: string
  pain: string
}

interface Props {
  athletes: SquadRow[]
  onSaved: (count: number) => void
  onCancel: () => void
}

/** A shared field's issue is the same on every row: one key, shown once next to the shared field. */
const fieldOf = (path: string) =>
  path.replace(/^sessions\.\d+\.(date|startTime|type|durationMin|distanceKm|athleteId)$/, '$1')

// RPE and pain stay empty (not logged) until the coach enters them: nothing is invented.
const blankRow: Row = { weight: '0', weightedMin: '0', rpe: '', pain: '' }

interface Values {
  date: string
  startTime: string
  type: SessionTypeName
  durationMin: string
  distance: string
  rpe: string
  picked: number[]
  rows: Record<number, Row>
}

const rowIn = (v: Values, id: number): Row => v.rows[id] ?? { ...blankRow, rpe: v.rpe }

/** One session draft per picked athlete, in metric units. */
const draftsOf = (v: Values, units: { mass: MassUnit; distance: DistanceUnit }) =>
  v.picked.map((athleteId) => {
    const r = rowIn(v, athleteId)
    return {
      athleteId,
      date: v.date,
      startTime: v.startTime === '' ? null : v.startTime,
      type: v.type,
      ...sessionLoadFromText({ ...v, ankleWeight: r.weight, weightedMin: r.weightedMin }, units),
      rpe: numberOrNull(r.rpe),
      pain: numberOrNull(r.pain)
    }
  })

/**
 * One workout for many athletes (hill sprints on Tuesday): the shared fields once, then each
 * athlete's weight, weighted minutes, RPE and pain, with their draft warnings; saved in one go.
 */
export const GroupSessionForm = ({ athletes, onSaved, onCancel }: Props) => {
  const { settings } = useSettings()
  const names = pickerNames(athletes, settings.massUnit)
  const mu = settings.massUnit
  const du = settings.distanceUnit
  const initial: Values = {
    date: todayIso(),
    startTime: '',
    type: 'hill_sprint',
    durationMin: '',
    distance: '',
    rpe: '',
    picked: [],
    rows: {}
  }
  const form = useForm({
    initial,
    schema: GroupSessionsInput,
    toInput: (v) => ({ sessions: draftsOf(v, { mass: mu, distance: du }) }),
    fieldOf,
    errorKeys: { distance: 'distanceKm', picked: 'sessions' },
    message: inUnits({ mass: mu, distance: du })
  })
  const { values: shared, set, field, update, errors } = form
  const { picked } = shared

  const rowOf = (id: number): Row => rowIn(shared, id)
  const setRow = (id: number, patch: Partial<Row>) =>
    update((prev) => ({ ...prev, rows: { ...prev.rows, [id]: { ...rowIn(prev, id), ...patch } } }), ['rows'])
  const toggle = (id: number) => set('picked', picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id])
  const drafts = draftsOf(shared, { mass: mu, distance: du })

  const submit = form.onSubmit(
    (data) => call('createGroupSessions', data),
    (r) => onSaved(r.created)
  )
  const rowError = (i: number, field: string) => errors[`sessions.${i}.${field}`]

  return (
    <Form form={form} className="form group-form" onSubmit={submit}>
      <div className="row">
        <DateField id="g-date" label="Date" {...field('date')} />
        <TimeField id="g-start" label="Start time (optional)" {...field('startTime')} />
        <Field id="g-type" label="Type">
          <SessionTypeSelect id="g-type" value={shared.type} onChange={(t) => set('type', t)} />
        </Field>
        <TextField id="g-duration" label="Duration (min)" inputMode="decimal" {...field('durationMin')} />
        <TextField id="g-distance" label={`Distance (${du}, optional)`} inputMode="decimal" {...field('distance')} />
        <TextField
          id="g-rpe"
          label="RPE for everyone (optional)"
          hint="Each athlete's row starts from it"
          inputMode="numeric"
          {...field('rpe')}
        />
      </div>

      <fieldset className="athlete-picker">
        <legend>Athletes ({picked.length} picked)</legend>
        <div className="picker-list">
          {athletes.map((a) => (
            <label key={a.id} className="inline">
              <input type="checkbox" checked={picked.includes(a.id)} onChange={() => toggle(a.id)} /> {names.get(a.id)}
            </label>
          ))}
        </div>
        {errors.athleteId && <p className="field-error">{errors.athleteId}</p>}
        {errors.sessions && (
          <p className="field-error" role="alert">
            {errors.sessions}
          </p>
        )}
      </fieldset>

      {picked.length > 0 && (
        <table className="grid group-grid" aria-label="Per-athlete details">
          <thead>
            <tr>
              <th scope="col">Athlete</th>
              <th scope="col">Weight per ankle ({mu})</th>
              <th scope="col">Weighted min</th>
              <th scope="col">RPE</th>
              <th scope="col">Pain</th>
              <th scope="col">Draft warnings</th>
            </tr>
          </thead>
          <tbody>
            {picked.map((id, i) => {
              const a = athletes.find((x) => x.id === id)!
              const r = rowOf(id)
              const cell = (field: keyof Row, schemaField: string, label: string, placeholder?: string) => {
                const err = rowError(i, schemaField)
                return (
                  <td className={err ? 'has-error' : undefined}>
                    <input
                      aria-label={`${label} for ${a.name}`}
                      inputMode="decimal"
                      value={r[field]}
                      placeholder={placeholder}
                      onChange={(e) => setRow(id, { [field]: e.target.value })}
                      aria-invalid={err ? true : undefined}
                    />
                    {err && (
                      <p className="field-error" role="alert">
                        {err}
                      </p>
                    )}
                  </td>
                )
              }
              return (
                <tr key={id} data-athlete={a.name}>
                  <th scope="row">{names.get(a.id)}</th>
                  {cell('weight', 'ankleWeightKg', 'Weight per ankle')}
                  {cell('weightedMin', 'weightedMin', 'Weighted minutes')}
                  {cell('rpe', 'rpe', 'RPE', '–')}
                  {cell('pain', 'pain', 'Pain', '–')}
                  <DraftWarnings draft={drafts[i]} />
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <DialogActions
        onCancel={onCancel}
        confirm={`Save ${picked.length || ''} sessions`}
        disabled={form.busy || picked.length === 0}
      />
    </Form>
  )
}

/**
 * A row's draft warnings, checked by main against that athlete's history once typing pauses: a read of
 * the data layer keyed by the draft, so the same draft comes from the cache and a save refreshes it.
 */
const DraftWarnings = ({ draft }: { draft: ReturnType<typeof draftsOf>[number] }) => {
  const settled = useDebounced(JSON.stringify(draft), 300)
  const parsed = GroupSessionsInput.shape.sessions.element.safeParse(JSON.parse(settled))
  const check = useRead(
    'checkDraftSession',
    { draft: parsed.data as SessionInput },
    {
      enabled: parsed.success,
      keepPrevious: true
    }
  )
  const w = parsed.success ? check.data : undefined
  const text = useText()
  return (
    <td className="draft-warnings">
      {w === undefined ? (
        <span className="muted">–</span>
      ) : w.length === 0 ? (
        <span className="ok-line">none</span>
      ) : (
        <span title={w.map((x) => `${x.ruleId}: ${text(x.message)}`).join('\n')}>
          <SeverityBadge severity={worstSeverity(w)} />{' '}
          <span className="rule-ids">{[...new Set(w.map((x) => x.ruleId))].join(' ')}</span>
        </span>
      )}
    </td>
  )
}
