// The weight ladder: weight per ankle as a step line (each step labelled in kg or lb), the minutes with
// weights on as bars (each labelled), and the week-start dates along the axis.
import { dayNumber } from '../../shared/calendar'
import { dayMonth } from '../../shared/dayFormat'
import { ladderAxis } from '../../shared/plan'
import { massToDisplay } from '../../shared/units'
import type { PackCtx } from './context'
import { K } from './kit'
import { contentWidth } from './paper'
import { COLOR, GRID, TYPE } from './theme'

export const LadderChart = ({ c }: { c: PackCtx }) => {
  const { Svg, Line, Rect, Polyline, Circle, G } = K()
  const SvgText = K().Text
  const { data } = c
  const mu = data.units.mass
  const font = { fontSize: TYPE.small, fontFamily: 'DejaVu Sans' }
  const W = contentWidth(c.paper)
  const H = 236
  const left = 46
  const right = 8
  const plotW = W - left - right
  const n = data.weekStarts.length
  const band = plotW / n
  const first = dayNumber(data.weekStarts[0])
  const topY = 22
  const topH = 92
  const botY = 150
  const botH = 58
  const kgValues = data.ladder.map((p) => massToDisplay(p.kg, mu))
  const { max: yMax, ticks } = ladderAxis(kgValues, mu)
  const minMax = Math.max(10, Math.ceil(Math.max(0, ...data.ladder.map((p) => p.weightedMin)) / 5) * 5)
  const xOf = (date: string) => left + (dayNumber(date) - first + 0.5) * (band / 7)
  const yKg = (v: number) => topY + topH - (v / yMax) * topH
  // One step line per run of consecutive weighted weeks: a deload or a gap breaks the line.
  const segments: string[][] = []
  data.ladder.forEach((p, i) => {
    const x = xOf(p.date)
    if (i === 0 || p.week - data.ladder[i - 1].week > 1) segments.push([])
    const seg = segments[segments.length - 1]
    if (seg.length > 0) seg.push(`${x},${yKg(kgValues[i - 1])}`)
    seg.push(`${x},${yKg(kgValues[i])}`)
  })
  const labelEvery = n > 10 ? 2 : 1
  const barW = Math.max(4, Math.min(12, band / 3))
  return (
    <Svg width={W} height={H}>
      {c.deload.map((d, i) =>
        d ? (
          <G key={`d${i}`}>
            <Rect x={left + i * band} y={topY} width={band} height={botY + botH - topY} fill={COLOR.fill} />
            <SvgText x={left + i * band + 2} y={topY + 9} style={font} fill={COLOR.muted}>
              off
            </SvgText>
          </G>
        ) : null
      )}
      <SvgText x={left} y={11} style={{ ...font, fontWeight: 'bold' }} fill={COLOR.ink}>
        {`Weight per ankle (${mu})`}
      </SvgText>
      {ticks.map((t) => (
        <G key={`t${t}`}>
          <Line x1={left} x2={W - right} y1={yKg(t)} y2={yKg(t)} stroke={COLOR.rule} strokeWidth={0.5} />
          <SvgText x={0} y={yKg(t) + 3} style={font} fill={COLOR.muted}>
            {`${t} ${mu}`}
          </SvgText>
        </G>
      ))}
      {segments.map((seg, k) =>
        seg.length > 1 ? (
          <Polyline key={`s${k}`} points={seg.join(' ')} stroke={COLOR.weight} strokeWidth={1.8} fill="none" />
        ) : null
      )}
      {data.ladder.map((p, i) => (
        <Circle key={`c${i}`} cx={xOf(p.date)} cy={yKg(kgValues[i])} r={2.3} fill={COLOR.weight} />
      ))}
      {data.ladder.map((p, i) =>
        i === 0 || kgValues[i] !== kgValues[i - 1] ? (
          <SvgText
            key={`l${i}`}
            x={xOf(p.date) - 4}
            y={yKg(kgValues[i]) - 6}
            style={{ ...font, fontWeight: 'bold' }}
            fill={COLOR.weight}
          >
            {`${kgValues[i]} ${mu}`}
          </SvgText>
        ) : null
      )}
      <SvgText x={left} y={botY - 16} style={{ ...font, fontWeight: 'bold' }} fill={COLOR.ink}>
        Minutes with weights on (each bar one run)
      </SvgText>
      <Line x1={left} x2={W - right} y1={botY + botH} y2={botY + botH} stroke={COLOR.grid} strokeWidth={GRID} />
      {data.ladder.map((p, i) => {
        const h = (p.weightedMin / minMax) * botH
        return (
          <G key={`b${i}`}>
            <Rect
              x={xOf(p.date) - barW / 2}
              y={botY + botH - h}
              width={barW}
              height={h}
              fill={COLOR.weightFill}
              stroke={COLOR.weight}
              strokeWidth={0.5}
            />
            <SvgText
              x={xOf(p.date) - String(p.weightedMin).length * TYPE.small * 0.3}
              y={botY + botH - h - 3}
              style={font}
              fill={COLOR.ink}
            >
              {String(p.weightedMin)}
            </SvgText>
          </G>
        )
      })}
      {data.weekStarts.map((w, i) =>
        i % labelEvery === 0 ? (
          <G key={`w${i}`}>
            <Line
              x1={left + i * band}
              x2={left + i * band}
              y1={botY + botH}
              y2={botY + botH + 4}
              stroke={COLOR.grid}
              strokeWidth={GRID}
            />
            <SvgText x={left + i * band + 1} y={H - 8} style={font} fill={COLOR.muted}>
              {dayMonth(w)}
            </SvgText>
          </G>
        ) : null
      )}
      <SvgText x={0} y={H - 8} style={font} fill={COLOR.muted}>
        Week of
      </SvgText>
    </Svg>
  )
}
