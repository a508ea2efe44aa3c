// One form pattern for every form in the renderer. The coach types text; `toInput` turns it into the
// shared schema's input (in metric units), and the same zod schema main enforces checks it, so a
// message appears next to its field before any round trip. Why a small hook rather than react-hook-form:
// every form here keeps text in the coach's units and converts it as a whole (a distance in miles, a
// weight in lb, weighted minutes checked against the duration), which in react-hook-form needs a custom
// resolver, a path map and controlled inputs anyway; this hook is that and nothing else.
//
// - errors show after the first Save, then follow the values: a field's message clears as soon as it is
//   valid (and a new one appears if the coach breaks another field);
// - a save's own errors (from main) stay until the coach edits the field they name;
// - after a failed Save the summary above the form scrolls into view and the first invalid field takes focus;
// - while the values differ from the last saved ones, navigation and reload ask first (lib/route.ts),
//   and so do Escape, a click outside and × on the dialog the form is in (guardScope.ts).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import type { z } from 'zod'
import { issuesByField, type FieldIssue, type Result } from '../../../../shared/result'
import { zodIssues } from '../../../../shared/validate'
import { useLeaveGuard } from '../route'
import { useScopedGuard } from './guardScope'

export type Errors = Record<string, string>

export interface FormOptions<V extends object, Out> {
  initial: V
  /** The shared schema (main checks the same one). */
  schema: z.ZodType<Out>
  /** The values as typed to the schema's input (numbers in metric units, '' as null...). */
  toInput: (values: V) => unknown
  /** The error an edit of this value can fix, where the names differ (distance -> distanceKm). */
  errorKeys?: Partial<Record<keyof V, string>>
  /** The field that shows an issue at this path; by default its first part (ownedWeightsKg.2). */
  fieldOf?: (path: string) => string
  /** A message in the coach's words (their units), for every error shown, with the field it is under. */
  message?: (text: string, field: string) => string
  /** Errors this form has no field for go into the summary; by default every key has a field. */
  fields?: readonly string[]
  /** Values that follow a change the coach made (a planned session's "What to do" follows its weight). */
  follow?: (next: V, prev: V, changed: keyof V) => V
}

/** One value bound to a field component: what it shows, how it changes, and the error under it. */
export interface Binding<T> {
  value: T
  onChange: (value: T) => void
  error?: string
}

const firstPart = (path: string) => path.split('.')[0]

export const errorsOf = (issues: FieldIssue[] | undefined, fieldOf: (p: string) => string = firstPart) =>
  issuesByField(issues?.map((i) => ({ ...i, path: i.path === '' ? '' : fieldOf(i.path) })))

/** "Please check the 2 fields marked below." plus any message with no field of its own. */
export const summaryOf = (errors: Errors, fields?: readonly string[]): string | undefined => {
  const keys = Object.keys(errors).filter((k) => k !== '_form')
  const marked = fields ? keys.filter((k) => fields.includes(k)) : keys
  const unmarked = keys.filter((k) => !marked.includes(k)).map((k) => errors[k])
  const parts = [
    errors._form,
    ...unmarked,
    marked.length === 1
      ? 'Please check the field marked below.'
      : marked.length > 1
        ? `Please check the ${marked.length} fields marked below.`
        : undefined
  ].filter((p): p is string => !!p)
  return parts.length ? parts.join(' ') : undefined
}

export const useForm = <V extends object, Out>(options: FormOptions<V, Out>) => {
  const { schema, toInput, errorKeys, fieldOf = firstPart, message = (t: string) => t, fields, follow } = options
  const [values, setValues] = useState(options.initial)
  const [saved, setSaved] = useState(options.initial)
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const [focusTick, setFocusTick] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLParagraphElement>(null)

  const check = (v: V) => {
    const parsed = schema.safeParse(toInput(v))
    return parsed.success
      ? ({ ok: true, data: parsed.data } as const)
      : ({ ok: false, errors: errorsOf(zodIssues(parsed.error), fieldOf) } as const)
  }
  const live = submitted ? check(values) : null
  const raw: Errors = { ...serverErrors, ...(live && !live.ok ? live.errors : {}) }
  const errors: Errors = Object.fromEntries(Object.entries(raw).map(([k, m]) => [k, message(m, k)]))
  const summary = summaryOf(errors, fields)

  const dirty = JSON.stringify(values) !== JSON.stringify(saved)
  // Read by the guard at the moment of a navigation; a save clears it at once, before onSaved navigates.
  const leaving = useRef({ dirty })
  useEffect(() => {
    leaving.current.dirty = dirty
  }, [dirty])
  const isDirty = useCallback(() => leaving.current.dirty, [])
  useLeaveGuard(isDirty)
  useScopedGuard(isDirty)

  // After a failed save: the summary into view, then focus on the first field marked invalid.
  useEffect(() => {
    if (focusTick === 0) return
    const form = formRef.current
    summaryRef.current?.scrollIntoView?.({ block: 'nearest' })
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (first) first.focus()
    else summaryRef.current?.focus()
  }, [focusTick])

  /** The error an edit of `key` can fix (its own name, or the schema's where they differ). */
  const errorKeyOf = (key: keyof V) => (errorKeys?.[key] as string | undefined) ?? (key as string)
  const dropServerError = (key: keyof V) => {
    const errorKey = errorKeyOf(key)
    setServerErrors((prev) => {
      if (!(errorKey in prev) && !('_form' in prev)) return prev
      const next = { ...prev }
      delete next[errorKey]
      delete next._form
      return next
    })
  }
  /** One value changed by the coach. */
  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((prev) => {
      const next = { ...prev, [key]: value }
      return follow ? follow(next, prev, key) : next
    })
    dropServerError(key)
  }
  /** Value, setter and error of one value, for a field component: <TextField {...form.field('name')} />. */
  const field = <K extends keyof V>(key: K): Binding<V[K]> => ({
    value: values[key],
    onChange: (value: V[K]) => set(key, value),
    error: errors[errorKeyOf(key)]
  })
  /** Several values at once (a type that brings its own default effort). */
  const update = (fn: (prev: V) => V, changed: (keyof V)[]) => {
    setValues(fn)
    changed.forEach(dropServerError)
  }

  /** The form's submit handler: check, save through `call()`, show main's errors or hand on the result. */
  const onSubmit =
    <T>(save: (data: Out) => Promise<Result<T>>, done: (value: T, data: Out) => void) =>
    async (e?: FormEvent) => {
      e?.preventDefault()
      setSubmitted(true)
      setServerErrors({})
      const checked = check(values)
      if (!checked.ok) return setFocusTick((n) => n + 1)
      setBusy(true)
      const r = await save(checked.data)
      setBusy(false)
      if (!r.ok) {
        const byField = errorsOf(r.error.issues, fieldOf)
        const onlyForm = Object.keys(byField).length === 0
        setServerErrors(onlyForm ? { _form: r.error.message } : byField)
        return setFocusTick((n) => n + 1)
      }
      leaving.current.dirty = false
      setSaved(values)
      setSubmitted(false)
      done(r.value, checked.data)
    }

  /** Show a message that is not about the values (a delete that failed). */
  const fail = useCallback((text: string) => {
    setServerErrors({ _form: text })
    setFocusTick((n) => n + 1)
  }, [])

  /** Values the form proposes itself (a default that arrives late): changed, but not by the coach. */
  const adopt = useCallback((fn: (prev: V) => V) => {
    setValues(fn)
    setSaved(fn)
  }, [])

  /** New saved values (loaded, or saved elsewhere): the form shows them and is clean. */
  const reset = useCallback((next: V) => {
    setValues(next)
    setSaved(next)
    setSubmitted(false)
    setServerErrors({})
  }, [])

  return {
    values,
    set,
    field,
    update,
    errors,
    summary,
    dirty,
    busy,
    setBusy,
    formRef,
    summaryRef,
    onSubmit,
    fail,
    adopt,
    reset,
    /** The current input for the schema (live warnings read it). */
    input: () => toInput(values)
  }
}
