// Tooltip body shared by the charts: a heading and label/value lines, values in the coach's units.
import type { ReactNode } from 'react'
import { colors } from './colors'

export interface TipLine {
  label: string
  value: ReactNode
  color?: string
}

export const TipBox = ({ title, lines }: { title: string; lines: TipLine[] }) => (
  <div className="chart-tip">
    <p className="chart-tip-title">{title}</p>
    <dl>
      {lines.map((l) => (
        <div key={l.label}>
          <dt>
            {l.color && <span className="chart-tip-swatch" style={{ background: l.color }} aria-hidden="true" />}
            {l.label}
          </dt>
          <dd>{l.value}</dd>
        </div>
      ))}
    </dl>
  </div>
)

/** Props every cartesian axis shares: small grey ticks, no tick marks. */
export const axisTick = { fontSize: 11, fill: colors.axis }
export const axisLabel = (
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
export const plotMargin = { top: 14, right: 12, bottom: 4, left: 4 }
export const PLOT_HEIGHT = 230
