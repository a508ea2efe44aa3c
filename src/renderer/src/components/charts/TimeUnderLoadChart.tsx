import { memo } from 'react'
import type { MassUnit } from '../../../../shared/units'
import { massValue } from '../../lib/format'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { mediumDate, niceTicks, rangePhrase, sparseTicks } from './format'
import { BarSeries, type ChartProps, ChartTooltip, LineSeries, Plot, ValueAxis, WeekAxis } from './parts'

const TimeUnderLoadChartView = ({ data, range, unit, summary }: ChartProps & { unit: MassUnit }) => {
  // Exposure = weight per ankle x weighted minutes, so in lb mode it is lb x min.
  const rows = data.weekly.map((w) => ({
    weekStart: w.weekStart,
    weightedMinutes: w.weightedMinutes,
    exposure: massValue(w.exposureKgMin, unit)
  }))
  const any = rows.some((r) => r.weightedMinutes > 0)
  const exposureUnit = `${unit}·min`
  const ticks = sparseTicks(rows.map((r) => r.weekStart))
  const minTicks = niceTicks(Math.max(10, ...rows.map((r) => r.weightedMinutes)))
  const expTicks = niceTicks(Math.max(1, ...rows.map((r) => r.exposure)))
  return (
    <ChartCard
      chart="time-under-load"
      title="Time under load"
      summary={summary}
      empty={any ? null : `No weighted minutes ${rangePhrase(range)}.`}
      description={`Weighted minutes per week as bars, and exposure (${unit} per ankle × weighted minutes) as a line.`}
      thinned={{ shown: rows.length, of: data.pointsBefore.weekly }}
      legend={[
        { label: 'Weighted minutes per week (left axis)', color: colors.weighted, mark: 'bar' },
        { label: `Exposure, ${exposureUnit} per week (right axis)`, color: colors.exposure, mark: 'line' }
      ]}
      table={{
        columns: [
          { label: 'Week of' },
          { label: 'Weighted minutes', numeric: true },
          { label: `Exposure (${exposureUnit})`, numeric: true }
        ],
        rows: rows.map((r) => [mediumDate(r.weekStart), r.weightedMinutes, r.exposure])
      }}
    >
      <Plot data={rows}>
        <WeekAxis dataKey="weekStart" ticks={ticks} />
        <ValueAxis id="min" ticks={minTicks} label="weighted min" />
        <ValueAxis id="exp" right ticks={expTicks} label={exposureUnit} width={48} />
        <ChartTooltip<(typeof rows)[number]>
          cursor="band"
          tip={(r) => ({
            title: `Week of ${mediumDate(r.weekStart)}`,
            lines: [
              { label: 'Weighted minutes', value: `${r.weightedMinutes} min`, color: colors.weighted },
              { label: 'Exposure', value: `${r.exposure} ${exposureUnit}`, color: colors.exposure }
            ]
          })}
        />
        <BarSeries
          yAxisId="min"
          dataKey="weightedMinutes"
          name="Weighted minutes"
          color={colors.weighted}
          className="series-minutes"
          maxBarSize={36}
        />
        <LineSeries
          yAxisId="exp"
          dataKey="exposure"
          name="Exposure"
          color={colors.exposure}
          dot={rows.length <= 13 ? { r: 2.5, fill: colors.exposure } : false}
        />
      </Plot>
    </ChartCard>
  )
}

/** Memoised: a refetch that brings the same data (or a re-render of the page) does not redraw it. */
export const TimeUnderLoadChart = memo(TimeUnderLoadChartView)
