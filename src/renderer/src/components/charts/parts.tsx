// The building blocks every athlete chart draws with: one plot frame, one week or day axis, one value
// axis, one dashed limit line, one tooltip and one series mark. Recharts 3 renders its parts from
// any component, so these wrap them with the settings the six charts share (and keep them alike).
import type { ComponentProps, ReactElement, ReactNode } from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import type { AthleteDashboard, ChartRange } from '../../../../shared/contract/dashboard'
import { colors } from './colors'
import { dayNumber, shortDate, shortDateOfDay } from './format'
import { TipBox, type TipLine } from './Tip'

/** Props every cartesian axis shares: small grey ticks, no tick marks. */
export const axisTick = { fontSize: 11, fill: colors.axis }
const axisLabel = (
  value: string,
  angle = -90,
  position: 'insideLeft' | 'insideRight' | 'insideBottom' = 'insideLeft'
) => ({
  value,
  angle,
  position,
  style: { fontSize: 11, fill: colors.axis, textAnchor: 'middle' as const }
})
/** Reused margins so the six plots line up. */
const plotMargin = { top: 14, right: 12, bottom: 4, left: 4 }
const PLOT_HEIGHT = 230

/** What each athlete chart is given: the dashboard, the range it covers and its one-line summary. */
export interface ChartProps {
  data: AthleteDashboard
  range: ChartRange
  summary: string
}

interface PlotProps {
  data: readonly object[]
  /** Room to add to the shared margins (a right axis or labels beside the limit lines). */
  margin?: Partial<typeof plotMargin>
  barGap?: number
  barCategoryGap?: string
  height?: number
  children: ReactNode
}

/** The plot: the same height, margins and horizontal grid lines in every chart. */
export const Plot = ({ data, margin, barGap, barCategoryGap, height = PLOT_HEIGHT, children }: PlotProps) => (
  <ResponsiveContainer width="100%" height={height}>
    <ComposedChart
      data={data as object[]}
      margin={{ ...plotMargin, ...margin }}
      barGap={barGap}
      barCategoryGap={barCategoryGap}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke={colors.grid} />
      {children}
    </ComposedChart>
  </ResponsiveContainer>
)

/** One category per week (or per day), labelled with a few of them (see sparseTicks). */
export const WeekAxis = ({ dataKey, ticks }: { dataKey: string; ticks: string[] }) => (
  <XAxis dataKey={dataKey} ticks={ticks} interval={0} tickFormatter={shortDate} tick={axisTick} tickLine={false} />
)

/** Days as numbers from the range's first to its last day, so points sit at their date. */
export const DayAxis = ({ data, ticks }: { data: AthleteDashboard; ticks: number[] }) => (
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
)

interface ValueAxisProps {
  /** Round ticks from 0 (niceTicks); the last one is the top of the axis. */
  ticks: number[]
  label: string
  id?: string
  /** A second axis on the right, for a line over bars. */
  right?: boolean
  width?: number
  hide?: boolean
  allowDecimals?: boolean
}

export const ValueAxis = ({ ticks, label, id, right = false, width = 44, hide, allowDecimals }: ValueAxisProps) => (
  <YAxis
    yAxisId={id}
    orientation={right ? 'right' : 'left'}
    hide={hide}
    allowDecimals={allowDecimals}
    domain={[0, ticks.at(-1)!]}
    ticks={ticks}
    tick={axisTick}
    tickLine={false}
    axisLine={false}
    width={width}
    label={right ? axisLabel(label, 90, 'insideRight') : axisLabel(label)}
  />
)

/** A rule's threshold: a dashed line labelled at its right end, amber for a caution, red for a stop. */
export const LimitLine = ({
  y,
  tone,
  label,
  extend = false
}: {
  y: number
  tone: 'caution' | 'stop'
  label: string
  /** Stretch the axis so the line shows even above every value. */
  extend?: boolean
}) => (
  <ReferenceLine
    y={y}
    stroke={tone === 'stop' ? colors.stop : colors.cautionLine}
    strokeDasharray="5 4"
    ifOverflow={extend ? 'extendDomain' : undefined}
    label={{ value: label, position: 'right', fontSize: 11, fill: tone === 'stop' ? colors.stop : colors.cautionText }}
  />
)

/**
 * The tooltip of a hovered week, day or session: `tip` turns its row into a title and lines. A band
 * behind bars, a dashed rule over points.
 */
export const ChartTooltip = <Row,>({
  cursor,
  tip
}: {
  cursor: 'band' | 'rule'
  tip: (row: Row) => { title: string; lines: TipLine[] }
}) => (
  <Tooltip
    cursor={cursor === 'band' ? { fill: 'rgba(23,32,46,0.06)' } : { stroke: colors.axis, strokeDasharray: '3 3' }}
    content={({ active, payload }) => {
      const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined
      return row ? <TipBox {...tip(row)} /> : null
    }}
  />
)

export interface DotProps<P = unknown> {
  cx?: number
  cy?: number
  index?: number
  value?: number | null
  payload?: P
}

/**
 * A line's custom mark, drawn only where the point has a value (recharts wants an element for every
 * point: the others get an empty group).
 */
export const markWhere =
  <P,>(draw: (x: number, y: number, key: number | undefined, point: P) => ReactElement) =>
  (p: DotProps<P>): ReactElement =>
    p.cx === undefined || p.cy === undefined || p.value === null || p.value === undefined || p.payload === undefined ? (
      <g key={p.index} />
    ) : (
      draw(p.cx, p.cy, p.index, p.payload)
    )

/* Series are drawn at once, never animated: what shows is the data (and a test can count the marks). */

/** A bar series in its colour. */
export const BarSeries = ({ color, ...props }: Omit<ComponentProps<typeof Bar>, 'ref'> & { color: string }) => (
  <Bar fill={color} isAnimationActive={false} {...props} />
)

/** A line series in its colour, 2 px unless `width` says otherwise. */
export const LineSeries = ({
  color,
  width = 2,
  ...props
}: Omit<ComponentProps<typeof Line>, 'ref'> & { color: string; width?: number }) => (
  <Line stroke={color} strokeWidth={width} isAnimationActive={false} {...props} />
)
