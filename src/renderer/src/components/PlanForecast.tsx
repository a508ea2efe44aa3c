import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import type { PlanDetail } from '../../../shared/contract/plan'
import { ladderAxis } from '../../../shared/plan/forecast'
import { massToDisplay } from '../../../shared/units'
import { useSettings } from '../lib/settings'

const WEIGHT = '#b45309'
const LOAD = '#1f5fbf'
const GRID = '#e2e5ea'
const TICK = { fontSize: 11, fill: '#667085' }

/**
 * What the plan will do, from the same series the PDF draws: weekly load, projected ACWR, weighted
 * minutes and the weight ladder. Deload weeks are shaded in every chart.
 */
export const PlanForecast = ({ detail }: { detail: PlanDetail }) => {
  const { settings } = useSettings()
  const mu = settings.massUnit
  const weeks = detail.forecast.weeks
  const deloads = weeks.filter((w) => w.deload).map((w) => w.week)
  const shade = deloads.map((w) => (
    <ReferenceArea key={w} x1={w - 0.5} x2={w + 0.5} fill="#e8edf4" fillOpacity={0.8} ifOverflow="extendDomain" />
  ))
  const xAxis = (
    <XAxis
      type="number"
      dataKey="week"
      domain={[0.5, weeks.length + 0.5]}
      ticks={weeks.map((w) => w.week)}
      tick={TICK}
      allowDecimals={false}
      label={{ value: 'Plan week', position: 'insideBottom', offset: -2, fontSize: 11, fill: '#667085' }}
    />
  )
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
        <figure className="plan-chart" aria-label="Weekly load">
          <figcaption>Weekly load (RPE × minutes)</figcaption>
          <ResponsiveContainer width="100%" height={190}>
            <BarChart data={weeks} margin={{ top: 8, right: 12, bottom: 14, left: 0 }}>
              <CartesianGrid stroke={GRID} vertical={false} />
              {shade}
              {xAxis}
              <YAxis tick={TICK} width={44} />
              <Tooltip formatter={(v) => [`${v} AU`, 'Load']} labelFormatter={(w) => `Week ${w}`} />
              <Bar dataKey="load" fill={LOAD} barSize={16} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure className="plan-chart" aria-label="Projected ACWR">
          <figcaption>Projected ACWR (7-day vs 28-day EWMA load)</figcaption>
          {acwrShown ? (
            <ResponsiveContainer width="100%" height={190}>
              <LineChart data={weeks} margin={{ top: 8, right: 12, bottom: 14, left: 0 }}>
                <CartesianGrid stroke={GRID} vertical={false} />
                {shade}
                {xAxis}
                <YAxis tick={TICK} width={44} domain={[0, (max: number) => Math.max(2, Math.ceil(max * 4) / 4)]} />
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
              </LineChart>
            </ResponsiveContainer>
          ) : (
            <p className="plan-chart-empty">Shown once history plus plan reach 28 days.</p>
          )}
          <p className="chart-caveat">
            Contested: studies disagree on whether steering training by ACWR prevents injury (Impellizzeri 2020;
            Frandsen 2025). Read it as a trend, not a limit.
          </p>
        </figure>
        <figure className="plan-chart" aria-label="Minutes with weights on per week">
          <figcaption>Minutes with weights on, per week</figcaption>
          {hasWeights ? (
            <ResponsiveContainer width="100%" height={190}>
              <BarChart data={weeks} margin={{ top: 8, right: 12, bottom: 14, left: 0 }}>
                <CartesianGrid stroke={GRID} vertical={false} />
                {shade}
                {xAxis}
                <YAxis tick={TICK} width={44} allowDecimals={false} />
                <Tooltip formatter={(v) => [`${v} min`, 'With weights on']} labelFormatter={(w) => `Week ${w}`} />
                <Bar dataKey="weightedMinutes" fill="#f0b46a" barSize={16} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          ) : (
            <p className="plan-chart-empty">No ankle-weighted runs in this plan.</p>
          )}
        </figure>
        <figure className="plan-chart" aria-label="Weight ladder">
          <figcaption>Weight ladder ({mu} per ankle, each dot one weighted run)</figcaption>
          {hasWeights ? (
            <ResponsiveContainer width="100%" height={190}>
              <LineChart data={ladder} margin={{ top: 8, right: 12, bottom: 14, left: 0 }}>
                <CartesianGrid stroke={GRID} vertical={false} />
                {shade}
                {xAxis}
                <YAxis tick={TICK} width={44} domain={[0, axis.max]} ticks={axis.ticks} />
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
              </LineChart>
            </ResponsiveContainer>
          ) : (
            <p className="plan-chart-empty">No ankle-weighted runs in this plan.</p>
          )}
        </figure>
      </div>
      <table className="grid plan-forecast-table" aria-label="Forecast by week">
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col" className="num">
              Sessions
            </th>
            <th scope="col" className="num">
              Load (AU)
            </th>
            <th scope="col" className="num">
              Minutes with weights
            </th>
            <th scope="col" className="num">
              Heaviest ({mu} per ankle)
            </th>
            <th scope="col" className="num">
              Projected ACWR
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </section>
  )
}
