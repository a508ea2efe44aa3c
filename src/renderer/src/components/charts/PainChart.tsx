import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { AthleteDashboard, ChartRange } from '../../../../shared/contract/dashboard'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { dayNumber, mediumDate, rangePhrase, shortDateOfDay, sparseTicks } from './format'
import { ThinnedNote } from './ThinnedNote'
import { axisLabel, axisTick, plotMargin, PLOT_HEIGHT, TipBox } from './Tip'

interface Point {
  day: number
  date: string
  pain: number | null
  painNextMorning: number | null
}

type DotProps = { cx?: number; cy?: number; index?: number; value?: number | null }

/** Only sessions where that pain was logged get a mark; a hollow square for next morning so the two differ without colour. */
const duringDot = (p: DotProps) =>
  p.cx === undefined || p.cy === undefined || p.value === null || p.value === undefined ? (
    <g key={p.index} />
  ) : (
    <circle
      key={p.index}
      className="pain-dot pain-during"
      cx={p.cx}
      cy={p.cy}
      r={4}
      fill={colors.painDuring}
      stroke="#fff"
      strokeWidth={1}
    />
  )
const morningDot = (p: DotProps) =>
  p.cx === undefined || p.cy === undefined || p.value === null || p.value === undefined ? (
    <g key={p.index} />
  ) : (
    <rect
      key={p.index}
      className="pain-dot pain-morning"
      x={p.cx - 4}
      y={p.cy - 4}
      width={8}
      height={8}
      fill="#fff"
      stroke={colors.painMorning}
      strokeWidth={2}
    />
  )

export const PainChart = ({ data, range, summary }: { data: AthleteDashboard; range: ChartRange; summary: string }) => {
  const points: Point[] = data.pain.map((p) => ({
    day: dayNumber(p.date),
    date: p.date,
    pain: p.pain,
    painNextMorning: p.painNextMorning
  }))
  const ticks = sparseTicks(data.weekly.map((w) => dayNumber(w.weekStart)))
  const anyMorning = points.some((p) => p.painNextMorning !== null)
  return (
    <ChartCard
      chart="pain"
      title="Pain"
      summary={summary}
      empty={points.length ? null : `No pain scores logged ${rangePhrase(range)}.`}
      description="Pain during the session and the next morning, 0 to 10, with lines at 3 and 5."
      note={
        <ThinnedNote
          shown={points.length}
          of={data.pointsBefore.pain}
          what="sessions with pain scores"
          kept="the highest pain during and next morning"
        />
      }
      legend={[
        { label: 'Pain during (0–10)', color: colors.painDuring, mark: 'dot' },
        {
          label: anyMorning ? 'Pain next morning (0–10)' : 'Pain next morning: none logged',
          color: colors.painMorning,
          mark: 'dashed'
        },
        { label: 'caution from 3', color: '#c77c00', mark: 'dashed' },
        { label: 'stop above 5', color: colors.stop, mark: 'dashed' }
      ]}
      table={{
        columns: [
          { label: 'Date' },
          { label: 'Pain during', numeric: true },
          { label: 'Pain next morning', numeric: true }
        ],
        rows: points.map((p) => [mediumDate(p.date), p.pain ?? '–', p.painNextMorning ?? '–'])
      }}
    >
      <ResponsiveContainer width="100%" height={PLOT_HEIGHT}>
        <ComposedChart data={points} margin={{ ...plotMargin, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis
            dataKey="day"
            type="number"
            domain={[dayNumber(data.from), dayNumber(data.to)]}
            padding={{ left: 8, right: 10 }}
            ticks={ticks}
            tickFormatter={shortDateOfDay}
            tick={axisTick}
            tickLine={false}
          />
          <YAxis
            domain={[0, 10]}
            ticks={[0, 2, 4, 6, 8, 10]}
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={40}
            label={axisLabel('pain 0–10')}
          />
          <ReferenceLine
            y={3}
            stroke="#c77c00"
            strokeDasharray="5 4"
            label={{ value: '3', position: 'right', fontSize: 11, fill: '#8a5a00' }}
          />
          <ReferenceLine
            y={5}
            stroke={colors.stop}
            strokeDasharray="5 4"
            label={{ value: '5', position: 'right', fontSize: 11, fill: colors.stop }}
          />
          <Tooltip
            cursor={{ stroke: colors.axis, strokeDasharray: '3 3' }}
            content={({ active, payload }) => {
              const p = active ? (payload?.[0]?.payload as Point | undefined) : undefined
              if (!p) return null
              return (
                <TipBox
                  title={mediumDate(p.date)}
                  lines={[
                    {
                      label: 'Pain during',
                      value: p.pain === null ? 'not logged' : `${p.pain}/10`,
                      color: colors.painDuring
                    },
                    {
                      label: 'Pain next morning',
                      value: p.painNextMorning === null ? 'not logged' : `${p.painNextMorning}/10`,
                      color: colors.painMorning
                    }
                  ]}
                />
              )
            }}
          />
          <Line
            dataKey="pain"
            name="Pain during"
            stroke={colors.painDuring}
            strokeWidth={2}
            connectNulls
            dot={duringDot}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="painNextMorning"
            name="Pain next morning"
            stroke={colors.painMorning}
            strokeWidth={2}
            strokeDasharray="5 3"
            connectNulls
            dot={morningDot}
            activeDot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
