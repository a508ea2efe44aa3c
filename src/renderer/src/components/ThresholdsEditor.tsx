import { useCallback, useEffect, useState } from 'react'
import { RulesConfigPatch } from '../../../shared/contract/rules'
import type { ChannelOutput } from '../../../shared/ipc'
import { ruleTitles, rulesConfigFields, type RuleId, type RulesConfig } from '../../../shared/rules'
import { massFromDisplay, massToDisplay, type MassUnit } from '../../../shared/units'
import { call } from '../lib/api'
import { useRead } from '../lib/query'
import { describedBy } from './Field'
import { Form } from '../lib/form/Form'
import { inUnits } from '../lib/form/units'
import { useForm } from '../lib/form/useForm'
import { numberOrNull } from '../lib/numbers'
import { useSettings } from '../lib/settings'

type Key = Exclude<keyof RulesConfig, 'weekStartsOn'>
const keys = (Object.keys(rulesConfigFields) as (keyof RulesConfig)[]).filter((k): k is Key => k !== 'weekStartsOn')
const groups: (RuleId | null)[] = [...new Set(keys.map((k) => rulesConfigFields[k].ruleId))]

interface Props {
  /** null: the coach-wide thresholds; a number: this athlete's overrides. */
  athleteId: number | null
  onSaved?: () => void
}

/**
 * Thresholds, grouped by rule. Coach-wide values override the defaults; an athlete's values
 * override the coach-wide ones. A blank athlete field means "use the coach-wide value".
 */
/** Main's limits are in kg; a coach in lb reads them in lb. */
const limitsIn = (unit: MassUnit) => (text: string, key: string) =>
  unit === 'lb' && rulesConfigFields[key as Key]?.unit === 'kg'
    ? text.replace(
        /(at (?:least|most)) (\d+(?:\.\d+)?)$/,
        (_all, words: string, n: string) => `${words} ${massToDisplay(Number(n), 'lb')} lb`
      )
    : text

export const ThresholdsEditor = ({ athleteId, onSaved }: Props) => {
  const { settings } = useSettings()
  // Read through the data layer: a save (here or in another view) refreshes it, and the form follows.
  const read = useRead('getRulesConfig', { athleteId })
  const view = read.data ?? null
  const [status, setStatus] = useState<string | null>(null)
  /** Reset waits for a second click: it throws away every value set here, with no undo. */
  const [confirmReset, setConfirmReset] = useState(false)

  const toDisplay = (k: Key, v: number) =>
    rulesConfigFields[k].unit === 'kg' ? massToDisplay(v, settings.massUnit) : v
  const fromDisplay = (k: Key, v: number) =>
    rulesConfigFields[k].unit === 'kg' ? massFromDisplay(v, settings.massUnit) : v
  const unitOf = (k: Key) => (rulesConfigFields[k].unit === 'kg' ? settings.massUnit : rulesConfigFields[k].unit)

  const own = (v: ChannelOutput<'getRulesConfig'>) => (athleteId === null ? v.coach : (v.athlete ?? {}))
  const form = useForm({
    initial: {} as Record<string, string>,
    schema: RulesConfigPatch,
    // Only the values the coach changed are sent: a blank removes this level's own value.
    toInput: (draft) => {
      const current = view ? own(view) : {}
      const values: Record<string, number | null> = {}
      for (const k of keys) {
        const n = numberOrNull(draft[k] ?? '')
        const next = n === null || Number.isNaN(n) ? n : fromDisplay(k, n)
        const before = current[k] ?? null
        const same = next === null ? before === null : before !== null && toDisplay(k, before) === n
        if (!same) values[k] = next
      }
      return values
    },
    // Main names a threshold values.<key>; the field is the key.
    fieldOf: (path) => path.replace(/^values\./, ''),
    message: (text, key) =>
      inUnits({ mass: settings.massUnit, distance: settings.distanceUnit })(limitsIn(settings.massUnit)(text, key))
  })
  const { values: draft, set, errors, reset: load, fail } = form

  // The saved values into the form, in the coach's units: on load, when the unit changes, and from the
  // answer of a save or reset. A refetch that brings the same values keeps the same object, so what
  // the coach is typing is not replaced.
  const massUnit = settings.massUnit
  const fill = useCallback(
    (v: ChannelOutput<'getRulesConfig'>) => {
      const values = athleteId === null ? v.coach : (v.athlete ?? {})
      const shown = (k: Key, n: number) => (rulesConfigFields[k].unit === 'kg' ? massToDisplay(n, massUnit) : n)
      load(Object.fromEntries(keys.map((k) => [k, values[k] === undefined ? '' : String(shown(k, values[k]))])))
    },
    [athleteId, massUnit, load]
  )
  useEffect(() => {
    if (view) fill(view)
  }, [view, fill])
  useEffect(() => {
    if (read.error) fail(read.error.message)
  }, [read.error, fail])

  const submit = form.onSubmit(
    (values) => call('updateRulesConfig', { athleteId, values }),
    (value) => {
      fill(value)
      setStatus('Thresholds saved. Warnings now use them.')
      onSaved?.()
    }
  )

  if (!view) return <p className="muted">Loading thresholds…</p>
  const inherited = (k: Key) => (athleteId === null ? view.defaults[k] : { ...view.defaults, ...view.coach }[k])

  const ownCount = Object.keys(own(view)).filter((k) => k !== 'weekStartsOn').length
  const reset = async () => {
    setConfirmReset(false)
    const r = await call('resetRulesConfig', { athleteId })
    if (!r.ok) return fail(r.error.message)
    fill(r.value)
    setStatus(
      athleteId === null
        ? 'All thresholds are back to their defaults.'
        : "This athlete's thresholds follow the coach-wide values again."
    )
    onSaved?.()
  }

  return (
    <Form
      form={form}
      className="form thresholds"
      onSubmit={submit}
      aria-label={athleteId === null ? 'Coach-wide thresholds' : 'Thresholds for this athlete'}
    >
      <p className="hint">
        {athleteId === null
          ? 'Leave a field blank to use the default shown. Changes apply to every athlete without their own value.'
          : 'Leave a field blank to use the coach-wide value shown.'}
      </p>
      {groups.map((g) => (
        <fieldset key={g ?? 'general'} className="threshold-group">
          <legend>{g ? `${g} ${ruleTitles[g]}` : 'General'}</legend>
          {keys
            .filter((k) => rulesConfigFields[k].ruleId === g)
            .map((k) => {
              const f = rulesConfigFields[k]
              const err = errors[k]
              return (
                <div key={k} className={`threshold-row${err ? ' has-error' : ''}`}>
                  <label htmlFor={`t-${k}`}>{f.label}</label>
                  <input
                    id={`t-${k}`}
                    inputMode="decimal"
                    value={draft[k] ?? ''}
                    placeholder={String(toDisplay(k, inherited(k)))}
                    onChange={(e) => set(k, e.target.value)}
                    {...describedBy(`t-${k}`, err)}
                  />
                  <span className="unit">{unitOf(k)}</span>
                  {err && (
                    <p className="field-error" id={`t-${k}-error`} role="alert">
                      {err}
                    </p>
                  )}
                </div>
              )
            })}
        </fieldset>
      ))}
      {confirmReset && (
        <div className="confirm-inline" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            {athleteId === null
              ? `Reset ${ownCount} threshold${ownCount === 1 ? '' : 's'} you set to the defaults? Your values are not kept and this cannot be undone.`
              : `Drop this athlete's ${ownCount} own threshold${ownCount === 1 ? '' : 's'} and use the coach-wide values? This cannot be undone.`}
          </p>
          <div className="actions">
            <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirmReset(false)}>
              Keep my values
            </button>
            <button type="button" className="danger" onClick={() => void reset()}>
              {athleteId === null ? 'Reset to defaults' : 'Use coach-wide values'}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        {status && (
          <span className="notice" role="status">
            {status}
          </span>
        )}
        <button
          type="button"
          onClick={() => (ownCount === 0 ? void reset() : setConfirmReset(true))}
          disabled={confirmReset}
        >
          {athleteId === null ? 'Reset to defaults' : 'Use coach-wide values'}
        </button>
        <button type="submit" className="primary" disabled={form.busy}>
          Save thresholds
        </button>
      </div>
    </Form>
  )
}
