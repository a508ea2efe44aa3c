// Two pages on following the plan: effort and the talk test, wearing the weights, the check before
// moving up, missed sessions; then when to stop: the safety card, form breakdown, red flags, alternatives.
import type { PackCtx } from './context'
import { K } from './kit'
import { Bullets, coachLine, Footer } from './parts'
import {
  ALTERNATIVE_LINES,
  ALTERNATIVES_TITLE,
  FORM_ACTION,
  FORM_SIGNS,
  FORM_TITLE,
  MISSED_LINES,
  MISSED_TITLE,
  MOVE_UP_LINES,
  MOVE_UP_TITLE,
  RED_FLAGS,
  RED_FLAGS_ACTION,
  RED_FLAGS_TITLE,
  RPE_ANCHORS,
  SAFETY_LINES,
  SAFETY_TITLE,
  WEAR_LINES,
  WEAR_TITLE
} from './text'
import { COLOR, GRID, TYPE } from './theme'

export const GuidePages = ({ c }: { c: PackCtx }) => {
  const { Page, View, Text } = K()
  const { st } = c
  const coach = coachLine(c)
  const section = { marginTop: 10 }
  return (
    <>
      <Page size={c.paper.size === 'A4' ? 'A4' : 'LETTER'} style={st.page}>
        <Text style={st.kicker}>How to follow this plan</Text>
        <Text style={st.h2}>Every session</Text>
        <Text>
          Each session starts with a warm-up and ends with a cool-down (the minutes are in its &quot;What to do&quot;).
          The main set gives an effort on the RPE scale (rating of perceived exertion, 1 to 10) and the talk test that
          goes with it:
        </Text>
        <View style={{ marginTop: 5 }}>
          <View style={st.th}>
            <Text style={[st.cell, { width: 50 }]}>RPE</Text>
            <Text style={[st.cell, { width: 80 }]}>Effort</Text>
            <Text style={[st.cell, { flex: 1 }]}>Talk test</Text>
          </View>
          {RPE_ANCHORS.map(([band, feel, talk]) => (
            <View key={band} style={st.tr}>
              <Text style={[st.cell, { width: 50 }]}>{band}</Text>
              <Text style={[st.cell, { width: 80 }]}>{feel}</Text>
              <Text style={[st.cell, { flex: 1 }]}>{talk}</Text>
            </View>
          ))}
        </View>
        <View style={section}>
          <Text style={st.h3}>{WEAR_TITLE}</Text>
          <Bullets lines={WEAR_LINES} />
        </View>
        <View style={[st.card, { borderColor: COLOR.accent }]}>
          <Text style={[st.h3, { color: COLOR.accent }]}>{MOVE_UP_TITLE}</Text>
          <Bullets lines={MOVE_UP_LINES} />
        </View>
        <View style={section}>
          <Text style={st.h3}>{MISSED_TITLE}</Text>
          <Bullets lines={MISSED_LINES} />
        </View>
        <Footer c={c} />
      </Page>
      <Page size={c.paper.size === 'A4' ? 'A4' : 'LETTER'} style={st.page}>
        <View style={[st.card, { borderColor: COLOR.danger, marginTop: 0 }]}>
          <Text style={[st.h2, { color: COLOR.danger }]}>{SAFETY_TITLE}</Text>
          <Bullets lines={SAFETY_LINES} />
        </View>
        <View style={section}>
          <Text style={st.h3}>{FORM_TITLE}</Text>
          <Bullets lines={FORM_SIGNS} />
          <Text style={{ fontWeight: 'bold' }}>{FORM_ACTION}</Text>
        </View>
        <View style={[st.card, { borderColor: COLOR.danger }]}>
          <Text style={[st.h3, { color: COLOR.danger }]}>{RED_FLAGS_TITLE}</Text>
          <Bullets lines={RED_FLAGS} />
          <Text style={{ fontWeight: 'bold' }}>{RED_FLAGS_ACTION}</Text>
        </View>
        <View style={section}>
          <Text style={st.h3}>{ALTERNATIVES_TITLE}</Text>
          <Bullets lines={ALTERNATIVE_LINES} />
        </View>
        {coach !== '' && (
          <Text
            style={{ marginTop: 10, borderTopWidth: GRID, borderColor: COLOR.rule, paddingTop: 6, fontSize: TYPE.h3 }}
          >
            <Text style={{ fontWeight: 'bold' }}>Your coach: </Text>
            {coach}
          </Text>
        )}
        <Footer c={c} />
      </Page>
    </>
  )
}
