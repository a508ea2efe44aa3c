import { memo } from 'react'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { dayNumber, mediumDate, rangePhrase, sparseTicks } from './format'
import { type ChartProps, ChartTooltip, DayAxis, LimitLine, LineSeries, markWhere, Plot, ValueAxis } from './parts'

interface Point {
  day: number
  date: string
  pain: number | null
  painNextMorning: number | null
}

/** Only sessions where that pain was logged get a mark; a hollow square for next morning so the two differ without colour. */
const duringDot = markWhere<Point>((x, y, key) => (
  <circle
    key={key}
    className="pain-dot pain-during"
    cx={x}
    cy={y}
    r={4}
    fill={colors.painDuring}
    stroke="#fff"
    strokeWidth={1}
  />
))
const morningDot = markWhere<Point>((x, y, key) => (
  <rect
    key={key}
    className="pain-dot pain-morning"
    x={x - 4}
    y={y - 4}
    width={8}
    height={8}
    fill="#fff"
    stroke={colors.painMorning}
    strokeWidth={2}
  />
))

const PainChartView = ({ data, range, summary }: ChartProps) => {
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
      thinned={{ shown: points.length, of: data.pointsBefore.pain }}
      legend={[
        { label: 'Pain during (0–10)', color: colors.painDuring, mark: 'dot' },
        {
          label: anyMorning ? 'Pain next morning (0–10)' : 'Pain next morning: none logged',
          color: colors.painMorning,
          mark: 'dashed'
        },
        { label: 'caution from 3', color: colors.cautionLine, mark: 'dashed' },
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
      <Plot data={points} margin={{ right: 24 }}>
        <DayAxis data={data} ticks={ticks} />
        <ValueAxis ticks={[0, 2, 4, 6, 8, 10]} label="pain 0–10" width={40} />
        <LimitLine y={3} tone="caution" label="3" />
        <LimitLine y={5} tone="stop" label="5" />
        <ChartTooltip<Point>
          cursor="rule"
          tip={(p) => ({
            title: mediumDate(p.date),
            lines: [
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
            ]
          })}
        />
        <LineSeries
          dataKey="pain"
          name="Pain during"
          color={colors.painDuring}
          connectNulls
          dot={duringDot}
          activeDot={false}
        />
        <LineSeries
          dataKey="painNextMorning"
          name="Pain next morning"
          color={colors.painMorning}
          strokeDasharray="5 3"
          connectNulls
          dot={morningDot}
          activeDot={false}
        />
      </Plot>
    </ChartCard>
  )
}

/** Memoised: a refetch that brings the same data (or a re-render of the page) does not redraw it. */
export const PainChart = memo(PainChartView)
