import { useCallback, useEffect, useState } from 'react'
import type { PlanListItem } from '../../../shared/contract/plan'
import type { AthleteSummary } from '../../../shared/ipc'
import type { PlanTemplate } from '../../../shared/plan/schema'
import { Dialog } from '../components/Dialog'
import { PlanBulkExport } from '../components/PlanBulkExport'
import { generatorNotes } from '../components/PlanDownload'
import { PlanGenerateForm } from '../components/PlanGenerateForm'
import { PlanNewForm } from '../components/PlanNewForm'
import { call } from '../lib/api'
import { addDays, weekStartOf } from '../../../shared/calendar'
import { formatDay, todayIso } from '../lib/format'
import { href, navigate } from '../lib/route'
import { useSettings } from '../lib/settings'
import { ErrorMessage } from '../components/Messages'
import { pickerNames } from '../lib/athleteNames'

type Dialogs =
  { kind: 'generate' } | { kind: 'empty' } | { kind: 'apply'; template: PlanTemplate } | { kind: 'bulk' } | null

/** Every plan of the squad, the generator, templates and bulk PDF export. */
export const PlansPage = () => {
  const { settings } = useSettings()
  const nextWeek = addDays(weekStartOf(todayIso(), settings.weekStartsOn), 7)
  const [plans, setPlans] = useState<PlanListItem[] | null>(null)
  const [templates, setTemplates] = useState<PlanTemplate[]>([])
  const [athletes, setAthletes] = useState<AthleteSummary[]>([])
  const [error, setError] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialogs>(null)
  const [apply, setApply] = useState({ athleteId: '', startDate: todayIso(), name: '' })
  const [applyError, setApplyError] = useState<Record<string, string>>({})

  const load = useCallback(async () => {
    const [p, t, a] = await Promise.all([
      call('listPlans', {}),
      call('listPlanTemplates', {}),
      call('listAthletes', {})
    ])
    if (!p.ok) return setError(p.error.message)
    setPlans(p.value)
    if (t.ok) setTemplates(t.value)
    if (a.ok) setAthletes(a.value)
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const close = () => setDialog(null)

  const applyTemplate = async (template: PlanTemplate) => {
    const r = await call('applyPlanTemplate', {
      templateId: template.id,
      athleteId: Number(apply.athleteId),
      startDate: apply.startDate,
      name: apply.name
    })
    if (!r.ok) {
      const byField: Record<string, string> = { _form: r.error.message }
      for (const i of r.error.issues ?? []) byField[i.path] = i.message
      return setApplyError(byField)
    }
    navigate({ page: 'plan', id: r.value.plan.id })
  }

  const deleteTemplate = async (t: PlanTemplate) => {
    const r = await call('deletePlanTemplate', { id: t.id })
    if (!r.ok) return setError(r.error.message)
    await load()
  }

  return (
    <section aria-labelledby="plans-title">
      <div className="page-head">
        <div>
          <h1 id="plans-title">Plans</h1>
          <p className="facts">
            Progressive plans checked against the same rules as the warnings, with a PDF pack for each athlete.
          </p>
        </div>
        <div className="toolbar">
          {plans && plans.length > 0 && (
            <button type="button" onClick={() => setDialog({ kind: 'bulk' })}>
              Export plan packs…
            </button>
          )}
          <button type="button" onClick={() => setDialog({ kind: 'empty' })}>
            New empty plan
          </button>
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'generate' })}>
            Generate plan
          </button>
        </div>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {!plans ? (
        <p className="muted">Loading…</p>
      ) : plans.length === 0 ? (
        <div className="empty">
          <h2>No plans yet</h2>
          <p>
            Generate a plan for an athlete: it starts light, progresses one thing at a time, deloads, and every session
            passes the warning rules.
          </p>
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'generate' })}>
            Generate the first plan
          </button>
        </div>
      ) : (
        <table className="grid" aria-label="Plans">
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Athlete</th>
              <th scope="col">Dates</th>
              <th scope="col" className="num">
                Weeks
              </th>
              <th scope="col" className="num">
                Sessions
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={href({ page: 'plan', id: p.id })}>{p.name}</a>
                </td>
                <td>
                  <a href={href({ page: 'athlete', id: p.athleteId })}>{p.athleteName}</a>
                </td>
                <td>
                  {formatDay(p.startDate)} – {formatDay(p.endDate)}
                </td>
                <td className="num">{p.weeks}</td>
                <td className="num">{p.sessionCount}</td>
                <td>
                  <span className={`tag plan-status ${p.status}`}>
                    {p.status === 'published' ? 'Published' : 'Draft'}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Templates</h2>
      {templates.length === 0 ? (
        <p className="muted">
          No templates yet. Open a plan and choose "Save as template" to reuse it for another athlete.
        </p>
      ) : (
        <table className="grid" aria-label="Templates">
          <thead>
            <tr>
              <th scope="col">Template</th>
              <th scope="col" className="num">
                Weeks
              </th>
              <th scope="col" className="num">
                Sessions
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td className="num">{t.weeks}</td>
                <td className="num">{t.sessionCount}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() => {
                      setApply({
                        athleteId: athletes[0] ? String(athletes[0].id) : '',
                        startDate: nextWeek,
                        name: t.name
                      })
                      setApplyError({})
                      setDialog({ kind: 'apply', template: t })
                    }}
                    aria-label={`Apply template ${t.name}`}
                  >
                    Apply…
                  </button>
                  <button type="button" onClick={() => deleteTemplate(t)} aria-label={`Delete template ${t.name}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {dialog?.kind === 'generate' && (
        <Dialog title="Generate a plan" onClose={close} wide>
          <PlanGenerateForm
            onCancel={close}
            onGenerated={(d) => {
              generatorNotes.set(d.plan.id, d.generatorNotes)
              navigate({ page: 'plan', id: d.plan.id })
            }}
          />
        </Dialog>
      )}
      {dialog?.kind === 'empty' && (
        <Dialog title="New empty plan" onClose={close}>
          <PlanNewForm
            athletes={athletes}
            startDate={nextWeek}
            onCancel={close}
            onCreated={(id) => navigate({ page: 'plan', id })}
          />
        </Dialog>
      )}
      {dialog?.kind === 'apply' && (
        <Dialog title={`Apply "${dialog.template.name}"`} onClose={close}>
          <div className="form">
            <ErrorMessage>{applyError._form}</ErrorMessage>
            <div className="field">
              <label htmlFor="apply-athlete">Athlete</label>
              <select
                id="apply-athlete"
                value={apply.athleteId}
                onChange={(e) => setApply({ ...apply, athleteId: e.target.value })}
              >
                {athletes.map((a) => (
                  <option key={a.id} value={a.id}>
                    {pickerNames(athletes, settings.massUnit).get(a.id)}
                  </option>
                ))}
              </select>
            </div>
            <div className={`field${applyError.startDate ? ' has-error' : ''}`}>
              <label htmlFor="apply-start">Start date</label>
              <input
                id="apply-start"
                type="date"
                value={apply.startDate}
                onChange={(e) => setApply({ ...apply, startDate: e.target.value })}
              />
              {applyError.startDate && <p className="field-error">{applyError.startDate}</p>}
            </div>
            <div className={`field${applyError.name ? ' has-error' : ''}`}>
              <label htmlFor="apply-name">Plan name</label>
              <input
                id="apply-name"
                value={apply.name}
                onChange={(e) => setApply({ ...apply, name: e.target.value })}
              />
              {applyError.name && <p className="field-error">{applyError.name}</p>}
            </div>
            <p className="hint">
              Weights scale with body mass and are rounded down to the weights this athlete owns; check the warnings
              before publishing.
            </p>
            <div className="actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
              <button type="button" className="primary" onClick={() => applyTemplate(dialog.template)}>
                Apply template
              </button>
            </div>
          </div>
        </Dialog>
      )}
      {dialog?.kind === 'bulk' && plans && (
        <Dialog title="Export plan packs" onClose={close}>
          <PlanBulkExport plans={plans} onClose={close} />
        </Dialog>
      )}
    </section>
  )
}
