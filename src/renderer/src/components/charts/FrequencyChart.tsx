import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { AthleteDashboard, ChartRange } from '../../../../shared/contract/dashboard'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { mediumDate, niceTicks, rangePhrase, shortDate, sparseTicks } from './format'
import { ThinnedNote } from './ThinnedNote'
import { axisLabel, axisTick, plotMargin, PLOT_HEIGHT, TipBox } from './Tip'

/*
 * Honest encoding: a hill sprint, interval or incline session is also a run, so it is already counted
 * in "weighted" or "unweighted runs". Stacking all five would count those sessions twice and make a
 * week look busier than it was. So each week gets two bars side by side:
 *   left  = all runs, split weighted (bottom, so it reads against the weighted limit) / unweighted;
 *   right = "of which": the hill sprints, intervals and incline runs among those same runs.
 * The legend says so in words.
 */
export const FrequencyChart = ({
  data,
  range,
  summary
}: {
  data: AthleteDashboard
  range: ChartRange
  summary: string
}) => {
  const rows = data.weekly
  const anyRuns = rows.some((w) => w.weightedRuns + w.unweightedRuns > 0)
  const max = Math.max(data.weeklyWeightedLimit, ...rows.map((w) => w.weightedRuns + w.unweightedRuns))
  const limit = data.weeklyWeightedLimit
  const ticks = sparseTicks(rows.map((w) => w.weekStart))
  const yTicks = niceTicks(Math.max(3, max + 0.5), 4, true)
  return (
    <ChartCard
      chart="frequency"
      title="Weekly frequency"
      summary={summary}
      empty={anyRuns ? null : `No runs logged ${rangePhrase(range)}.`}
      description={`Runs per week, weighted and unweighted, with hill sprints, intervals and incline runs among them; weighted limit ${limit} a week.`}
      legend={[
        { label: 'Weighted runs', color: colors.weighted, mark: 'bar' },
        { label: 'Unweighted runs', color: colors.unweighted, mark: 'bar' },
        { label: 'of which hill sprints', color: colors.hillSprints, mark: 'bar' },
        { label: 'of which intervals', color: colors.intervals, mark: 'bar' },
        { label: 'of which incline runs', color: colors.incline, mark: 'bar' },
        { label: `Weighted limit ${limit} a week`, color: colors.stop, mark: 'dashed' }
      ]}
      note={
        anyRuns && (
          <>
            <p className="chart-note">
              Left bar: all runs of the week. Right bar: the hill sprints, intervals and incline runs among them
              (already counted on the left).
            </p>
            <ThinnedNote shown={rows.length} of={data.pointsBefore.weekly} what="weeks" kept="the busiest week" />
          </>
        )
      }
      table={{
        columns: [
          { label: 'Week of' },
          { label: 'Weighted runs', numeric: true },
          { label: 'Unweighted runs', numeric: true },
          { label: 'Hill sprints', numeric: true },
          { label: 'Intervals', numeric: true },
          { label: 'Incline runs', numeric: true }
        ],
        rows: rows.map((w) => [
          mediumDate(w.weekStart),
          w.weightedRuns,
          w.unweightedRuns,
          w.hillSprints,
          w.intervals,
          w.incline
        ])
      }}
    >
      <ResponsiveContainer width="100%" height={PLOT_HEIGHT}>
        <BarChart
          data={rows}
          margin={{ ...plotMargin, right: 48 }}
          barGap={1}
          barCategoryGap="18%"
          accessibilityLayer={false}
        >
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
            allowDecimals={false}
            domain={[0, yTicks.at(-1)!]}
            ticks={yTicks}
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={40}
            label={axisLabel('runs / week')}
          />
          <Tooltip
            cursor={{ fill: 'rgba(23,32,46,0.06)' }}
            content={({ active, payload }) => {
              const w = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined
              if (!w) return null
              return (
                <TipBox
                  title={`Week of ${mediumDate(w.weekStart)}`}
                  lines={[
                    { label: 'Weighted runs', value: w.weightedRuns, color: colors.weighted },
                    { label: 'Unweighted runs', value: w.unweightedRuns, color: colors.unweighted },
                    { label: 'of which hill sprints', value: w.hillSprints, color: colors.hillSprints },
                    { label: 'of which intervals', value: w.intervals, color: colors.intervals },
                    { label: 'of which incline runs', value: w.incline, color: colors.incline }
                  ]}
                />
              )
            }}
          />
          <Bar
            dataKey="weightedRuns"
            name="Weighted runs"
            stackId="runs"
            fill={colors.weighted}
            className="series-weighted"
            isAnimationActive={false}
          />
          <Bar
            dataKey="unweightedRuns"
            name="Unweighted runs"
            stackId="runs"
            fill={colors.unweighted}
            className="series-unweighted"
            isAnimationActive={false}
          />
          <Bar
            dataKey="hillSprints"
            name="of which hill sprints"
            stackId="types"
            fill={colors.hillSprints}
            className="series-hill"
            isAnimationActive={false}
          />
          <Bar
            dataKey="intervals"
            name="of which intervals"
            stackId="types"
            fill={colors.intervals}
            className="series-intervals"
            isAnimationActive={false}
          />
          <Bar
            dataKey="incline"
            name="of which incline runs"
            stackId="types"
            fill={colors.incline}
            className="series-incline"
            isAnimationActive={false}
          />
          <ReferenceLine
            y={limit}
            stroke={colors.stop}
            strokeDasharray="5 4"
            ifOverflow="extendDomain"
            label={{ value: `limit ${limit}`, position: 'right', fontSize: 11, fill: colors.stop }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
