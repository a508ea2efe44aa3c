import { formatDay } from '../lib/format'
import { useRead } from '../lib/query'
import { href } from '../lib/route'

/**
 * Plan vs done on the athlete page: the current plan's weekly compliance. Logging, editing or
 * deleting a session refreshes it (the data layer's invalidation table), so a planned run shows here at once.
 */
export const PlanCompliance = ({ athleteId }: { athleteId: number }) => {
  const { data, error } = useRead('athletePlanCompliance', { athleteId })
  if (error) return <p className="form-error">{error.message}</p>
  if (!data) return null
  const { plan, compliance } = data
  return (
    <section className="plan-compliance" aria-labelledby="plan-compliance-title">
      <h2 id="plan-compliance-title">Plan vs done</h2>
      {!plan || !compliance ? (
        <p className="muted">
          No plan for this athlete yet. <a href={href({ page: 'plans' })}>Generate one on the Plans page</a>.
        </p>
      ) : (
        <>
          <p>
            <a href={href({ page: 'plan', id: plan.id })}>{plan.name}</a>{' '}
            <span className={`tag plan-status ${plan.status}`}>
              {plan.status === 'published' ? 'Published' : 'Draft'}
            </span>{' '}
            <span className="muted">
              {formatDay(plan.startDate)} to {formatDay(plan.endDate)}
            </span>
          </p>
          <p className="plan-compliance-total" data-testid="plan-compliance-total">
            {compliance.due === 0
              ? 'Nothing due yet: the plan has not started.'
              : `${compliance.done} of ${compliance.due} due sessions done (${compliance.percent}%)`}
          </p>
          <ol className="plan-compliance-weeks" aria-label="Compliance by week">
            {compliance.weeks.map((w) => (
              <li key={w.week} title={`Week ${w.week}: ${w.due ? `${w.done} of ${w.due} due done` : 'not due yet'}`}>
                <span className="plan-cw-label">W{w.week}</span>
                <span className="plan-cw-bar" aria-hidden="true">
                  <span
                    style={{ height: `${w.percent ?? 0}%` }}
                    className={
                      w.percent === null ? 'future' : w.percent >= 80 ? 'good' : w.percent >= 50 ? 'mid' : 'low'
                    }
                  />
                </span>
                <span className="plan-cw-value">{w.percent === null ? '–' : `${w.percent}%`}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
