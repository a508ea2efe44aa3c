import { useEffect, useMemo, useState } from 'react'
import { addDays, isIsoDay, weekStartOf } from '../../../shared/calendar'
import { computeBaseline, describeBaseline, NOVICE_START, PACE_WEEKS } from '../../../shared/plan/baseline'
import { goalDistanceLabel, goalDistances, type GoalDistance } from '../../../shared/plan/longRun'
import { GeneratePlanInput, MAX_PLAN_WEEKS, MIN_PLAN_WEEKS, weekdayNames } from '../../../shared/plan/schema'
import type { PlanDetail } from '../../../shared/contract/plan'
import { call } from '../lib/api'
import { useRead } from '../lib/query'
import { Form } from '../lib/form/Form'
import { useForm } from '../lib/form/useForm'
import { todayIso } from '../lib/format'
import { numberOr } from '../lib/numbers'
import { useSettings } from '../lib/settings'
import { DateField } from './DateField'
import { DialogActions } from './DialogActions'
import { AthleteField, choicesOf, scaleChoices, SelectField, TextField, type Choice } from './FormField'

interface Props {
  athleteId?: number
  onGenerated: (plan: PlanDetail) => void
  onCancel: () => void
}

/** The generator's inputs: athlete, start, 4-16 weeks, runs per week and the days the athlete can run. */
const runChoices = scaleChoices(2, 7)
const goalChoices: Choice<GoalDistance | ''>[] = [
  { value: '', label: 'None' },
  ...choicesOf(goalDistances, goalDistanceLabel)
]

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export const PlanGenerateForm = ({ athleteId, onGenerated, onCancel }: Props) => {
  const { settings } = useSettings()
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
  const { values: f, set, field, errors, adopt, fail } = form
  // The proposals follow the baseline until the coach changes the field.
  const [touched, setTouched] = useState({ runsPerWeek: false, weeklyMinutes: false })

  const athletesRead = useRead('listAthletes', {})
  const athletes = athletesRead.data ?? null
  useEffect(() => {
    if (athletesRead.error) fail(athletesRead.error.message)
  }, [athletesRead.error, fail])
  useEffect(() => {
    // The first athlete is proposed, not typed: the form is not "changed" by it.
    if (!athleteId && athletes?.length)
      adopt((prev) => (prev.athleteId ? prev : { ...prev, athleteId: String(athletes[0].id) }))
  }, [athleteId, athletes, adopt])

  // The baseline: the last 4 full weeks before the plan (and 8 weeks for the easy pace).
  const id = Number(f.athleteId)
  const start = isIsoDay(f.startDate) ? f.startDate : null
  const history = useRead(
    'listSessions',
    start ? { athleteId: id, from: addDays(start, -7 * (PACE_WEEKS + 1)), to: addDays(start, -1) } : { athleteId: id },
    { enabled: id > 0 && start !== null }
  )
  const baseline = useMemo(
    () => (history.data && start ? computeBaseline(history.data, start, settings.weekStartsOn) : null),
    [history.data, start, settings.weekStartsOn]
  )
  useEffect(() => {
    if (!baseline) return
    const b = baseline
    const runs = b.noviceStart ? NOVICE_START.runsPerWeek : Math.min(7, Math.max(2, Math.round(b.runsPerWeek)))
    const minutes = b.noviceStart ? NOVICE_START.minutesPerWeek : Math.max(30, Math.round(b.minutesPerWeek))
    adopt((prev) => ({
      ...prev,
      runsPerWeek: touched.runsPerWeek ? prev.runsPerWeek : String(runs),
      weeklyMinutes: touched.weeklyMinutes ? prev.weeklyMinutes : String(minutes)
    }))
  }, [baseline, touched.runsPerWeek, touched.weeklyMinutes, adopt])
  /** A proposal the coach overrode: it no longer follows the baseline. */
  const own = (key: keyof typeof touched) => (value: string) => {
    setTouched((t) => ({ ...t, [key]: true }))
    set(key, value)
  }

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
    <Form form={form} onSubmit={submit}>
      <div className="row">
        <AthleteField id="gen-athlete" athletes={athletes ?? []} disabled={!athletes} {...field('athleteId')} />
        <TextField id="gen-name" label="Plan name" {...field('name')} />
      </div>
      <TextField id="gen-goal" label="Goal (optional)" placeholder="e.g. spring half marathon" {...field('goal')} />
      <div className="row">
        <DateField id="gen-start" label="Start date" {...field('startDate')} />
        <TextField
          id="gen-weeks"
          label={`Weeks (${MIN_PLAN_WEEKS}-${MAX_PLAN_WEEKS})`}
          inputMode="numeric"
          {...field('weeks')}
        />
        <SelectField
          id="gen-runs"
          label="Runs per week"
          options={runChoices}
          {...field('runsPerWeek')}
          onChange={own('runsPerWeek')}
        />
        <TextField
          id="gen-minutes"
          label="Minutes a week"
          inputMode="numeric"
          {...field('weeklyMinutes')}
          onChange={own('weeklyMinutes')}
        />
      </div>
      <p className="hint" data-testid="gen-baseline">
        {baseline ? `${capitalised(describeBaseline(baseline))}.` : 'Reading the last 4 weeks…'} The plan starts from
        there and rises at most 10% a week.
      </p>
      <div className="row">
        <SelectField
          id="gen-goal-distance"
          label="Goal distance (optional)"
          options={goalChoices}
          {...field('goalDistance')}
        />
        <DateField
          id="gen-race-date"
          label="Goal race date (optional)"
          hint="Blank: no race"
          {...field('goalRaceDate')}
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
      <DialogActions
        onCancel={onCancel}
        confirm={form.busy ? 'Generating…' : 'Generate plan'}
        disabled={form.busy || !athletes}
      />
    </Form>
  )
}
