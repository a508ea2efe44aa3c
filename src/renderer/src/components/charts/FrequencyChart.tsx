import { memo } from 'react'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { mediumDate, niceTicks, rangePhrase, sparseTicks } from './format'
import { BarSeries, type ChartProps, ChartTooltip, LimitLine, Plot, ValueAxis, WeekAxis } from './parts'

type Week = ChartProps['data']['weekly'][number]

/*
 * Honest encoding: a hill sprint, interval or incline session is also a run, so it is already counted
 * in "weighted" or "unweighted runs". Stacking all five would count those sessions twice and make a
 * week look busier than it was. So each week gets two bars side by side:
 *   left  = all runs, split weighted (bottom, so it reads against the weighted limit) / unweighted;
 *   right = "of which": the hill sprints, intervals and incline runs among those same runs.
 * The legend says so in words. One list of the five series draws the bars, the key and the tooltip.
 */
const series = [
  { key: 'weightedRuns', name: 'Weighted runs', stack: 'runs', color: colors.weighted, className: 'series-weighted' },
  {
    key: 'unweightedRuns',
    name: 'Unweighted runs',
    stack: 'runs',
    color: colors.unweighted,
    className: 'series-unweighted'
  },
  {
    key: 'hillSprints',
    name: 'of which hill sprints',
    stack: 'types',
    color: colors.hillSprints,
    className: 'series-hill'
  },
  {
    key: 'intervals',
    name: 'of which intervals',
    stack: 'types',
    color: colors.intervals,
    className: 'series-intervals'
  },
  { key: 'incline', name: 'of which incline runs', stack: 'types', color: colors.incline, className: 'series-incline' }
] as const satisfies readonly { key: keyof Week; name: string; stack: string; color: string; className: string }[]

const FrequencyChartView = ({ data, range, summary }: ChartProps) => {
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
        ...series.map((s) => ({ label: s.name, color: s.color, mark: 'bar' as const })),
        { label: `Weighted limit ${limit} a week`, color: colors.stop, mark: 'dashed' }
      ]}
      thinned={{ shown: rows.length, of: data.pointsBefore.weekly }}
      note={
        anyRuns && (
          <p className="chart-note">
            Left bar: all runs of the week. Right bar: the hill sprints, intervals and incline runs among them (already
            counted on the left).
          </p>
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
        rows: rows.map((w) => [mediumDate(w.weekStart), ...series.map((s) => w[s.key])])
      }}
    >
      <Plot data={rows} margin={{ right: 48 }} barGap={1} barCategoryGap="18%">
        <WeekAxis dataKey="weekStart" ticks={ticks} />
        <ValueAxis ticks={yTicks} label="runs / week" width={40} allowDecimals={false} />
        <ChartTooltip<Week>
          cursor="band"
          tip={(w) => ({
            title: `Week of ${mediumDate(w.weekStart)}`,
            lines: series.map((s) => ({ label: s.name, value: w[s.key], color: s.color }))
          })}
        />
        {series.map((s) => (
          <BarSeries
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId={s.stack}
            color={s.color}
            className={s.className}
          />
        ))}
        <LimitLine y={limit} tone="stop" label={`limit ${limit}`} extend />
      </Plot>
    </ChartCard>
  )
}

/** Memoised: a refetch that brings the same data (or a re-render of the page) does not redraw it. */
export const FrequencyChart = memo(FrequencyChartView)
