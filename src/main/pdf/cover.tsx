// Page 1: who the plan is for, its dates and coach, the plan's notes, the weight ladder and the
// neutral line on the evidence.
import { isMarked } from '../../shared/plan/mark'
import type { PackCtx } from './context'
import { fmtDay, fmtRange } from './dates'
import { K } from './kit'
import { LadderChart } from './ladder'
import { coachLine, Footer, MarkBanner } from './parts'
import { EVIDENCE_LINE } from './text'
import { COLOR, GRID, TYPE } from './theme'

export const Cover = ({ c }: { c: PackCtx }) => {
  const { Page, View, Text } = K()
  const { data, st } = c
  const weighted = data.sessions.filter((s) => s.ankleWeightKg > 0)
  const heaviest = Math.max(0, ...weighted.map((s) => s.ankleWeightKg))
  const from = data.weekStarts[0] < data.plan.startDate ? data.plan.startDate : data.weekStarts[0]
  const facts: [string, string][] = [
    ['Dates', fmtRange(from, data.plan.endDate)],
    ['Weeks', String(data.plan.weeks)],
    ['Sessions', String(data.sessions.length)],
    ['With ankle weights', weighted.length ? `${weighted.length}, at most ${c.mass(heaviest)} per ankle` : 'none'],
    ['Printed', fmtDay(data.printedOn, true)]
  ]
  const coach = coachLine(c)
  return (
    <Page size={c.paper.size === 'A4' ? 'A4' : 'LETTER'} style={st.page}>
      {isMarked(data.mark) && <MarkBanner c={c} cover />}
      <Text style={st.kicker}>Training plan</Text>
      <Text style={st.h1}>{c.safe(data.athleteName)}</Text>
      <Text style={{ fontSize: TYPE.h2, marginTop: 2 }}>{c.safe(data.plan.name)}</Text>
      <View
        style={{
          flexDirection: 'row',
          flexWrap: 'wrap',
          marginTop: 10,
          borderTopWidth: GRID,
          borderBottomWidth: GRID,
          borderColor: COLOR.rule,
          paddingVertical: 5
        }}
      >
        {facts.map(([label, value]) => (
          <View key={label} style={{ width: '33%', marginVertical: 3 }}>
            <Text style={[st.muted, { fontSize: TYPE.small, textTransform: 'uppercase' }]}>{label}</Text>
            <Text style={{ fontSize: TYPE.h3 }}>{value}</Text>
          </View>
        ))}
        <View style={{ width: '33%', marginVertical: 3 }}>
          <Text style={[st.muted, { fontSize: TYPE.small, textTransform: 'uppercase' }]}>Your coach</Text>
          <Text style={{ fontSize: TYPE.h3 }}>{coach || '–'}</Text>
        </View>
      </View>
      {data.plan.goal !== '' && (
        <Text style={{ marginTop: 8 }}>
          <Text style={{ fontWeight: 'bold' }}>Goal: </Text>
          {c.safe(data.plan.goal)}
        </Text>
      )}
      {data.plan.notes.trim() !== '' && (
        <View style={{ marginTop: 8 }}>
          <Text style={st.h3}>Notes on this plan</Text>
          {c
            .safe(data.plan.notes)
            .split(/\n+/)
            .filter((l) => l.trim())
            .map((l, i) => (
              <Text key={i} style={{ marginBottom: 2 }}>
                {l}
              </Text>
            ))}
        </View>
      )}
      <Text style={[st.h2, { marginTop: 12 }]}>The weight ladder</Text>
      {data.ladder.length > 0 ? (
        <>
          <Text style={[st.muted, { marginBottom: 4 }]}>
            Each dot and bar is one weighted run. One thing changes at a time, the weight or the minutes, and only after
            the check &quot;Before you move up a step&quot; in this pack. Shaded weeks have no weights.
          </Text>
          <LadderChart c={c} />
        </>
      ) : (
        <Text style={st.muted}>This plan has no ankle-weighted runs.</Text>
      )}
      <Text style={{ marginTop: 8 }}>
        <Text style={{ fontWeight: 'bold' }}>On the evidence: </Text>
        {EVIDENCE_LINE}
      </Text>
      <Text style={[st.muted, { marginTop: 6 }]}>
        In this pack: the whole plan on one page, each week with what to do, how to follow the plan safely, and log
        sheets (two weeks a page).
        {coach ? ` Questions or pain: ${coach}.` : ''}
      </Text>
      <Footer c={c} />
    </Page>
  )
}
