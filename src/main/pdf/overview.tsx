// The whole plan on one page: one row per week, one column per weekday, each run with its minutes,
// distance and ankle weights. Sessions the rules did not clear have a red frame.
import { addDays } from '../../shared/calendar'
import { dayMonth, weekdayShortNames } from '../../shared/dayFormat'
import type { SessionTypeName } from '../../shared/domain'
import { weekday } from '../../shared/calendar'
import { isMarked } from '../../shared/plan/mark'
import type { PackCtx } from './context'
import { K } from './kit'
import { contentHeight, contentWidth } from './paper'
import { Footer, sheet } from './parts'
import { COLOR, GRID, TYPE } from './theme'

const SHORT: Record<SessionTypeName, string> = {
  easy: 'Easy',
  long: 'Long run',
  tempo: 'Tempo',
  interval: 'Intervals',
  hill_sprint: 'Hill sprints',
  incline: 'Incline',
  race: 'Race',
  cross: 'Cross-train'
}

export const Overview = ({ c }: { c: PackCtx }) => {
  const { Page, View, Text } = K()
  const { data, st } = c
  const n = data.weekStarts.length
  const labelW = 44
  const dayW = (contentWidth(c.paper) - labelW) / 7
  const rowH = Math.min(54, Math.floor((contentHeight(c.paper) - 96) / n))
  const firstDay = weekday(data.weekStarts[0])
  const cellText = { fontSize: TYPE.table, lineHeight: 1.15 }
  return (
    // Rows share the sheet's height (rowH), so the page is one sheet by construction.
    <Page size={c.paper.size === 'A4' ? 'A4' : 'LETTER'} {...sheet(c, false)}>
      <Text style={st.kicker}>The whole plan</Text>
      <Text style={st.h2}>
        {data.plan.weeks} weeks at a glance · {fmtShort(data.weekStarts[0])} to{' '}
        {fmtShort(addDays(data.weekStarts[n - 1], 6))}
      </Text>
      <View style={[st.th, { marginTop: 4 }]}>
        <Text style={[st.cell, { width: labelW }]}>Week</Text>
        {Array.from({ length: 7 }, (_, d) => (
          <Text key={d} style={[st.cell, { width: dayW, borderLeftWidth: GRID, borderColor: COLOR.rule }]}>
            {weekdayShortNames[(firstDay + d) % 7]}
          </Text>
        ))}
      </View>
      {data.weekStarts.map((start, w) => (
        <View
          key={start}
          style={{
            flexDirection: 'row',
            height: rowH,
            borderBottomWidth: GRID,
            borderColor: COLOR.rule,
            backgroundColor: c.deload[w] ? COLOR.fill : undefined
          }}
        >
          <View style={[st.cell, { width: labelW }]}>
            <Text style={{ ...cellText, fontWeight: 'bold' }}>{`W${w + 1}`}</Text>
            <Text style={[cellText, st.muted]}>{dayMonth(start)}</Text>
          </View>
          {Array.from({ length: 7 }, (_, d) => {
            const date = addDays(start, d)
            const day = c.byWeek[w].filter((s) => s.date === date)
            return (
              <View
                key={d}
                style={{
                  width: dayW,
                  borderLeftWidth: GRID,
                  borderColor: COLOR.rule,
                  paddingHorizontal: 2.5,
                  paddingVertical: 2
                }}
              >
                <Text style={[cellText, st.muted]}>{Number(date.slice(8, 10))}</Text>
                {day.map((s) => (
                  <View
                    key={s.id}
                    style={c.markOf(s) ? { borderWidth: 1.2, borderColor: COLOR.danger, paddingHorizontal: 1 } : {}}
                  >
                    <Text style={{ ...cellText, fontWeight: 'bold' }}>{SHORT[s.type]}</Text>
                    <Text style={cellText}>
                      {s.durationMin} min{s.distanceKm ? ` ${c.dist(s.distanceKm)}` : ''}
                    </Text>
                    {s.ankleWeightKg > 0 && (
                      <Text
                        style={{ ...cellText, color: COLOR.weight }}
                      >{`${c.mass(s.ankleWeightKg)} ${s.weightedMin}′`}</Text>
                    )}
                  </View>
                ))}
              </View>
            )
          })}
        </View>
      ))}
      <Text style={[st.muted, { marginTop: 6 }]}>
        Orange: ankle weights per ankle and minutes with them on (′ = minutes). Shaded weeks have no weights.
        {isMarked(data.mark)
          ? ' A red frame: a session the safety rules flagged; see its week and talk to your coach first.'
          : ''}
      </Text>
      <Footer c={c} />
    </Page>
  )
}

const fmtShort = (iso: string) => `${dayMonth(iso)} ${iso.slice(0, 4)}`
