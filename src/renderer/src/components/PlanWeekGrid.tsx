import { addDays } from '../../../shared/calendar'
import type { PlanDetail } from '../../../shared/contract/plan'
import { sessionTypeLabels } from '../../../shared/domain'
import type { PlannedSession } from '../../../shared/plan/schema'
import { formatMass } from '../../../shared/units'
import { formatDay, todayIso } from '../lib/format'
import { useSettings } from '../lib/settings'
import { weekdayShortNames } from '../../../shared/dayFormat'

interface Props {
  detail: PlanDetail
  onAdd: (date: string) => void
  onEdit: (s: PlannedSession) => void
  onCopyWeek: (week: number) => void
  /** Drag a session onto another day of the plan (the keyboard route: edit its date). */
  onMove?: (s: PlannedSession, date: string) => void
}

const DRAG_TYPE = 'application/x-ballast-planned-session'

/** Weeks as rows, days as columns (from the week start in Settings); every control is a button. */
export const PlanWeekGrid = ({ detail, onAdd, onEdit, onCopyWeek, onMove }: Props) => {
  const { settings } = useSettings()
  const today = todayIso()
  const byDate = new Map<string, PlannedSession[]>()
  for (const s of detail.sessions) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s])
  const loud = new Map<number, 'info' | 'caution' | 'stop'>()
  for (const w of detail.warnings) {
    const prev = loud.get(w.plannedSessionId)
    const rank = { info: 1, caution: 2, stop: 3 }
    if (!prev || rank[w.severity] > rank[prev]) loud.set(w.plannedSessionId, w.severity)
  }
  const headers = Array.from({ length: 7 }, (_, i) => weekdayShortNames[(settings.weekStartsOn + i) % 7])

  return (
    <table className="plan-grid" aria-label="Plan by week">
      <thead>
        <tr>
          <th scope="col">Week</th>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {detail.weekStarts.map((start, i) => {
          const c = detail.compliance.weeks[i]
          const fw = detail.forecast.weeks[i]
          return (
            <tr key={start} data-week={i + 1}>
              <th scope="row" className="plan-week-head">
                <div className="plan-week-title">Week {i + 1}</div>
                <div className="muted">{formatDay(start, false)}</div>
                {fw?.deload && <span className="tag">deload</span>}
                {c && c.due > 0 && (
                  <div
                    className={`plan-week-compliance ${c.percent !== null && c.percent >= 80 ? 'good' : c.percent !== null && c.percent >= 50 ? 'mid' : 'low'}`}
                    aria-label={`Week ${i + 1} compliance`}
                  >
                    {c.done} of {c.due} done ({c.percent}%)
                  </div>
                )}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onCopyWeek(i + 1)}
                  aria-label={`Copy week ${i + 1}`}
                >
                  Copy week…
                </button>
              </th>
              {Array.from({ length: 7 }, (_, d) => {
                const date = addDays(start, d)
                const inPlan = date >= detail.plan.startDate && date <= detail.plan.endDate
                const list = byDate.get(date) ?? []
                return (
                  <td
                    key={date}
                    className={`plan-day${inPlan ? '' : ' outside'}${date === today ? ' today' : ''}`}
                    data-date={date}
                    onDragOver={(e) => {
                      if (!inPlan || !onMove || !e.dataTransfer.types.includes(DRAG_TYPE)) return
                      e.preventDefault()
                      e.currentTarget.classList.add('drop-target')
                    }}
                    onDragLeave={(e) => e.currentTarget.classList.remove('drop-target')}
                    onDrop={(e) => {
                      e.currentTarget.classList.remove('drop-target')
                      const id = Number(e.dataTransfer.getData(DRAG_TYPE))
                      const moved = detail.sessions.find((x) => x.id === id)
                      if (!inPlan || !onMove || !moved || moved.date === date) return
                      e.preventDefault()
                      onMove(moved, date)
                    }}
                  >
                    <span className="plan-day-date">{date.slice(8).replace(/^0/, '')}</span>
                    {list.filter((s) => s.type !== 'cross').length > 1 && (
                      <span className="tag warn plan-day-double">
                        {list.filter((s) => s.type !== 'cross').length} runs this day
                      </span>
                    )}
                    {list.map((s) => {
                      const matched = detail.compliance.matches[String(s.id)] ?? null
                      const status = matched !== null ? 'done' : s.date <= today ? 'missed' : 'planned'
                      const sev = loud.get(s.id)
                      return (
                        <button
                          key={s.id}
                          type="button"
                          className={`plan-chip type-${s.type}${s.ankleWeightKg > 0 ? ' weighted' : ''} status-${status}${sev && sev !== 'info' ? ` sev-${sev}` : ''}`}
                          onClick={() => onEdit(s)}
                          draggable={onMove !== undefined}
                          onDragStart={(e) => {
                            e.dataTransfer.setData(DRAG_TYPE, String(s.id))
                            e.dataTransfer.effectAllowed = 'move'
                          }}
                          aria-label={`${sessionTypeLabels[s.type]} ${s.durationMin} min on ${formatDay(s.date)}${s.ankleWeightKg > 0 ? `, ankle weights ${formatMass(s.ankleWeightKg, settings.massUnit)} for ${s.weightedMin} min` : ''}${status === 'done' ? ', done' : status === 'missed' ? ', not logged' : ''}${sev && sev !== 'info' ? `, ${sev} warning` : ''}. Edit`}
                        >
                          <span className="plan-chip-type">{sessionTypeLabels[s.type]}</span>
                          <span className="plan-chip-min">{s.durationMin} min</span>
                          {s.ankleWeightKg > 0 && (
                            <span className="plan-chip-weight">
                              {formatMass(s.ankleWeightKg, settings.massUnit)} × {s.weightedMin}
                            </span>
                          )}
                          {status === 'done' && (
                            <span className="plan-chip-done" aria-hidden="true">
                              ✓ done
                            </span>
                          )}
                          {sev && sev !== 'info' && (
                            <span className="plan-chip-sev" aria-hidden="true">
                              {sev}
                            </span>
                          )}
                        </button>
                      )
                    })}
                    {inPlan && (
                      <button
                        type="button"
                        className="plan-add"
                        onClick={() => onAdd(date)}
                        aria-label={`Add a session on ${formatDay(date)}`}
                      >
                        +
                      </button>
                    )}
                  </td>
                )
              })}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
