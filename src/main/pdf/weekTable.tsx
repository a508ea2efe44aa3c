// The week-by-week pages: each week whole on one page, each session with its date (never wrapped),
// type, minutes, distance, weights and what to do. A week too tall for one sheet (long texts, many
// marked sessions) continues on the next sheet between sessions, under the mark (never a blank sheet).
import { addDays } from '../../shared/calendar'
import { sessionTypeLabels } from '../../shared/domain'
import type { PackCtx } from './context'
import { sessionMarkText } from './context'
import { fmtDay, fmtRange } from './dates'
import { K } from './kit'
import { tableColumns } from './layout'
import { Footer, MarkBanner, sheet } from './parts'
import { COLOR, TYPE } from './theme'

const WeekTable = ({ c, i, tall }: { c: PackCtx; i: number; tall: boolean }) => {
  const { View, Text } = K()
  const { st } = c
  const cols = tableColumns(c.paper)
  const start = c.data.weekStarts[i]
  const heads: [string, number][] = [
    ['Day', cols.day],
    ['Session', cols.session],
    ['Time', cols.time],
    ['Distance', cols.distance],
    ['Weights', cols.weights],
    ['What to do', cols.what]
  ]
  return (
    <View wrap={tall} style={{ marginTop: 8 }}>
      <View
        style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginBottom: 3 }}
        minPresenceAhead={60}
      >
        <Text style={st.h3}>
          Week {i + 1} <Text style={st.muted}>· {fmtRange(start, addDays(start, 6))}</Text>
        </Text>
        {c.deload[i] && <Text style={{ color: COLOR.weight, fontSize: TYPE.small }}>No ankle weights this week</Text>}
      </View>
      <View style={st.th} minPresenceAhead={40}>
        {heads.map(([label, width]) => (
          <Text key={label} style={[st.cell, { width }]}>
            {label}
          </Text>
        ))}
      </View>
      {c.byWeek[i].length === 0 && <Text style={[st.cell, st.muted]}>Rest week: no planned sessions.</Text>}
      {c.byWeek[i].map((s) => {
        const m = c.markOf(s)
        return (
          <View key={s.id} style={st.tr} wrap={false}>
            <Text style={[st.cell, { width: cols.day }]}>{fmtDay(s.date)}</Text>
            <Text style={[st.cell, { width: cols.session, fontWeight: 'bold' }]}>{sessionTypeLabels[s.type]}</Text>
            <Text style={[st.cell, { width: cols.time }]}>{s.durationMin} min</Text>
            <Text style={[st.cell, { width: cols.distance }]}>{c.dist(s.distanceKm)}</Text>
            <Text style={[st.cell, { width: cols.weights, color: s.ankleWeightKg > 0 ? COLOR.weight : COLOR.muted }]}>
              {s.ankleWeightKg > 0 ? `${c.mass(s.ankleWeightKg)} × ${s.weightedMin} min` : 'none'}
            </Text>
            <View style={[st.cell, { width: cols.what }]}>
              {m && <Text style={st.rowMark}>{sessionMarkText(m)}</Text>}
              {c.lines(s).map((line, k) => (
                <Text key={k}>{line}</Text>
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}

/** `tall`: the weeks estimated too tall for one sheet, which may continue onto the next. */
export const WeekPages = ({ c, pages, tall }: { c: PackCtx; pages: number[][]; tall: ReadonlySet<number> }) => {
  const { Page, Text } = K()
  return (
    <>
      {pages.map((weeks, p) => (
        <Page
          key={`t${p}`}
          size={c.paper.size === 'A4' ? 'A4' : 'LETTER'}
          {...sheet(
            c,
            weeks.some((i) => tall.has(i))
          )}
        >
          {weeks.some((i) => c.weekMarked[i]) && <MarkBanner c={c} fixed={weeks.some((i) => tall.has(i))} />}
          {p === 0 && <Text style={c.st.h2}>Week by week</Text>}
          {weeks.map((i) => (
            <WeekTable key={i} c={c} i={i} tall={tall.has(i)} />
          ))}
          <Footer c={c} />
        </Page>
      ))}
    </>
  )
}
