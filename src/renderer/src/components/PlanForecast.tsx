import type { ReactNode } from 'react'
import { Bar, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { PlanDetail } from '../../../shared/contract/plan'
import { ladderAxis } from '../../../shared/plan/forecast'
import { massToDisplay } from '../../../shared/units'
import { useSettings } from '../lib/settings'
import { axisTick, Plot } from './charts/parts'
import { Table } from './Table'

const WEIGHT = '#b45309'
const LOAD = '#1f5fbf'

type Week = PlanDetail['forecast']['weeks'][number]

/**
 * One forecast chart over the plan's weeks, deload weeks shaded: its caption, then the plot or why
 * there is none.
 */
const ForecastFigure = ({
  caption,
  weeks,
  data = weeks,
  empty,
  after,
  children
}: {
  /** Also the figure's accessible name. */
  caption: string
  weeks: Week[]
  /** The points, when not one per week (the weight ladder). */
  data?: readonly object[]
  /** Said instead of the plot when there is nothing to draw. */
  empty?: string | false
  /** Said under the plot (a caveat). */
  after?: ReactNode
  children: ReactNode
}) => (
  <figure className="plan-chart">
    <figcaption>{caption}</figcaption>
    {empty ? (
      <p className="plan-chart-empty">{empty}</p>
    ) : (
      <Plot data={data} height={190} margin={{ top: 8, bottom: 14, left: 0 }}>
        {weeks
          .filter((w) => w.deload)
          .map((w) => (
            <ReferenceArea
              key={w.week}
              x1={w.week - 0.5}
              x2={w.week + 0.5}
              fill="#e8edf4"
              fillOpacity={0.8}
              ifOverflow="extendDomain"
            />
          ))}
        <XAxis
          type="number"
          dataKey="week"
          domain={[0.5, weeks.length + 0.5]}
          ticks={weeks.map((w) => w.week)}
          tick={axisTick}
          allowDecimals={false}
          label={{ value: 'Plan week', position: 'insideBottom', offset: -2, ...axisTick }}
        />
        {children}
      </Plot>
    )}
    {after}
  </figure>
)

/**
 * What the plan will do, from the same series the PDF draws: weekly load, projected ACWR, weighted
 * minutes and the weight ladder. Deload weeks are shaded in every chart.
 */
export const PlanForecast = ({ detail }: { detail: PlanDetail }) => {
  const { settings } = useSettings()
  const mu = settings.massUnit
  const weeks = detail.forecast.weeks
  // One ladder point per weighted run, placed inside its week; a week without weights breaks the line.
  const first = weeks.length ? Date.parse(`${weeks[0].weekStart}T00:00:00Z`) : 0
  const ladder: { week: number; weight: number | null; minutes: number | null }[] = []
  detail.forecast.ladder.forEach((p, i) => {
    const prev = detail.forecast.ladder[i - 1]
    if (prev && p.week - prev.week > 1) ladder.push({ week: prev.week + 1, weight: null, minutes: null })
    const offset = (Date.parse(`${p.date}T00:00:00Z`) - first) / 86_400_000
    ladder.push({
      week: Math.round((0.5 + offset / 7 + 0.07) * 100) / 100,
      weight: massToDisplay(p.kg, mu),
      minutes: p.weightedMin
    })
  })
  const axis = ladderAxis(
    ladder.map((p) => p.weight ?? 0),
    mu
  )
  const acwrShown = weeks.some((w) => w.acwr !== null)
  const hasWeights = detail.forecast.ladder.length > 0

  return (
    <section className="plan-forecast" aria-labelledby="forecast-title">
      <h2 id="forecast-title">Forecast</h2>
      <p className="muted plan-lede">
        What this plan adds up to if the athlete does it as written. Shaded weeks are deload weeks (same runs, no ankle
        weights).
      </p>
      <div className="plan-chart-grid">
        <ForecastFigure caption="Weekly load (RPE × minutes)" weeks={weeks}>
          <YAxis tick={axisTick} width={44} />
          <Tooltip formatter={(v) => [`${v} AU`, 'Load']} labelFormatter={(w) => `Week ${w}`} />
          <Bar dataKey="load" fill={LOAD} barSize={16} isAnimationActive={false} />
        </ForecastFigure>
        <ForecastFigure
          caption="Projected ACWR (7-day vs 28-day EWMA load)"
          weeks={weeks}
          empty={!acwrShown && 'Shown once history plus plan reach 28 days.'}
          after={
            <p className="chart-caveat">
              Contested: studies disagree on whether steering training by ACWR prevents injury (Impellizzeri 2020;
              Frandsen 2025). Read it as a trend, not a limit.
            </p>
          }
        >
          <YAxis tick={axisTick} width={44} domain={[0, (max: number) => Math.max(2, Math.ceil(max * 4) / 4)]} />
          <ReferenceLine
            y={1.5}
            stroke="#a05a00"
            strokeDasharray="4 3"
            label={{ value: '1.5 (note)', position: 'insideTopRight', fontSize: 10, fill: '#a05a00' }}
          />
          <Tooltip formatter={(v) => [String(v), 'ACWR']} labelFormatter={(w) => `End of week ${w}`} />
          <Line
            dataKey="acwr"
            stroke="#475467"
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ForecastFigure>
        <ForecastFigure
          caption="Minutes with weights on, per week"
          weeks={weeks}
          empty={!hasWeights && 'No ankle-weighted runs in this plan.'}
        >
          <YAxis tick={axisTick} width={44} allowDecimals={false} />
          <Tooltip formatter={(v) => [`${v} min`, 'With weights on']} labelFormatter={(w) => `Week ${w}`} />
          <Bar dataKey="weightedMinutes" fill="#f0b46a" barSize={16} isAnimationActive={false} />
        </ForecastFigure>
        <ForecastFigure
          caption={`Weight ladder (${mu} per ankle, each dot one weighted run)`}
          weeks={weeks}
          data={ladder}
          empty={!hasWeights && 'No ankle-weighted runs in this plan.'}
        >
          <YAxis tick={axisTick} width={44} domain={[0, axis.max]} ticks={axis.ticks} />
          <Tooltip
            formatter={(v, _n, item) => [
              `${v} ${mu} for ${(item.payload as { minutes: number }).minutes} min`,
              'Weight per ankle'
            ]}
            labelFormatter={() => ''}
          />
          <Line
            type="stepAfter"
            dataKey="weight"
            stroke={WEIGHT}
            strokeWidth={2}
            dot={{ r: 3, fill: WEIGHT }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ForecastFigure>
      </div>
      <Table
        label="Forecast by week"
        className="grid plan-forecast-table"
        columns={[
          'Week',
          { label: 'Sessions', numeric: true },
          { label: 'Load (AU)', numeric: true },
          { label: 'Minutes with weights', numeric: true },
          { label: `Heaviest (${mu} per ankle)`, numeric: true },
          { label: 'Projected ACWR', numeric: true }
        ]}
      >
        {weeks.map((w) => (
          <tr key={w.week}>
            <td>
              {w.week}
              {w.deload && <span className="tag">deload</span>}
            </td>
            <td className="num">{w.sessions}</td>
            <td className="num">{w.load}</td>
            <td className="num">{w.weightedMinutes}</td>
            <td className="num">{w.maxKg > 0 ? massToDisplay(w.maxKg, mu) : '–'}</td>
            <td className="num">{w.acwr ?? '–'}</td>
          </tr>
        ))}
      </Table>
    </section>
  )
}
