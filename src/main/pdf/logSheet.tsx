// Log sheets, two weeks a page: a row per planned run and one for an extra run, with pain and where it
// hurts, and the RPE and pain scale anchors at the foot of every page.
import { addDays } from '../../shared/calendar'
import type { PlannedSession } from '../../shared/plan'
import type { PackCtx } from './context'
import { sessionMarkText } from './context'
import { fmtDay, fmtRange } from './dates'
import { K } from './kit'
import { LOG_ROW_MIN, logColumns } from './layout'
import { Footer, MarkBanner, sheet } from './parts'
import { PAIN_ANCHORS, RPE_ANCHORS } from './text'
import { COLOR, GRID, TYPE } from './theme'

const LogWeek = ({ c, i }: { c: PackCtx; i: number }) => {
  const { View, Text } = K()
  const { st } = c
  const cols = logColumns(c.paper)
  const start = c.data.weekStarts[i]
  const du = c.data.units.distance
  const heads: [string, number][] = [
    ['Day', cols.day],
    ['Planned', cols.planned],
    ['Done', cols.done],
    ['Min', cols.minutes],
    [`Dist (${du})`, cols.distance],
    ['Weights min', cols.weighted],
    ['RPE 1-10', cols.rpe],
    ['Pain 0-10', cols.pain],
    ['Pain where?', cols.where],
    ['Pain next morning', cols.morning],
    ['Form OK?', cols.form],
    ['Notes', cols.notes]
  ]
  const rows: (PlannedSession | null)[] = [...c.byWeek[i], null]
  const grid = { borderRightWidth: GRID, borderColor: COLOR.grid }
  return (
    <View wrap={false} style={{ marginTop: 8 }}>
      <Text style={st.h3}>
        Week {i + 1} · {fmtRange(start, addDays(start, 6))}
        {c.deload[i] ? ' · no ankle weights this week' : ''}
      </Text>
      <View style={[st.th, { borderColor: COLOR.grid, borderLeftWidth: GRID, marginTop: 2 }]}>
        {heads.map(([label, width]) => (
          <Text key={label} style={[st.cell, grid, { width }]}>
            {label}
          </Text>
        ))}
      </View>
      {rows.map((s, r) => {
        const m = s ? c.markOf(s) : undefined
        return (
          <View
            key={r}
            style={[st.tr, { minHeight: LOG_ROW_MIN, borderColor: COLOR.grid, borderLeftWidth: GRID }]}
            wrap={false}
          >
            <Text style={[st.cell, grid, { width: cols.day }]}>{s ? fmtDay(s.date) : ''}</Text>
            <View style={[st.cell, grid, { width: cols.planned }]}>
              <Text>{s ? c.planned(s) : 'Extra run'}</Text>
              {m && <Text style={st.rowMark}>{sessionMarkText(m)}</Text>}
            </View>
            {heads.slice(2).map(([label, width]) => (
              <Text key={label} style={[st.cell, grid, { width }]}>
                {' '}
              </Text>
            ))}
          </View>
        )
      })}
    </View>
  )
}

const Anchors = ({ c }: { c: PackCtx }) => {
  const { View, Text } = K()
  const box = { flex: 1, borderWidth: GRID, borderColor: COLOR.grid, padding: 5 }
  return (
    <View style={{ flexDirection: 'row', marginTop: 10, fontSize: TYPE.table }} wrap={false}>
      <View style={[box, { marginRight: 6 }]}>
        <Text style={{ fontWeight: 'bold' }}>RPE: how hard it felt</Text>
        {RPE_ANCHORS.map(([band, feel, talk]) => (
          <Text key={band}>
            {band}: {feel}, {talk}
          </Text>
        ))}
      </View>
      <View style={box}>
        <Text style={{ fontWeight: 'bold' }}>Pain: 0 to 10</Text>
        {PAIN_ANCHORS.map(([band, words]) => (
          <Text key={band}>
            {band}: {words}
          </Text>
        ))}
        <Text style={c.st.muted}>Write where it hurts (for example: left shin, right knee).</Text>
      </View>
    </View>
  )
}

/** `oneSheet[p]`: page p fits one sheet by the estimate (layout.ts logPagesFitting). */
export const LogPages = ({ c, pages, oneSheet }: { c: PackCtx; pages: number[][]; oneSheet: readonly boolean[] }) => {
  const { Page, Text } = K()
  return (
    <>
      {pages.map((weeks, p) => (
        <Page key={`l${p}`} size={c.paper.size === 'A4' ? 'A4' : 'LETTER'} {...sheet(c, !oneSheet[p])}>
          {weeks.some((i) => c.weekMarked[i]) && <MarkBanner c={c} />}
          <Text style={c.st.kicker}>Log sheet</Text>
          <Text style={c.st.muted}>One row per run. Bring this sheet to your next check-in.</Text>
          {weeks.map((i) => (
            <LogWeek key={i} c={c} i={i} />
          ))}
          <Anchors c={c} />
          <Footer c={c} />
        </Page>
      ))}
    </>
  )
}
