import { useEffect, useState, type FormEvent } from 'react'
import { addDays, weekStartOf } from '../../../shared/calendar'
import { GeneratePlanInput, MAX_PLAN_WEEKS, MIN_PLAN_WEEKS, weekdayNames } from '../../../shared/plan/schema'
import { issuesByField } from '../../../shared/result'
import { zodIssues } from '../../../shared/validate'
import type { AthleteSummary } from '../../../shared/ipc'
import type { PlanDetail } from '../../../shared/contract/plan'
import { call } from '../lib/api'
import { todayIso } from '../lib/format'
import { numberOr } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'
import { ErrorMessage } from './Messages'

interface Props {
  athleteId?: number
  onGenerated: (plan: PlanDetail) => void
  onCancel: () => void
}

/** The generator's inputs: athlete, start, 4-16 weeks, runs per week and the days the athlete can run. */
export const PlanGenerateForm = ({ athleteId, onGenerated, onCancel }: Props) => {
  const { settings } = useSettings()
  const [athletes, setAthletes] = useState<AthleteSummary[] | null>(null)
  const [f, setF] = useState({
    athleteId: athleteId ? String(athleteId) : '',
    name: 'Base block',
    goal: '',
    startDate: addDays(weekStartOf(todayIso(), settings.weekStartsOn), 7),
    weeks: '8',
    runsPerWeek: '4',
    availableDays: [1, 2, 3, 4, 5, 6, 0] as number[]
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) => setF((prev) => ({ ...prev, [key]: value }))

  useEffect(() => {
    void call('listAthletes', {}).then((r) => {
      if (!r.ok) return setErrors({ _form: r.error.message })
      setAthletes(r.value)
      if (!athleteId && r.value.length) setF((prev) => (prev.athleteId ? prev : { ...prev, athleteId: String(r.value[0].id) }))
    })
  }, [athleteId])

  const dayOrder = Array.from({ length: 7 }, (_, i) => (settings.weekStartsOn + i) % 7)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const draft = {
      athleteId: Number(f.athleteId),
      name: f.name,
      goal: f.goal,
      startDate: f.startDate,
      weeks: numberOr(f.weeks, Number.NaN),
      runsPerWeek: Number(f.runsPerWeek),
      availableDays: f.availableDays
    }
    const parsed = GeneratePlanInput.safeParse(draft)
    if (!parsed.success) return setErrors(issuesByField(zodIssues(parsed.error)))
    setErrors({})
    setBusy(true)
    const r = await call('generatePlan', parsed.data)
    setBusy(false)
    if (!r.ok) return setErrors({ _form: r.error.message, ...issuesByField(r.error.issues) })
    onGenerated(r.value)
  }

  if (athletes && athletes.length === 0) {
    return (
      <div className="empty">
        <p>Add an athlete on the Squad page first; a plan is built from the athlete's level, body mass, weights and history.</p>
      </div>
    )
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorMessage>{errors._form}</ErrorMessage>
      <div className="row">
        <Field id="gen-athlete" label="Athlete" error={errors.athleteId}>
          <select id="gen-athlete" value={f.athleteId} onChange={(e) => set('athleteId', e.target.value)} disabled={!athletes}>
            {(athletes ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="gen-name" label="Plan name" error={errors.name}>
          <input id="gen-name" value={f.name} onChange={(e) => set('name', e.target.value)} {...describedBy('gen-name', errors.name)} />
        </Field>
      </div>
      <Field id="gen-goal" label="Goal (optional)" error={errors.goal}>
        <input id="gen-goal" value={f.goal} onChange={(e) => set('goal', e.target.value)} placeholder="e.g. spring half marathon" />
      </Field>
      <div className="row">
        <Field id="gen-start" label="Start date" error={errors.startDate}>
          <input id="gen-start" type="date" value={f.startDate} onChange={(e) => set('startDate', e.target.value)} {...describedBy('gen-start', errors.startDate)} />
        </Field>
        <Field id="gen-weeks" label={`Weeks (${MIN_PLAN_WEEKS}-${MAX_PLAN_WEEKS})`} error={errors.weeks}>
          <input id="gen-weeks" inputMode="numeric" value={f.weeks} onChange={(e) => set('weeks', e.target.value)} {...describedBy('gen-weeks', errors.weeks)} />
        </Field>
        <Field id="gen-runs" label="Runs per week" error={errors.runsPerWeek}>
          <select id="gen-runs" value={f.runsPerWeek} onChange={(e) => set('runsPerWeek', e.target.value)}>
            {[2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className={`plan-days${errors.availableDays ? ' has-error' : ''}`} aria-describedby={errors.availableDays ? 'gen-days-error' : undefined}>
        <legend>Days the athlete can run</legend>
        {dayOrder.map((d) => (
          <label key={d} className="inline">
            <input
              type="checkbox"
              checked={f.availableDays.includes(d)}
              onChange={(e) => set('availableDays', e.target.checked ? [...f.availableDays, d] : f.availableDays.filter((x) => x !== d))}
            />
            {weekdayNames[d]}
          </label>
        ))}
        {errors.availableDays && (
          <p className="field-error" id="gen-days-error" role="alert">
            {errors.availableDays}
          </p>
        )}
      </fieldset>
      <p className="hint">
        The generator starts light (at most 1.5% of body mass in total, rounded down to the weights owned), changes one thing at a time at most every two
        weeks, puts in a deload week at least every 6 weeks and fills the hard slots with hill sprints and intervals. Every session is checked with the
        warning rules; nothing above a note is written.
      </p>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy || !athletes}>
          {busy ? 'Generating…' : 'Generate plan'}
        </button>
      </div>
    </form>
  )
}
