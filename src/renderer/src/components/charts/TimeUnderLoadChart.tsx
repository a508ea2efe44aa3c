import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { AthleteDashboard, ChartRange } from '../../../../shared/contract/dashboard'
import type { MassUnit } from '../../../../shared/units'
import { massValue } from '../../lib/format'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { mediumDate, niceTicks, rangePhrase, shortDate, sparseTicks } from './format'
import { ThinnedNote } from './ThinnedNote'
import { axisLabel, axisTick, plotMargin, PLOT_HEIGHT, TipBox } from './Tip'

export const TimeUnderLoadChart = ({
  data,
  range,
  unit,
  summary
}: {
  data: AthleteDashboard
  range: ChartRange
  unit: MassUnit
  summary: string
}) => {
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
      note={
        <ThinnedNote
          shown={rows.length}
          of={data.pointsBefore.weekly}
          what="weeks"
          kept="the week with the most weighted minutes and the most exposure"
        />
      }
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
      <ResponsiveContainer width="100%" height={PLOT_HEIGHT}>
        <ComposedChart data={rows} margin={plotMargin} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis
            dataKey="weekStart"
            ticks={ticks}
            interval={0}
            tickFormatter={shortDate}
            tick={axisTick}
            tickLine={false}
          />
          <YAxis
            yAxisId="min"
            domain={[0, minTicks.at(-1)!]}
            ticks={minTicks}
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={44}
            label={axisLabel('weighted min')}
          />
          <YAxis
            yAxisId="exp"
            orientation="right"
            domain={[0, expTicks.at(-1)!]}
            ticks={expTicks}
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={48}
            label={axisLabel(exposureUnit, 90, 'insideRight')}
          />
          <Tooltip
            cursor={{ fill: 'rgba(23,32,46,0.06)' }}
            content={({ active, payload }) => {
              const r = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined
              if (!r) return null
              return (
                <TipBox
                  title={`Week of ${mediumDate(r.weekStart)}`}
                  lines={[
                    { label: 'Weighted minutes', value: `${r.weightedMinutes} min`, color: colors.weighted },
                    { label: 'Exposure', value: `${r.exposure} ${exposureUnit}`, color: colors.exposure }
                  ]}
                />
              )
            }}
          />
          <Bar
            yAxisId="min"
            dataKey="weightedMinutes"
            name="Weighted minutes"
            fill={colors.weighted}
            className="series-minutes"
            maxBarSize={36}
            isAnimationActive={false}
          />
          <Line
            yAxisId="exp"
            dataKey="exposure"
            name="Exposure"
            stroke={colors.exposure}
            strokeWidth={2}
            dot={rows.length <= 13 ? { r: 2.5, fill: colors.exposure } : false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
