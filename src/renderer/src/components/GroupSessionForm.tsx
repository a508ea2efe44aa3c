import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { SquadRow } from '../../../shared/contract/dashboard'
import type { WarningOut } from '../../../shared/contract/rules'
import { GroupSessionsInput } from '../../../shared/contract/dashboard'
import { sessionTypeLabels, sessionTypes, type SessionTypeName } from '../../../shared/domain'
import { issuesByField } from '../../../shared/result'
import { worstSeverity } from '../../../shared/rules'
import { zodIssues } from '../../../shared/validate'
import { call } from '../lib/api'
import { todayIso } from '../lib/format'
import { numberOrNull, sessionLoadFromText } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'
import { SeverityBadge } from './SeverityBadge'
import { ErrorMessage } from './Messages'
import { pickerNames } from '../lib/athleteNames'

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

/** Issue paths this form shows under a field (shared fields once, per-athlete cells in their row). */
const shownField = /^sessions\.\d+\.(date|durationMin|distanceKm|ankleWeightKg|weightedMin|rpe|pain)$/

// RPE and pain stay empty (not logged) until the coach enters them: nothing is invented.
const blankRow: Row = { weight: '0', weightedMin: '0', rpe: '', pain: '' }

/**
 * One workout for many athletes (hill sprints on Tuesday): the shared fields once, then each
 * athlete's weight, weighted minutes, RPE and pain, with their draft warnings; saved in one go.
 */
export const GroupSessionForm = ({ athletes, onSaved, onCancel }: Props) => {
  const { settings } = useSettings()
  const names = pickerNames(athletes, settings.massUnit)
  const mu = settings.massUnit
  const du = settings.distanceUnit
  const [shared, setShared] = useState({
    date: todayIso(),
    startTime: '',
    type: 'hill_sprint' as SessionTypeName,
    durationMin: '',
    distance: '',
    rpe: ''
  })
  const [picked, setPicked] = useState<number[]>([])
  const [rows, setRows] = useState<Record<number, Row>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [warnings, setWarnings] = useState<Record<number, WarningOut[]>>({})
  const [saving, setSaving] = useState(false)

  const rowOf = (id: number): Row => rows[id] ?? { ...blankRow, rpe: shared.rpe }
  const setRow = (id: number, patch: Partial<Row>) => setRows((prev) => ({ ...prev, [id]: { ...rowOf(id), ...patch } }))
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))

  const drafts = useMemo(
    () =>
      picked.map((athleteId) => {
        const r = rows[athleteId] ?? { ...blankRow, rpe: shared.rpe }
        return {
          athleteId,
          date: shared.date,
          startTime: shared.startTime === '' ? null : shared.startTime,
          type: shared.type,
          ...sessionLoadFromText(
            {
              durationMin: shared.durationMin,
              distance: shared.distance,
              ankleWeight: r.weight,
              weightedMin: r.weightedMin
            },
            { mass: mu, distance: du }
          ),
          rpe: numberOrNull(r.rpe),
          pain: numberOrNull(r.pain)
        }
      }),
    [picked, rows, shared, mu, du]
  )

  // Each row's draft warnings, checked by main against that athlete's history (debounced).
  const key = JSON.stringify(drafts)
  const latest = useRef(key)
  useEffect(() => {
    latest.current = key
    const timer = setTimeout(() => {
      void Promise.all(
        drafts.map(async (d) => {
          const parsed = GroupSessionsInput.shape.sessions.element.safeParse(d)
          if (!parsed.success) return [d.athleteId, null] as const
          const r = await call('checkDraftSession', { draft: parsed.data })
          return [d.athleteId, r.ok ? r.value : null] as const
        })
      ).then((pairs) => {
        if (latest.current !== key) return
        setWarnings(Object.fromEntries(pairs.filter(([, w]) => w !== null)) as Record<number, WarningOut[]>)
      })
    }, 300)
    return () => clearTimeout(timer)
  }, [key, drafts])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = GroupSessionsInput.safeParse({ sessions: drafts })
    if (!parsed.success) return setErrors(issuesByField(zodIssues(parsed.error)))
    setSaving(true)
    const r = await call('createGroupSessions', parsed.data)
    setSaving(false)
    if (!r.ok) {
      const byField = issuesByField(r.error.issues)
      // A message that belongs to a shown field appears under it; the banner only for the rest.
      const allShown = Object.keys(byField).length > 0 && Object.keys(byField).every((k) => shownField.test(k))
      return setErrors(allShown ? byField : { _form: r.error.message, ...byField })
    }
    onSaved(r.value.created)
  }

  // A shared-field error is the same on every row: show it once, next to the shared field.
  const sharedError = (field: string) =>
    Object.entries(errors).find(([k]) => new RegExp(`^sessions\\.\\d+\\.${field}$`).test(k))?.[1]
  const rowError = (i: number, field: string) => errors[`sessions.${i}.${field}`]

  return (
    <form className="form group-form" onSubmit={submit} noValidate>
      <ErrorMessage>{errors._form}</ErrorMessage>
      <div className="row">
        <Field id="g-date" label="Date" error={sharedError('date')}>
          <input
            id="g-date"
            type="date"
            value={shared.date}
            onChange={(e) => setShared({ ...shared, date: e.target.value })}
            {...describedBy('g-date', sharedError('date'))}
          />
        </Field>
        <Field id="g-start" label="Start time (optional)">
          <input
            id="g-start"
            type="time"
            value={shared.startTime}
            onChange={(e) => setShared({ ...shared, startTime: e.target.value })}
          />
        </Field>
        <Field id="g-type" label="Type">
          <select
            id="g-type"
            value={shared.type}
            onChange={(e) => setShared({ ...shared, type: e.target.value as SessionTypeName })}
          >
            {sessionTypes.map((t) => (
              <option key={t} value={t}>
                {sessionTypeLabels[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="g-duration" label="Duration (min)" error={sharedError('durationMin')}>
          <input
            id="g-duration"
            inputMode="decimal"
            value={shared.durationMin}
            onChange={(e) => setShared({ ...shared, durationMin: e.target.value })}
            {...describedBy('g-duration', sharedError('durationMin'))}
          />
        </Field>
        <Field id="g-distance" label={`Distance (${du}, optional)`} error={sharedError('distanceKm')}>
          <input
            id="g-distance"
            inputMode="decimal"
            value={shared.distance}
            onChange={(e) => setShared({ ...shared, distance: e.target.value })}
          />
        </Field>
        <Field id="g-rpe" label="RPE for everyone (optional)" hint="Each athlete's row starts from it">
          <input
            id="g-rpe"
            inputMode="numeric"
            value={shared.rpe}
            onChange={(e) => setShared({ ...shared, rpe: e.target.value })}
          />
        </Field>
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
        {sharedError('athleteId') && <p className="field-error">{sharedError('athleteId')}</p>}
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
              const w = warnings[id]
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
                  <td className="draft-warnings">
                    {w === undefined ? (
                      <span className="muted">–</span>
                    ) : w.length === 0 ? (
                      <span className="ok-line">none</span>
                    ) : (
                      <span title={w.map((x) => `${x.ruleId}: ${x.message}`).join('\n')}>
                        <SeverityBadge severity={worstSeverity(w)} />{' '}
                        <span className="rule-ids">{[...new Set(w.map((x) => x.ruleId))].join(' ')}</span>
                      </span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving || picked.length === 0}>
          Save {picked.length || ''} sessions
        </button>
      </div>
    </form>
  )
}
