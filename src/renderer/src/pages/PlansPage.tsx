import { useState } from 'react'
import type { AthleteSummary } from '../../../shared/ipc'
import type { PlanTemplate } from '../../../shared/plan/schema'
import { Dialog } from '../components/Dialog'
import { PlanBulkExport } from '../components/PlanBulkExport'
import { PlanGenerateForm } from '../components/PlanGenerateForm'
import { PlanNewForm } from '../components/PlanNewForm'
import { call } from '../lib/api'
import { addDays, weekStartOf } from '../../../shared/calendar'
import { formatDay, todayIso } from '../lib/format'
import { useRead } from '../lib/query'
import { href, navigate } from '../lib/route'
import { rememberGenerated } from './plan/generatorNotes'
import { ApplyTemplateDialog } from './plans/ApplyTemplateDialog'
import { useSettings } from '../lib/settings'
import { ErrorMessage } from '../components/Messages'
import { PageHeader, PageLoading } from '../components/PageHeader'
import { actionsColumn, RowActions, Table, type Column } from '../components/Table'

type Dialogs =
  { kind: 'generate' } | { kind: 'empty' } | { kind: 'apply'; template: PlanTemplate } | { kind: 'bulk' } | null

const weeksColumn: Column = { label: 'Weeks', numeric: true }
const sessionsColumn: Column = { label: 'Sessions', numeric: true }
const planColumns = ['Plan', 'Athlete', 'Dates', weeksColumn, sessionsColumn, 'Status']
const templateColumns = ['Template', weeksColumn, sessionsColumn, actionsColumn]

const noTemplates: PlanTemplate[] = []
const noAthletes: AthleteSummary[] = []

/** Every plan of the squad, the generator, templates and bulk PDF export. */
export const PlansPage = () => {
  const { settings } = useSettings()
  const nextWeek = addDays(weekStartOf(todayIso(), settings.weekStartsOn), 7)
  const plansRead = useRead('listPlans', {})
  const plans = plansRead.data ?? null
  const templates = useRead('listPlanTemplates', {}).data ?? noTemplates
  const athletes = useRead('listAthletes', {}).data ?? noAthletes
  const [actionError, setError] = useState<string | null>(null)
  const error = actionError ?? plansRead.error?.message ?? null
  const [dialog, setDialog] = useState<Dialogs>(null)

  const close = () => setDialog(null)

  const deleteTemplate = async (t: PlanTemplate) => {
    const r = await call('deletePlanTemplate', { id: t.id })
    if (!r.ok) setError(r.error.message)
  }

  return (
    <section aria-labelledby="plans-title">
      <PageHeader
        titleId="plans-title"
        title="Plans"
        actions={
          <>
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
          </>
        }
      >
        <p className="facts">
          Progressive plans checked against the same rules as the warnings, with a PDF pack for each athlete.
        </p>
      </PageHeader>
      <ErrorMessage>{error}</ErrorMessage>
      {!plans ? (
        <PageLoading />
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
        <Table label="Plans" columns={planColumns}>
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
        </Table>
      )}

      <h2>Templates</h2>
      {templates.length === 0 ? (
        <p className="muted">
          No templates yet. Open a plan and choose "Save as template" to reuse it for another athlete.
        </p>
      ) : (
        <Table label="Templates" columns={templateColumns}>
          {templates.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td className="num">{t.weeks}</td>
              <td className="num">{t.sessionCount}</td>
              <RowActions
                actions={[
                  {
                    label: 'Apply…',
                    name: `Apply template ${t.name}`,
                    onClick: () => setDialog({ kind: 'apply', template: t })
                  },
                  { label: 'Delete', name: `Delete template ${t.name}`, onClick: () => void deleteTemplate(t) }
                ]}
              />
            </tr>
          ))}
        </Table>
      )}

      {dialog?.kind === 'generate' && (
        <Dialog title="Generate a plan" onClose={close} wide>
          <PlanGenerateForm
            onCancel={close}
            onGenerated={(d) => {
              rememberGenerated(d)
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
        <ApplyTemplateDialog template={dialog.template} athletes={athletes} startDate={nextWeek} onClose={close} />
      )}
      {dialog?.kind === 'bulk' && plans && (
        <Dialog title="Export plan packs" onClose={close}>
          <PlanBulkExport plans={plans} onClose={close} />
        </Dialog>
      )}
    </section>
  )
}
