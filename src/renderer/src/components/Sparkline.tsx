interface Props {
  values: number[]
  /** Dashed line at this value (the weekly weighted limit). */
  limit?: number
  label: string
}

/** Twelve tiny bars: weighted runs per week, oldest to newest, with the weekly limit dashed. */
export const Sparkline = ({ values, limit, label }: Props) => {
  const w = 84
  const h = 22
  const max = Math.max(1, limit ?? 0, ...values)
  const bw = w / values.length
  return (
    <svg className="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      {values.map((v, i) => {
        const bh = v === 0 ? 1 : (v / max) * (h - 2)
        return (
          <rect
            key={i}
            x={i * bw + 1}
            y={h - bh}
            width={bw - 2}
            height={bh}
            className={v === 0 ? 'zero' : limit !== undefined && v > limit ? 'over' : 'bar'}
          />
        )
      })}
      {limit !== undefined && limit > 0 && (
        <line x1={0} x2={w} y1={h - (limit / max) * (h - 2)} y2={h - (limit / max) * (h - 2)} className="limit" />
      )}
    </svg>
  )
}
