import { memo } from 'react'
import { Cell, LabelList } from 'recharts'
import type { DistanceUnit } from '../../../../shared/units'
import { distanceValue, formatDistance } from '../../lib/format'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { mediumDate, niceTicks, rangePhrase, signedPercent, sparseTicks } from './format'
import { BarSeries, type ChartProps, ChartTooltip, Plot, ValueAxis, WeekAxis } from './parts'

/** Above this many weeks the change labels would overlap; the tooltip and the table still give them. */
const MAX_LABELLED_WEEKS = 13

const DistanceChartView = ({ data, range, unit, summary }: ChartProps & { unit: DistanceUnit }) => {
  const last = data.weekly.length - 1
  const rows = data.weekly.map((w, i) => ({
    weekStart: w.weekStart,
    distanceKm: w.distanceKm,
    distance: distanceValue(w.distanceKm, unit),
    change: w.distanceChangePercent,
    // The current week is not over: its change compares a part week with a whole one.
    soFar: i === last,
    // A part week's change against a whole week would always look like a drop: label it "so far" instead.
    changeLabel: i === last ? 'so far' : w.distanceChangePercent === null ? '' : signedPercent(w.distanceChangePercent)
  }))
  const any = rows.some((r) => r.distance > 0)
  const ticks = sparseTicks(rows.map((r) => r.weekStart))
  const yTicks = niceTicks(Math.max(5, ...rows.map((r) => r.distance)) * 1.08)
  const changeText = (r: (typeof rows)[number]) =>
    r.change === null
      ? 'no distance the week before'
      : `${signedPercent(r.change)} on the week before${r.soFar ? ' (so far)' : ''}`
  return (
    <ChartCard
      chart="distance"
      title="Weekly distance"
      summary={summary}
      empty={any ? null : `No run distance logged ${rangePhrase(range)}.`}
      description={`Run distance per week in ${unit}, with the change against the week before.`}
      legend={[
        { label: `Distance per week (${unit})`, color: colors.distance, mark: 'bar' },
        { label: 'This week so far', color: colors.distanceSoFar, mark: 'bar' }
      ]}
      thinned={{ shown: rows.length, of: data.pointsBefore.weekly }}
      note={
        rows.length > MAX_LABELLED_WEEKS &&
        any && (
          <p className="chart-note">Hover a week (or open the data table) for its change against the week before.</p>
        )
      }
      table={{
        columns: [
          { label: 'Week of' },
          { label: `Distance (${unit})`, numeric: true },
          { label: 'Change on the week before', numeric: true }
        ],
        rows: rows.map((r) => [
          `${mediumDate(r.weekStart)}${r.soFar ? ' (so far)' : ''}`,
          r.distance,
          signedPercent(r.change)
        ])
      }}
    >
      <Plot data={rows} margin={{ top: 20 }}>
        <WeekAxis dataKey="weekStart" ticks={ticks} />
        <ValueAxis ticks={yTicks} label={`${unit} / week`} />
        <ChartTooltip<(typeof rows)[number]>
          cursor="band"
          tip={(r) => ({
            title: `Week of ${mediumDate(r.weekStart)}${r.soFar ? ' (so far)' : ''}`,
            lines: [
              {
                label: 'Distance',
                value: formatDistance(r.distanceKm, unit),
                color: r.soFar ? colors.distanceSoFar : colors.distance
              },
              { label: 'Change', value: changeText(r) }
            ]
          })}
        />
        <BarSeries
          dataKey="distance"
          name="Distance"
          color={colors.distance}
          className="series-distance"
          maxBarSize={40}
        >
          {rows.map((r) => (
            <Cell key={r.weekStart} fill={r.soFar ? colors.distanceSoFar : colors.distance} />
          ))}
          {rows.length <= MAX_LABELLED_WEEKS && (
            <LabelList
              dataKey="changeLabel"
              // Plain text above the bar: recharts would wrap "so far" to the bar's width.
              content={(p) => {
                const x = Number(p.x ?? 0) + Number(p.width ?? 0) / 2
                return (
                  <text
                    x={x}
                    y={Number(p.y ?? 0) - 5}
                    textAnchor="middle"
                    className="distance-change"
                    fontSize={10.5}
                    fill={colors.axis}
                  >
                    {p.value}
                  </text>
                )
              }}
            />
          )}
        </BarSeries>
      </Plot>
    </ChartCard>
  )
}

/** Memoised: a refetch that brings the same data (or a re-render of the page) does not redraw it. */
export const DistanceChart = memo(DistanceChartView)
