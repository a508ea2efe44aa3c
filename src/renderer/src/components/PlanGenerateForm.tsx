import { useEffect, useState } from 'react'
import { addDays, weekStartOf } from '../../../shared/calendar'
import {
  computeBaseline,
  describeBaseline,
  NOVICE_START,
  PACE_WEEKS,
  type Baseline
} from '../../../shared/plan/baseline'
import { goalDistanceLabel, goalDistances, type GoalDistance } from '../../../shared/plan/longRun'
import { GeneratePlanInput, MAX_PLAN_WEEKS, MIN_PLAN_WEEKS, weekdayNames } from '../../../shared/plan/schema'
import type { AthleteSummary } from '../../../shared/ipc'
import type { PlanDetail } from '../../../shared/contract/plan'
import { call } from '../lib/api'
import { FormSummary } from '../lib/form/FormSummary'
import { useForm } from '../lib/form/useForm'
import { todayIso } from '../lib/format'
import { numberOr } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { describedBy, Field } from './Field'
import { DateField } from './DateField'
import { pickerNames } from '../lib/athleteNames'

interface Props {
  athleteId?: number
  onGenerated: (plan: PlanDetail) => void
  onCancel: () => void
}

/** The generator's inputs: athlete, start, 4-16 weeks, runs per week and the days the athlete can run. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export const PlanGenerateForm = ({ athleteId, onGenerated, onCancel }: Props) => {
  const { settings } = useSettings()
  const [athletes, setAthletes] = useState<AthleteSummary[] | null>(null)
  const form = useForm({
    initial: {
      athleteId: athleteId ? String(athleteId) : '',
      name: 'Base block',
      goal: '',
      startDate: addDays(weekStartOf(todayIso(), settings.weekStartsOn), 7),
      weeks: '8',
      runsPerWeek: '4',
      weeklyMinutes: '',
      goalDistance: '' as GoalDistance | '',
      goalRaceDate: '',
      availableDays: [1, 2, 3, 4, 5, 6, 0] as number[]
    },
    schema: GeneratePlanInput,
    toInput: (f) => ({
      athleteId: Number(f.athleteId),
      name: f.name,
      goal: f.goal,
      startDate: f.startDate,
      weeks: numberOr(f.weeks, Number.NaN),
      runsPerWeek: Number(f.runsPerWeek),
      availableDays: f.availableDays,
      weeklyMinutes: f.weeklyMinutes.trim() === '' ? null : numberOr(f.weeklyMinutes, Number.NaN),
      goalDistance: f.goalDistance === '' ? null : f.goalDistance,
      goalRaceDate: f.goalRaceDate === '' ? null : f.goalRaceDate
    })
  })
  const { values: f, set, errors, adopt, fail } = form
  const [baseline, setBaseline] = useState<Baseline | null>(null)
  // The proposals follow the baseline until the coach changes the field.
  const [touched, setTouched] = useState({ runsPerWeek: false, weeklyMinutes: false })

  useEffect(() => {
    void call('listAthletes', {}).then((r) => {
      if (!r.ok) return fail(r.error.message)
      setAthletes(r.value)
      // The first athlete is proposed, not typed: the form is not "changed" by it.
      if (!athleteId && r.value.length)
        adopt((prev) => (prev.athleteId ? prev : { ...prev, athleteId: String(r.value[0].id) }))
    })
  }, [athleteId, adopt, fail])

  // The baseline: the last 4 full weeks before the plan (and 8 weeks for the easy pace).
  useEffect(() => {
    const id = Number(f.athleteId)
    if (!id || !/^\d{4}-\d{2}-\d{2}$/.test(f.startDate)) return setBaseline(null)
    let live = true
    void call('listSessions', {
      athleteId: id,
      from: addDays(f.startDate, -7 * (PACE_WEEKS + 1)),
      to: addDays(f.startDate, -1)
    }).then((r) => {
      if (!live || !r.ok) return
      const b = computeBaseline(r.value, f.startDate, settings.weekStartsOn)
      setBaseline(b)
      const runs = b.noviceStart ? NOVICE_START.runsPerWeek : Math.min(7, Math.max(2, Math.round(b.runsPerWeek)))
      const minutes = b.noviceStart ? NOVICE_START.minutesPerWeek : Math.max(30, Math.round(b.minutesPerWeek))
      adopt((prev) => ({
        ...prev,
        runsPerWeek: touched.runsPerWeek ? prev.runsPerWeek : String(runs),
        weeklyMinutes: touched.weeklyMinutes ? prev.weeklyMinutes : String(minutes)
      }))
    })
    return () => {
      live = false
    }
  }, [f.athleteId, f.startDate, settings.weekStartsOn, touched.runsPerWeek, touched.weeklyMinutes, adopt])

  const dayOrder = Array.from({ length: 7 }, (_, i) => (settings.weekStartsOn + i) % 7)

  const submit = form.onSubmit((data) => call('generatePlan', data), onGenerated)

  if (athletes && athletes.length === 0) {
    return (
      <div className="empty">
        <p>
          Add an athlete on the Squad page first; a plan is built from the athlete's level, body mass, weights and
          history.
        </p>
      </div>
    )
  }

  return (
    <form onSubmit={submit} noValidate className="form" ref={form.formRef}>
      <FormSummary text={form.summary} at={form.summaryRef} />
      <div className="row">
        <Field id="gen-athlete" label="Athlete" error={errors.athleteId}>
          <select
            id="gen-athlete"
            value={f.athleteId}
            onChange={(e) => set('athleteId', e.target.value)}
            disabled={!athletes}
          >
            {(athletes ?? []).map((a, _i, all) => (
              <option key={a.id} value={a.id}>
                {pickerNames(all, settings.massUnit).get(a.id)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="gen-name" label="Plan name" error={errors.name}>
          <input
            id="gen-name"
            value={f.name}
            onChange={(e) => set('name', e.target.value)}
            {...describedBy('gen-name', errors.name)}
          />
        </Field>
      </div>
      <Field id="gen-goal" label="Goal (optional)" error={errors.goal}>
        <input
          id="gen-goal"
          value={f.goal}
          onChange={(e) => set('goal', e.target.value)}
          placeholder="e.g. spring half marathon"
        />
      </Field>
      <div className="row">
        <DateField
          id="gen-start"
          label="Start date"
          value={f.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.startDate}
        />
        <Field id="gen-weeks" label={`Weeks (${MIN_PLAN_WEEKS}-${MAX_PLAN_WEEKS})`} error={errors.weeks}>
          <input
            id="gen-weeks"
            inputMode="numeric"
            value={f.weeks}
            onChange={(e) => set('weeks', e.target.value)}
            {...describedBy('gen-weeks', errors.weeks)}
          />
        </Field>
        <Field id="gen-runs" label="Runs per week" error={errors.runsPerWeek}>
          <select
            id="gen-runs"
            value={f.runsPerWeek}
            onChange={(e) => {
              setTouched((t) => ({ ...t, runsPerWeek: true }))
              set('runsPerWeek', e.target.value)
            }}
            {...describedBy('gen-runs', errors.runsPerWeek)}
          >
            {[2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field id="gen-minutes" label="Minutes a week" error={errors.weeklyMinutes}>
          <input
            id="gen-minutes"
            inputMode="numeric"
            value={f.weeklyMinutes}
            onChange={(e) => {
              setTouched((t) => ({ ...t, weeklyMinutes: true }))
              set('weeklyMinutes', e.target.value)
            }}
            {...describedBy('gen-minutes', errors.weeklyMinutes)}
          />
        </Field>
      </div>
      <p className="hint" data-testid="gen-baseline">
        {baseline ? `${capitalised(describeBaseline(baseline))}.` : 'Reading the last 4 weeks…'} The plan starts from
        there and rises at most 10% a week.
      </p>
      <div className="row">
        <Field id="gen-goal-distance" label="Goal distance (optional)" error={errors.goalDistance}>
          <select
            id="gen-goal-distance"
            value={f.goalDistance}
            onChange={(e) => set('goalDistance', e.target.value as GoalDistance | '')}
            {...describedBy('gen-goal-distance', errors.goalDistance)}
          >
            <option value="">None</option>
            {goalDistances.map((g) => (
              <option key={g} value={g}>
                {goalDistanceLabel[g]}
              </option>
            ))}
          </select>
        </Field>
        <DateField
          id="gen-race-date"
          label="Goal race date (optional)"
          value={f.goalRaceDate}
          onChange={(v) => set('goalRaceDate', v)}
          error={errors.goalRaceDate}
          hint="Blank: no race"
        />
      </div>
      <fieldset
        className={`plan-days${errors.availableDays ? ' has-error' : ''}`}
        aria-describedby={errors.availableDays ? 'gen-days-error' : undefined}
      >
        <legend>Days the athlete can run</legend>
        {dayOrder.map((d) => (
          <label key={d} className="inline">
            <input
              type="checkbox"
              checked={f.availableDays.includes(d)}
              aria-invalid={errors.availableDays ? true : undefined}
              onChange={(e) =>
                set(
                  'availableDays',
                  e.target.checked ? [...f.availableDays, d] : f.availableDays.filter((x) => x !== d)
                )
              }
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
        The generator builds from the athlete's last 4 weeks: at most one run more than before, run minutes up at most
        10% a week, a cutback every 4th week and a 2-week taper before a goal race. Ankle weights start light (at most
        1.5% of body mass in total, rounded down to the weights owned), one change at a time at most every two weeks,
        with a deload week at least every 6 weeks. Every session is checked with the warning rules; nothing above a note
        is written, and every change from what you asked is explained in the plan's notes.
      </p>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={form.busy || !athletes}>
          {form.busy ? 'Generating…' : 'Generate plan'}
        </button>
      </div>
    </form>
  )
}
