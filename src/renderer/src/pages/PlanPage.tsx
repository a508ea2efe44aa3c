import { useEffect, useState } from 'react'
import type { PlanDetail } from '../../../shared/contract/plan'
import { levelLabels, sessionTypeLabels } from '../../../shared/domain'
import { notesBesideGenerator } from '../../../shared/plan/notes'
import { ErrorMessage, Notice } from '../components/Messages'
import { PageHeader, PageLoading, PageReadError } from '../components/PageHeader'
import { PlanExportButtons } from '../components/PlanExportButtons'
import { PlanForecast } from '../components/PlanForecast'
import { PlanReturnedToDraft } from '../components/PlanReturnedToDraft'
import { RichText } from '../components/RichText'
import { PlanWeekGrid } from '../components/PlanWeekGrid'
import { call } from '../lib/api'
import { formatDay } from '../lib/format'
import { useRead } from '../lib/query'
import { useText } from '../lib/useText'
import { href } from '../lib/route'
import { useGeneratorNotes } from './plan/generatorNotes'
import { PlanDialogs, type Editing } from './plan/PlanDialogs'

/** One plan: the week grid editor, its forecast, plan vs done, publish and export. */
export const PlanPage = ({ id }: { id: number }) => {
  const read = useRead('getPlan', { id })
  const detail = read.data
  const generatorNotes = useGeneratorNotes(id)
  const write = useText()
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [busy, setBusy] = useState<string | null>(null)
  // Said only by the change that sent a published plan back to draft (a refetch of the plan does not carry it).
  const [returned, setReturned] = useState<PlanDetail['returnedToDraft']>(null)

  // One message at a time, and none that is out of date: a change to the plan ends the last error
  // ("Not published: …" stayed after its cause was fixed), and an error replaces the last notice.
  useEffect(() => setError(null), [detail])
  useEffect(() => {
    if (error) setNotice(null)
  }, [error])

  if (!detail) {
    if (!read.error) return <PageLoading />
    return (
      <PageReadError message={read.error.message} back={{ label: 'Back to plans', href: href({ page: 'plans' }) }} />
    )
  }

  const { plan, athlete } = detail
  const close = () => setEditing(null)
  const changed = (d: PlanDetail | null, message: string) => {
    if (d) setReturned(d.returnedToDraft)
    setNotice(message)
  }
  const loud = detail.warnings.filter((w) => w.severity !== 'info')
  // The generator's notes are stored with the plan too: shown once, in their box; a coach's own lines stay in the header.
  const headerNotes = notesBesideGenerator(plan.notes, generatorNotes, undefined, write)

  const setStatus = async (status: 'draft' | 'published') => {
    setBusy('status')
    setError(null)
    try {
      const r = await call('setPlanStatus', { id: plan.id, status })
      if (!r.ok) return setError(r.error.message)
      changed(
        r.value,
        status === 'published'
          ? `Published ${plan.name}. Export the PDF to hand it to ${athlete.name}.`
          : 'Back to draft: edit freely, then publish again.'
      )
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="plan-title">
      <PageHeader
        titleId="plan-title"
        title={
          <>
            {plan.name}{' '}
            <span className={`tag plan-status ${plan.status}`}>
              {plan.status === 'published' ? 'Published' : 'Draft'}
            </span>
          </>
        }
        parent={{ label: 'Plans', href: href({ page: 'plans' }), here: plan.name }}
        actions={
          <>
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
            <button type="button" onClick={() => setEditing({ kind: 'template' })}>
              Save as template
            </button>
            <button type="button" className="danger" onClick={() => setEditing({ kind: 'delete' })}>
              Delete plan
            </button>
          </>
        }
      >
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
                <RichText text={line} />
              </span>
            ))}
          </p>
        )}
      </PageHeader>
      {/* A read that failed while the plan is on screen (not while it is being read again). */}
      <ErrorMessage>{error ?? (read.isFetching ? null : read.error?.message)}</ErrorMessage>
      <Notice>{notice}</Notice>
      {returned && <PlanReturnedToDraft returned={returned} />}
      {generatorNotes.length > 0 && (
        <div className="plan-notes" role="note" aria-label="How the plan was generated">
          <strong>How the generator built this plan</strong>
          <ul>
            {generatorNotes.map((n) => (
              <li key={n}>
                <RichText text={n} />
              </li>
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
            changed(r.value, `Moved the ${sessionTypeLabels[s.type].toLowerCase()} to ${formatDay(date)}.`)
          }}
          onCopyWeek={(week) => setEditing({ kind: 'copy', week })}
        />
      </div>
      <p className="hint plan-legend">
        <span className="plan-chip-key weighted">ankle weights</span>{' '}
        <span className="plan-chip-key status-done">✓ done: a logged session on the day, same type family</span>{' '}
        <span className="plan-chip-key status-missed">due, not logged</span>
      </p>

      <PlanForecast detail={detail} />
      <PlanDialogs detail={detail} editing={editing} close={close} onChanged={changed} />
    </section>
  )
}
