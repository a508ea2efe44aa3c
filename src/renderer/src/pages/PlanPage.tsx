import { useCallback, useEffect, useState } from 'react'
import type { PlanDetail } from '../../../shared/contract/plan'
import { levelLabels, sessionTypeLabels } from '../../../shared/domain'
import { notesBesideGenerator } from '../../../shared/plan/notes'
import type { PlannedSession } from '../../../shared/plan/schema'
import { Dialog } from '../components/Dialog'
import { PlanDetailsForm } from '../components/PlanDetailsForm'
import { generatorNotes } from '../components/PlanDownload'
import { PlanExportButtons } from '../components/PlanExportButtons'
import { PlanReturnedToDraft } from '../components/PlanReturnedToDraft'
import { PlanForecast } from '../components/PlanForecast'
import { PlanSessionForm } from '../components/PlanSessionForm'
import { PlanWeekGrid } from '../components/PlanWeekGrid'
import { addDays } from '../../../shared/calendar'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { href, navigate } from '../lib/route'
import { useToast } from '../lib/toast'
import { ErrorMessage, Notice } from '../components/Messages'

type Editing =
  | { kind: 'session'; date: string; session?: PlannedSession }
  | { kind: 'copy'; week: number }
  | { kind: 'template' }
  | { kind: 'details' }
  | { kind: 'delete' }
  | null

/** One plan: the week grid editor, its forecast, plan vs done, publish and export. */
export const PlanPage = ({ id }: { id: number }) => {
  const { showUndo } = useToast()
  const [detail, setDetail] = useState<PlanDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [copyTo, setCopyTo] = useState('')
  const [copyMode, setCopyMode] = useState<'replace' | 'add'>('replace')
  const [templateName, setTemplateName] = useState('')
  const [dialogError, setDialogError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const r = await call('getPlan', { id })
    if (!r.ok) return setError(r.error.message)
    setDetail(r.value)
    setError(null)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])
  // One message at a time, and none that is out of date: a change to the plan ends the last error
  // ("Not published: …" stayed after its cause was fixed), and an error replaces the last notice.
  useEffect(() => setError(null), [detail])
  useEffect(() => {
    if (error) setNotice(null)
  }, [error])

  if (error && !detail) {
    return (
      <section>
        <p className="form-error" role="alert">
          {error}
        </p>
        <a href={href({ page: 'plans' })}>Back to plans</a>
      </section>
    )
  }
  if (!detail) return <p className="muted">Loading…</p>

  const { plan, athlete } = detail
  const close = () => {
    setEditing(null)
    setDialogError(null)
  }
  const loud = detail.warnings.filter((w) => w.severity !== 'info')
  const notes = generatorNotes.get(plan.id) ?? []
  // The generator's notes are stored with the plan too: shown once, in their box; a coach's own lines stay in the header.
  const headerNotes = notesBesideGenerator(plan.notes, notes)

  const run = async (label: string, fn: () => Promise<void>) => {
    setBusy(label)
    setError(null)
    try {
      await fn()
    } finally {
      setBusy(null)
    }
  }

  const setStatus = (status: 'draft' | 'published') =>
    run('status', async () => {
      const r = await call('setPlanStatus', { id: plan.id, status })
      if (!r.ok) return setError(r.error.message)
      setDetail(r.value)
      setNotice(
        status === 'published'
          ? `Published ${plan.name}. Export the PDF to hand it to ${athlete.name}.`
          : 'Back to draft: edit freely, then publish again.'
      )
    })

  const copyWeek = async (week: number) => {
    const held = detail.sessions.filter(
      (s) =>
        s.date >= detail.weekStarts[Number(copyTo) - 1] && s.date <= addDays(detail.weekStarts[Number(copyTo) - 1], 6)
    ).length
    const r = await call('copyPlanWeek', { planId: plan.id, fromWeek: week, toWeek: Number(copyTo), mode: copyMode })
    if (!r.ok) return setDialogError(r.error.issues?.[0]?.message ?? r.error.message)
    setDetail(r.value)
    close()
    setNotice(
      `Copied week ${week} into week ${copyTo}${held === 0 ? '' : copyMode === 'replace' ? `, in place of its ${held} session${held === 1 ? '' : 's'}` : `, next to its ${held} session${held === 1 ? '' : 's'}`}.`
    )
  }

  const saveTemplate = async () => {
    const r = await call('savePlanTemplate', { planId: plan.id, name: templateName })
    if (!r.ok) return setDialogError(r.error.issues?.[0]?.message ?? r.error.message)
    close()
    setNotice(
      `Saved the template "${r.value.name}" (${r.value.sessionCount} sessions). Apply it to another athlete from the Plans page.`
    )
  }

  const deletePlan = async () => {
    const r = await call('deletePlan', { id: plan.id })
    if (!r.ok) return setDialogError(r.error.message)
    const planId = plan.id
    showUndo({
      message: `Deleted the plan "${plan.name}".`,
      token: r.value.undoToken,
      onUndone: () => navigate({ page: 'plan', id: planId })
    })
    navigate({ page: 'plans' })
  }

  return (
    <section aria-labelledby="plan-title">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={href({ page: 'plans' })}>Plans</a> <span aria-hidden="true">›</span> {plan.name}
      </nav>
      <div className="page-head">
        <div>
          <h1 id="plan-title">
            {plan.name}{' '}
            <span className={`tag plan-status ${plan.status}`}>
              {plan.status === 'published' ? 'Published' : 'Draft'}
            </span>
          </h1>
          <p className="facts">
            <a href={href({ page: 'athlete', id: athlete.id })}>{athlete.name}</a> · {levelLabels[athlete.level]} ·{' '}
            {formatDay(plan.startDate)} to {formatDay(plan.endDate)} · {plan.weeks} weeks · {plan.sessionCount} sessions
            {detail.compliance.percent !== null &&
              ` · ${detail.compliance.done} of ${detail.compliance.due} due sessions done (${detail.compliance.percent}%)`}
          </p>
          {plan.goal && <p className="notes">Goal: {plan.goal}</p>}
          {headerNotes.length > 0 && (
            <p className="notes">
              {headerNotes.map((line, i) => (
                <span key={i}>
                  {i > 0 && <br />}
                  {line}
                </span>
              ))}
            </p>
          )}
        </div>
        <div className="toolbar">
          {plan.status === 'draft' ? (
            <button type="button" className="primary" onClick={() => setStatus('published')} disabled={busy !== null}>
              Publish
            </button>
          ) : (
            <button type="button" onClick={() => setStatus('draft')} disabled={busy !== null}>
              Back to draft
            </button>
          )}
          <PlanExportButtons
            detail={detail}
            disabled={busy !== null}
            onDone={(n, e) => {
              setError(e)
              setNotice(n)
            }}
          />
          <button type="button" onClick={() => setEditing({ kind: 'details' })}>
            Edit details
          </button>
          <button
            type="button"
            onClick={() => {
              setTemplateName(plan.name)
              setEditing({ kind: 'template' })
            }}
          >
            Save as template
          </button>
          <button type="button" className="danger" onClick={() => setEditing({ kind: 'delete' })}>
            Delete plan
          </button>
        </div>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <Notice>{notice}</Notice>
      {detail.returnedToDraft && <PlanReturnedToDraft returned={detail.returnedToDraft} />}
      {notes.length > 0 && (
        <div className="plan-notes" role="note" aria-label="How the plan was generated">
          <strong>How the generator built this plan</strong>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {loud.length > 0 && (
        <p className="form-error" role="alert">
          {loud.length} planned session warning{loud.length === 1 ? '' : 's'} above a note (marked in the grid). The
          plan cannot be published until they are changed.
        </p>
      )}

      <h2>Week by week</h2>
      {detail.sessions.length === 0 && (
        <p className="muted">No sessions yet: use the + in a day to add one, or generate a plan from the Plans page.</p>
      )}
      <div className="plan-grid-wrap">
        <PlanWeekGrid
          detail={detail}
          onAdd={(date) => setEditing({ kind: 'session', date })}
          onEdit={(s) => setEditing({ kind: 'session', date: s.date, session: s })}
          onMove={async (s, date) => {
            const r = await call('savePlannedSession', { ...s, date })
            if (!r.ok) return setError(r.error.message)
            setDetail(r.value)
            setNotice(`Moved the ${sessionTypeLabels[s.type].toLowerCase()} to ${formatDay(date)}.`)
          }}
          onCopyWeek={(week) => {
            setCopyTo(
              String(Math.min(plan.weeks, week + 1) === week ? Math.max(1, week - 1) : Math.min(plan.weeks, week + 1))
            )
            setEditing({ kind: 'copy', week })
          }}
        />
      </div>
      <p className="hint plan-legend">
        <span className="plan-chip-key weighted">ankle weights</span>{' '}
        <span className="plan-chip-key status-done">✓ done: a logged session on the day, same type family</span>{' '}
        <span className="plan-chip-key status-missed">due, not logged</span>
      </p>

      <PlanForecast detail={detail} />

      {editing?.kind === 'session' && (
        <Dialog
          title={
            editing.session
              ? `Edit planned session of ${formatDay(editing.session.date)}`
              : `Add a session on ${formatDay(editing.date)}`
          }
          onClose={close}
          wide
        >
          <PlanSessionForm
            planId={plan.id}
            session={editing.session}
            date={editing.date}
            ownedWeightsKg={athlete.ownedWeightsKg}
            onCancel={close}
            onSaved={(d, message) => {
              setDetail(d)
              close()
              setNotice(message)
            }}
          />
        </Dialog>
      )}
      {editing?.kind === 'copy' && (
        <Dialog title={`Copy week ${editing.week}`} onClose={close}>
          <div className="form">
            <ErrorMessage>{dialogError}</ErrorMessage>
            <div className="field">
              <label htmlFor="copy-to">Copy its sessions into week</label>
              <select id="copy-to" value={copyTo} onChange={(e) => setCopyTo(e.target.value)}>
                {detail.weekStarts.map((s, i) =>
                  i + 1 === editing.week ? null : (
                    <option key={s} value={i + 1}>
                      Week {i + 1} (from {formatDay(s, false)})
                    </option>
                  )
                )}
              </select>
            </div>
            <fieldset className="field">
              <legend>What that week already holds</legend>
              <label className="inline">
                <input
                  type="radio"
                  name="copy-mode"
                  checked={copyMode === 'replace'}
                  onChange={() => setCopyMode('replace')}
                />{' '}
                Replace it with the copies
              </label>
              <label className="inline">
                <input type="radio" name="copy-mode" checked={copyMode === 'add'} onChange={() => setCopyMode('add')} />{' '}
                Keep it and add the copies (days may get two runs)
              </label>
            </fieldset>
            <div className="actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
              <button type="button" className="primary" onClick={() => copyWeek(editing.week)}>
                Copy week
              </button>
            </div>
          </div>
        </Dialog>
      )}
      {editing?.kind === 'template' && (
        <Dialog title="Save as a template" onClose={close}>
          <div className="form">
            <div className={`field${dialogError ? ' has-error' : ''}`}>
              <label htmlFor="template-name">Template name</label>
              <input id="template-name" value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
              {dialogError && (
                <p className="field-error" role="alert">
                  {dialogError}
                </p>
              )}
              <p className="hint">
                Applied to another athlete, the weights scale with body mass and are rounded down to the weights that
                athlete owns.
              </p>
            </div>
            <div className="actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
              <button type="button" className="primary" onClick={saveTemplate}>
                Save template
              </button>
            </div>
          </div>
        </Dialog>
      )}
      {editing?.kind === 'details' && (
        <Dialog title={`Edit ${plan.name}`} onClose={close}>
          <PlanDetailsForm
            plan={plan}
            onCancel={close}
            onSaved={(d) => {
              setDetail(d)
              close()
              setNotice('Saved the plan details.')
            }}
          />
        </Dialog>
      )}
      {editing?.kind === 'delete' && (
        <Dialog title={`Delete ${plan.name}?`} onClose={close}>
          <p>
            The plan and its {plan.sessionCount} planned sessions go; {athlete.name}'s logged sessions stay.
          </p>
          <ErrorMessage>{dialogError}</ErrorMessage>
          <div className="actions">
            <button type="button" onClick={close}>
              Keep it
            </button>
            <button type="button" className="danger" onClick={deletePlan}>
              Delete plan
            </button>
          </div>
        </Dialog>
      )}
    </section>
  )
}
