import { memo } from 'react'
import { ReferenceArea } from 'recharts'
import type { Severity } from '../../../../shared/rules'
import type { MassUnit } from '../../../../shared/units'
import { formatMass, massValue as massToDisplay, percent } from '../../lib/format'
import { ChartCard, type LegendItem } from './ChartCard'
import { colors, severityColor, severityText } from './colors'
import { dayNumber, mediumDate, niceTicks, rangePhrase, sparseTicks } from './format'
import { type ChartProps, ChartTooltip, DayAxis, LimitLine, LineSeries, markWhere, Plot, ValueAxis } from './parts'

interface Point {
  day: number
  date: string
  weight: number
  kg: number
  percentBodyMass: number | null
  weightedMin: number
  severity: Severity | null
}

/** A different shape per severity as well as a colour, so the marks read without colour. */
const SeverityMark = ({ cx, cy, severity }: { cx: number; cy: number; severity: Severity | null }) => {
  const fill = severityColor(severity)
  const common = {
    className: 'weight-dot',
    'data-severity': severity ?? 'none',
    fill,
    stroke: '#fff',
    strokeWidth: 1.5
  }
  if (severity === 'stop') return <rect x={cx - 5} y={cy - 5} width={10} height={10} {...common} />
  if (severity === 'caution')
    return <path d={`M${cx} ${cy - 6.5} L${cx + 6} ${cy + 4.5} L${cx - 6} ${cy + 4.5} Z`} {...common} />
  if (severity === 'info')
    return <path d={`M${cx} ${cy - 6} L${cx + 6} ${cy} L${cx} ${cy + 6} L${cx - 6} ${cy} Z`} {...common} />
  return <circle cx={cx} cy={cy} r={5} {...common} />
}

/** Each session's mark, by its worst warning. */
const severityDot = markWhere<Point>((x, y, key, p) => <SeverityMark key={key} cx={x} cy={y} severity={p.severity} />)

const WeightChartView = ({ data, range, unit, summary }: ChartProps & { unit: MassUnit }) => {
  const points: Point[] = data.weights.map((w) => ({
    day: dayNumber(w.date),
    date: w.date,
    weight: massToDisplay(w.kg, unit),
    kg: w.kg,
    percentBodyMass: w.percentBodyMass,
    weightedMin: w.weightedMin,
    severity: w.severity
  }))
  const aw1 = data.aw1CautionKg === null ? null : massToDisplay(data.aw1CautionKg, unit)
  const aw2Caution = massToDisplay(data.aw2CautionKg, unit)
  const aw2Stop = massToDisplay(data.aw2StopKg, unit)
  const yTicks = niceTicks(Math.max(aw2Stop, aw1 ?? 0, ...points.map((p) => p.weight)) * 1.05, 5)
  const yMax = yTicks.at(-1)!
  const ticks = sparseTicks(data.weekly.map((w) => dayNumber(w.weekStart)))
  const seen = new Set(points.map((p) => p.severity ?? 'none'))
  const legend: LegendItem[] = [
    { label: `Ankle weight (${unit} per ankle)`, color: colors.weighted, mark: 'line' },
    ...(aw1 !== null
      ? [
          {
            label: `AW1 caution zone: over ${formatMass(data.aw1CautionKg!, unit)} (share of body mass)`,
            color: colors.cautionBand,
            mark: 'band' as const
          }
        ]
      : []),
    { label: `AW2 caution over ${formatMass(data.aw2CautionKg, unit)}`, color: colors.cautionLine, mark: 'dashed' },
    { label: `AW2 stop over ${formatMass(data.aw2StopKg, unit)}`, color: colors.stop, mark: 'dashed' },
    // Only the severities that occur, so the key never lists marks the chart does not show.
    ...(seen.has('none') ? [{ label: 'Session without warning', color: colors.none, mark: 'dot' as const }] : []),
    ...(seen.has('info') ? [{ label: 'Worst warning: note', color: colors.info, mark: 'diamond' as const }] : []),
    ...(seen.has('caution')
      ? [{ label: 'Worst warning: caution', color: colors.caution, mark: 'triangle' as const }]
      : []),
    ...(seen.has('stop') ? [{ label: 'Worst warning: stop', color: colors.stop, mark: 'square' as const }] : [])
  ]
  return (
    <ChartCard
      chart="weights"
      title="Weight progression"
      summary={summary}
      empty={points.length ? null : `No weighted sessions ${rangePhrase(range)}.`}
      description={`Ankle weight per weighted session in ${unit} per ankle, with the caution and stop limits; each point marked by its worst warning.`}
      legend={legend}
      thinned={{ shown: points.length, of: data.pointsBefore.weights }}
      note={
        data.aw1CautionKg === null && (
          <p className="chart-note warn">
            Body mass is not set, so the body-mass ceiling (AW1) cannot be drawn; AW1 stops every weighted session until
            it is set.
          </p>
        )
      }
      table={{
        columns: [
          { label: 'Date' },
          { label: `Weight per ankle (${unit})`, numeric: true },
          { label: '% of body mass (both ankles)', numeric: true },
          { label: 'Weighted minutes', numeric: true },
          { label: 'Worst warning' }
        ],
        rows: points.map((p) => [
          mediumDate(p.date),
          p.weight,
          p.percentBodyMass === null ? '–' : percent(p.percentBodyMass),
          p.weightedMin,
          severityText(p.severity)
        ])
      }}
    >
      <Plot data={points} margin={{ right: 74 }}>
        {aw1 !== null && aw1 < yMax && (
          <ReferenceArea
            y1={aw1}
            y2={yMax}
            fill={colors.cautionBand}
            fillOpacity={0.55}
            stroke="none"
            label={{
              value: 'AW1 caution: too heavy for body mass',
              position: 'insideBottomLeft',
              fontSize: 11,
              fill: colors.cautionText
            }}
          />
        )}
        <DayAxis data={data} ticks={ticks} />
        <ValueAxis ticks={yTicks} label={`${unit} per ankle`} />
        <LimitLine y={aw2Caution} tone="caution" label={`caution ${aw2Caution}`} />
        <LimitLine y={aw2Stop} tone="stop" label={`stop ${aw2Stop}`} />
        <ChartTooltip<Point>
          cursor="rule"
          tip={(p) => ({
            title: mediumDate(p.date),
            lines: [
              { label: 'Weight per ankle', value: formatMass(p.kg, unit) },
              {
                label: '% of body mass',
                value: p.percentBodyMass === null ? 'body mass not set' : percent(p.percentBodyMass)
              },
              { label: 'Weighted minutes', value: `${p.weightedMin} min` },
              { label: 'Worst warning', value: severityText(p.severity), color: severityColor(p.severity) }
            ]
          })}
        />
        <LineSeries
          dataKey="weight"
          name="Ankle weight"
          type="stepAfter"
          color={colors.weighted}
          width={2.5}
          dot={severityDot}
          activeDot={{ r: 7, fill: 'none', stroke: colors.acwr, strokeWidth: 1.5 }}
        />
      </Plot>
    </ChartCard>
  )
}

/** Memoised: a refetch that brings the same data (or a re-render of the page) does not redraw it. */
export const WeightChart = memo(WeightChartView)
