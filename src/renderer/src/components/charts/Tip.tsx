// Tooltip body shared by the charts: a heading and label/value lines, values in the coach's units.
import type { ReactNode } from 'react'

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
