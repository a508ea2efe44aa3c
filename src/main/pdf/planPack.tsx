// The plan pack a coach hands to an athlete: cover with the weight ladder, the week-by-week table,
// the safety card and one blank log sheet per week, "Page N of M" on every page, in the coach's
// units, with an embedded DejaVu Sans so every name prints. Rendered in main (or plain Node).
import { addDays, dayNumber } from '../../shared/calendar'
import type { PlanListItem } from '../../shared/contract/plan'
import { sessionTypeLabels } from '../../shared/domain'
import { ladderAxis, type LadderPoint, type PlannedSession } from '../../shared/plan'
import { isMarked, markLine, type PlanMark } from '../../shared/plan/mark'
import { distanceToDisplay, massToDisplay, type DistanceUnit, type MassUnit } from '../../shared/units'
import { findPdfFonts } from './fonts'
import { ALTERNATIVE_LINES, ALTERNATIVES_TITLE, SAFETY_LINES, SAFETY_TITLE, WEIGHTS_NOTE } from './text'
import { formatDay } from '../../shared/dayFormat'

export interface PlanPackData {
  plan: Pick<PlanListItem, 'name' | 'startDate' | 'endDate' | 'weeks' | 'goal' | 'notes' | 'status'>
  athleteName: string
  bodyMassKg: number | null
  coachName: string
  sessions: PlannedSession[]
  weekStarts: string[]
  ladder: LadderPoint[]
  units: { mass: MassUnit; distance: DistanceUnit }
  printedOn: string
  /** Warnings above info the rules did not clear (the coach confirmed the export): 0 and 0 prints no mark. */
  mark: PlanMark
  /** Per planned session id: its worst such severity and the rules behind it. */
  sessionMarks: Readonly<Record<number, { severity: 'caution' | 'stop'; ruleIds: readonly string[] }>>
}

const fmtDay = (iso: string, year = false): string => formatDay(iso, year)
const fmtRange = (from: string, to: string) => `${fmtDay(from, from.slice(0, 4) !== to.slice(0, 4))} – ${fmtDay(to, true)}`

/** Weeks per table page: 3, or 2 when a week holds more than 5 sessions (keeps every week on one page). */
export function weeksPerTablePage(sessions: readonly PlannedSession[], weekStarts: readonly string[]): number {
  const first = weekStarts.length ? dayNumber(weekStarts[0]) : 0
  const counts = new Map<number, number>()
  for (const s of sessions) {
    const w = Math.floor((dayNumber(s.date) - first) / 7)
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return Math.max(0, ...counts.values()) > 5 ? 2 : 3
}

// Heights in points, measured on rendered packs, to plan which weeks share a table page. A week never
// splits, and a page that overflowed would carry a marked session without the page's mark.
const PAGE_CONTENT_HEIGHT = 842 - 36 - 48
const FIRST_TABLE_TITLE = 24
const MARK_BANNER = 62
const WEEK_HEAD = 30 + 16
const ROW_PADDING = 7
const LINE_7_5 = 9.2
const DESCRIPTION_CHARS_PER_LINE = 40
const MARK_CHARS_PER_LINE = 34

/** An estimate (on the high side) of a week table's height. */
const weekHeight = (week: readonly PlannedSession[], marks: Readonly<Record<number, { ruleIds: readonly string[] }>>): number =>
  WEEK_HEAD +
  (week.length === 0
    ? 16
    : week.reduce((h, s) => {
        const m = marks[s.id]
        const lines = Math.ceil(s.description.length / DESCRIPTION_CHARS_PER_LINE) + (m ? Math.ceil((22 + 5 * m.ruleIds.length) / MARK_CHARS_PER_LINE) : 0)
        return h + ROW_PADDING + Math.max(12, lines * LINE_7_5)
      }, 0))

/**
 * The weeks on each table page: at most weeksPerTablePage, fewer when long texts or marked sessions
 * would not fit (every week stays whole on one page).
 */
export function tablePageWeeks(
  sessions: readonly PlannedSession[],
  weekStarts: readonly string[],
  marks: Readonly<Record<number, { ruleIds: readonly string[] }>> = {}
): number[][] {
  const cap = weeksPerTablePage(sessions, weekStarts)
  const first = weekStarts.length ? dayNumber(weekStarts[0]) : 0
  const byWeek = weekStarts.map((_, i) => sessions.filter((s) => Math.floor((dayNumber(s.date) - first) / 7) === i))
  const pages: number[][] = []
  let page: number[] = []
  let used = 0
  let marked = false
  const room = () => PAGE_CONTENT_HEIGHT - (pages.length === 0 ? FIRST_TABLE_TITLE : 0)
  byWeek.forEach((week, i) => {
    const h = weekHeight(week, marks)
    const m = week.some((s) => marks[s.id] !== undefined)
    const banner = (marked || m) ? MARK_BANNER : 0
    if (page.length > 0 && (page.length >= cap || used + h + banner > room())) {
      pages.push(page)
      page = []
      used = 0
      marked = false
    }
    page.push(i)
    used += h
    marked ||= m
  })
  if (page.length) pages.push(page)
  return pages
}

/** Cover + table pages + safety card + one log sheet per week. */
export function expectedPageCount(
  sessions: readonly PlannedSession[],
  weekStarts: readonly string[],
  marks: Readonly<Record<number, { ruleIds: readonly string[] }>> = {}
): number {
  return 1 + tablePageWeeks(sessions, weekStarts, marks).length + 1 + weekStarts.length
}

const INK = '#1d2430'
const MUTED = '#667085'
const LINE = '#d5dae1'
const ACCENT = '#1f5fbf'
const WEIGHT = '#b45309'
const DANGER = '#b42318'

/** What the athlete reads next to a marked session. */
export const sessionMarkText = (m: { severity: 'caution' | 'stop'; ruleIds: readonly string[] }): string =>
  `Not cleared: ${m.severity} (${m.ruleIds.join(', ')})`

export async function renderPlanPack(data: PlanPackData): Promise<Buffer> {
  const R = await import('@react-pdf/renderer')
  const { Document, Page, View, Text, Svg, Line, Rect, Polyline, Circle, G, Font, StyleSheet, renderToBuffer } = R
  const SvgText = R.Text
  const fonts = findPdfFonts()
  Font.register({ family: 'DejaVu Sans', fonts: [{ src: fonts.regular }, { src: fonts.bold, fontWeight: 'bold' }] })
  // Whole words only: hyphenated athlete names look like typos.
  Font.registerHyphenationCallback((word) => [word])

  const mu = data.units.mass
  const du = data.units.distance
  const mass = (kg: number) => `${massToDisplay(kg, mu)} ${mu}`
  const dist = (km: number | null) => (km === null ? '' : `${distanceToDisplay(km, du)} ${du}`)
  const first = dayNumber(data.weekStarts[0])
  const weekIndex = (date: string) => Math.floor((dayNumber(date) - first) / 7)
  const byWeek = data.weekStarts.map((_, i) => data.sessions.filter((s) => weekIndex(s.date) === i))
  const weightedWeeks = byWeek.map((list) => list.some((s) => s.ankleWeightKg > 0))
  const deload = weightedWeeks.map((w, i) => !w && weightedWeeks.slice(0, i).some(Boolean) && byWeek[i].length > 0)
  const tablePages = tablePageWeeks(data.sessions, data.weekStarts, isMarked(data.mark) ? data.sessionMarks : {})
  const markOf = (s: PlannedSession) => (isMarked(data.mark) ? data.sessionMarks[s.id] : undefined)
  const weekMarked = byWeek.map((list) => list.some((s) => markOf(s) !== undefined))
  const weightedCount = data.sessions.filter((s) => s.ankleWeightKg > 0).length
  const heaviest = Math.max(0, ...data.sessions.map((s) => s.ankleWeightKg))

  const st = StyleSheet.create({
    page: { fontFamily: 'DejaVu Sans', fontSize: 9, color: INK, paddingTop: 36, paddingBottom: 48, paddingHorizontal: 40 },
    footer: { position: 'absolute', bottom: 20, left: 40, right: 40, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: MUTED, borderTopWidth: 0.5, borderTopColor: LINE, paddingTop: 5 },
    kicker: { fontSize: 9, color: ACCENT, fontWeight: 'bold', letterSpacing: 1, textTransform: 'uppercase' },
    h1: { fontSize: 24, fontWeight: 'bold', marginTop: 6 },
    h2: { fontSize: 13, fontWeight: 'bold', marginBottom: 6 },
    h3: { fontSize: 10.5, fontWeight: 'bold' },
    muted: { color: MUTED },
    facts: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 14, borderTopWidth: 0.5, borderBottomWidth: 0.5, borderColor: LINE, paddingVertical: 8 },
    fact: { width: '33%', marginVertical: 4 },
    factLabel: { fontSize: 7.5, color: MUTED, textTransform: 'uppercase' },
    factValue: { fontSize: 10.5, marginTop: 1 },
    weekHead: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: 12, marginBottom: 3 },
    tag: { fontSize: 7.5, color: WEIGHT, borderWidth: 0.5, borderColor: WEIGHT, borderRadius: 3, paddingHorizontal: 4, paddingVertical: 1 },
    th: { flexDirection: 'row', backgroundColor: '#f1f3f6', borderTopWidth: 0.5, borderBottomWidth: 0.5, borderColor: LINE, fontSize: 7.5, fontWeight: 'bold', color: MUTED },
    tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: LINE },
    cell: { paddingVertical: 3, paddingHorizontal: 3 },
    bullet: { flexDirection: 'row', marginBottom: 5 },
    card: { borderWidth: 1.5, borderColor: '#b42318', borderRadius: 6, padding: 14, marginTop: 8 },
    logCell: { paddingVertical: 9, paddingHorizontal: 3, borderRightWidth: 0.5, borderColor: LINE },
    mark: { borderWidth: 1.5, borderColor: DANGER, backgroundColor: '#fef3f2', borderRadius: 4, paddingVertical: 6, paddingHorizontal: 8, marginBottom: 10 },
    markTitle: { color: DANGER, fontWeight: 'bold', fontSize: 10.5 },
    rowMark: { color: DANGER, fontWeight: 'bold', fontSize: 7.5 }
  })

  /** The plan's mark, on the cover and on every page that holds a marked session. */
  const MarkBanner = ({ cover = false }: { cover?: boolean }) => (
    <View style={st.mark}>
      <Text style={st.markTitle}>{markLine(data.mark)}</Text>
      <Text style={{ fontSize: 8, marginTop: 2 }}>
        {cover
          ? 'Your coach exported this plan although the safety rules flagged some of its sessions. Each one is marked "Not cleared" in the plan: talk to your coach before running it.'
          : 'Sessions marked "Not cleared" below were flagged by the safety rules: talk to your coach before running them.'}
      </Text>
    </View>
  )

  const Footer = () => (
    <View style={st.footer} fixed>
      <Text>
        {data.athleteName} · {data.plan.name}
      </Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  )

  // --- The weight ladder: weight per ankle (step line) and minutes with weights on (bars), per plan week.
  const LadderChart = () => {
    const W = 515
    const H = 230
    const left = 44
    const right = 8
    const plotW = W - left - right
    const n = data.weekStarts.length
    const band = plotW / n
    const topY = 18
    const topH = 110
    const botY = 160
    const botH = 50
    const kgValues = data.ladder.map((p) => massToDisplay(p.kg, mu))
    const { max: yMax, ticks } = ladderAxis(kgValues, mu)
    const minMax = Math.max(10, Math.ceil(Math.max(0, ...data.ladder.map((p) => p.weightedMin)) / 5) * 5)
    const xOf = (date: string) => left + (dayNumber(date) - first + 0.5) * (band / 7)
    const yKg = (v: number) => topY + topH - (v / yMax) * topH
    // One step line per run of consecutive weighted weeks: a deload or a gap breaks the line, so it
    // never suggests weights were worn in a week without them.
    const segments: string[][] = []
    data.ladder.forEach((p, i) => {
      const x = xOf(p.date)
      const y = yKg(kgValues[i])
      if (i === 0 || p.week - data.ladder[i - 1].week > 1) segments.push([])
      const seg = segments[segments.length - 1]
      if (seg.length > 0) seg.push(`${x},${yKg(kgValues[i - 1])}`)
      seg.push(`${x},${y}`)
    })
    return (
      <Svg width={W} height={H}>
        {deload.map((d, i) =>
          d ? (
            <G key={`d${i}`}>
              <Rect x={left + i * band} y={topY} width={band} height={botY + botH - topY} fill="#eef2f7" />
              <SvgText x={left + i * band + 2} y={topY + 8} style={{ fontSize: 6.5 }} fill={MUTED}>
                deload
              </SvgText>
            </G>
          ) : null
        )}
        {ticks.map((t) => (
          <G key={`t${t}`}>
            <Line x1={left} x2={W - right} y1={yKg(t)} y2={yKg(t)} stroke={LINE} strokeWidth={0.5} />
            <SvgText x={2} y={yKg(t) + 2.5} style={{ fontSize: 7 }} fill={MUTED}>
              {`${t} ${mu}`}
            </SvgText>
          </G>
        ))}
        <SvgText x={left} y={10} style={{ fontSize: 7.5, fontWeight: 'bold' }} fill={INK}>
          {`Weight per ankle (${mu})`}
        </SvgText>
        {segments.map((seg, k) => (seg.length > 1 ? <Polyline key={`s${k}`} points={seg.join(' ')} stroke={WEIGHT} strokeWidth={1.6} fill="none" /> : null))}
        {data.ladder.map((p, i) => (
          <Circle key={`c${i}`} cx={xOf(p.date)} cy={yKg(kgValues[i])} r={2.2} fill={WEIGHT} />
        ))}
        {data.ladder.map((p, i) =>
          i === 0 || kgValues[i] !== kgValues[i - 1] ? (
            <SvgText key={`l${i}`} x={xOf(p.date) - 6} y={yKg(kgValues[i]) - 5} style={{ fontSize: 7 }} fill={WEIGHT}>
              {String(kgValues[i])}
            </SvgText>
          ) : null
        )}
        <SvgText x={left} y={botY - 6} style={{ fontSize: 7.5, fontWeight: 'bold' }} fill={INK}>
          Minutes with weights on
        </SvgText>
        <Line x1={left} x2={W - right} y1={botY + botH} y2={botY + botH} stroke={LINE} strokeWidth={0.5} />
        <SvgText x={2} y={botY + 3} style={{ fontSize: 7 }} fill={MUTED}>
          {`${minMax} min`}
        </SvgText>
        <SvgText x={2} y={botY + botH + 2} style={{ fontSize: 7 }} fill={MUTED}>
          0
        </SvgText>
        {data.ladder.map((p, i) => {
          const h = (p.weightedMin / minMax) * botH
          return <Rect key={`b${i}`} x={xOf(p.date) - 4} y={botY + botH - h} width={8} height={h} fill="#f4c58a" />
        })}
        {data.weekStarts.map((_, i) => (
          <SvgText key={`w${i}`} x={left + i * band + band / 2 - 3} y={H - 4} style={{ fontSize: 7 }} fill={MUTED}>
            {String(i + 1)}
          </SvgText>
        ))}
      </Svg>
    )
  }

  const cols = [
    { label: 'Day', width: 62 },
    { label: 'Session', width: 66 },
    { label: 'Time', width: 38 },
    { label: 'Distance', width: 44 },
    { label: 'Ankle weights', width: 86 },
    { label: 'RPE', width: 26 },
    { label: 'What to do', width: 193 }
  ]

  const WeekTable = ({ i }: { i: number }) => {
    const start = data.weekStarts[i]
    return (
      <View wrap={false}>
        <View style={st.weekHead}>
          <Text style={st.h3}>
            Week {i + 1} <Text style={st.muted}>· {fmtRange(start, addDays(start, 6))}</Text>
          </Text>
          {deload[i] && <Text style={st.tag}>Deload week: no ankle weights</Text>}
        </View>
        <View style={st.th}>
          {cols.map((c) => (
            <Text key={c.label} style={[st.cell, { width: c.width }]}>
              {c.label}
            </Text>
          ))}
        </View>
        {byWeek[i].length === 0 && <Text style={[st.cell, st.muted]}>Rest week: no planned sessions.</Text>}
        {byWeek[i].map((s) => (
          <View key={s.id} style={st.tr}>
            <Text style={[st.cell, { width: cols[0].width }]}>{fmtDay(s.date)}</Text>
            <Text style={[st.cell, { width: cols[1].width, fontWeight: 'bold' }]}>{sessionTypeLabels[s.type]}</Text>
            <Text style={[st.cell, { width: cols[2].width }]}>{s.durationMin} min</Text>
            <Text style={[st.cell, { width: cols[3].width }]}>{dist(s.distanceKm) || '–'}</Text>
            <Text style={[st.cell, { width: cols[4].width, color: s.ankleWeightKg > 0 ? WEIGHT : MUTED }]}>
              {s.ankleWeightKg > 0 ? `${mass(s.ankleWeightKg)} × ${s.weightedMin} min` : 'none'}
            </Text>
            <Text style={[st.cell, { width: cols[5].width }]}>{s.targetRpe ?? '–'}</Text>
            <View style={[st.cell, { width: cols[6].width }]}>
              {markOf(s) && <Text style={st.rowMark}>{sessionMarkText(markOf(s)!)}</Text>}
              <Text style={{ fontSize: 7.5 }}>{s.description}</Text>
            </View>
          </View>
        ))}
      </View>
    )
  }

  const logCols = [
    { label: 'Day', width: 58 },
    { label: 'Planned', width: 92 },
    { label: 'Done?', width: 32 },
    { label: 'Minutes', width: 40 },
    { label: `Distance (${du})`, width: 50 },
    { label: 'Weights on (min)', width: 50 },
    { label: 'RPE 1-10', width: 36 },
    { label: 'Pain 0-10', width: 36 },
    { label: 'Pain next morning', width: 44 },
    { label: 'Form OK?', width: 32 },
    { label: 'Notes', width: 45 }
  ]

  const LogSheet = ({ i }: { i: number }) => {
    const start = data.weekStarts[i]
    const rows: (PlannedSession | null)[] = [...byWeek[i], null, null]
    return (
      <Page size="A4" style={st.page}>
        {weekMarked[i] && <MarkBanner />}
        <Text style={st.kicker}>Log sheet</Text>
        <Text style={st.h2}>
          Week {i + 1} · {fmtRange(start, addDays(start, 6))}
          {deload[i] ? ' · deload week (no ankle weights)' : ''}
        </Text>
        <Text style={[st.muted, { marginBottom: 8 }]}>Fill in one row per run. Bring this sheet to your next check-in.</Text>
        <View style={st.th}>
          {logCols.map((c) => (
            <Text key={c.label} style={[st.cell, { width: c.width }]}>
              {c.label}
            </Text>
          ))}
        </View>
        {rows.map((s, r) => (
          <View key={r} style={[st.tr, { minHeight: 38 }]}>
            <Text style={[st.logCell, { width: logCols[0].width }]}>{s ? fmtDay(s.date) : ''}</Text>
            <Text style={[st.logCell, { width: logCols[1].width, fontSize: 7.5 }]}>
              {s ? `${sessionTypeLabels[s.type]} ${s.durationMin} min${s.ankleWeightKg > 0 ? `, ${mass(s.ankleWeightKg)} × ${s.weightedMin} min` : ''}` : 'Extra run'}
              {s && markOf(s) ? <Text style={st.rowMark}>{`\n${sessionMarkText(markOf(s)!)}`}</Text> : null}
            </Text>
            {logCols.slice(2).map((c) => (
              <Text key={c.label} style={[st.logCell, { width: c.width }]}>
                {' '}
              </Text>
            ))}
          </View>
        ))}
        <Text style={[st.muted, { marginTop: 14, fontSize: 8 }]}>
          Stop rules: pain over 5 out of 10, pain not settled next morning, or form breaking down means weights off (see the safety card).
        </Text>
        <Footer />
      </Page>
    )
  }

  const doc = (
    <Document title={`${data.plan.name} – ${data.athleteName}`} author={data.coachName || 'Ballast'} creator="Ballast" producer="Ballast">
      <Page size="A4" style={st.page}>
        {isMarked(data.mark) && <MarkBanner cover />}
        <Text style={st.kicker}>Training plan</Text>
        <Text style={st.h1}>{data.athleteName}</Text>
        <Text style={{ fontSize: 13, marginTop: 2 }}>{data.plan.name}</Text>
        <View style={st.facts}>
          {[
            ['Dates', fmtRange(data.weekStarts[0] < data.plan.startDate ? data.plan.startDate : data.weekStarts[0], data.plan.endDate)],
            ['Weeks', String(data.plan.weeks)],
            ['Coach', data.coachName || '–'],
            ['Sessions', String(data.sessions.length)],
            ['With ankle weights', weightedCount ? `${weightedCount}, at most ${mass(heaviest)} per ankle` : 'none'],
            ['Printed', fmtDay(data.printedOn, true)]
          ].map(([label, value]) => (
            <View key={label} style={st.fact}>
              <Text style={st.factLabel}>{label}</Text>
              <Text style={st.factValue}>{value}</Text>
            </View>
          ))}
        </View>
        {data.plan.goal !== '' && (
          <Text style={{ marginTop: 10 }}>
            <Text style={{ fontWeight: 'bold' }}>Goal: </Text>
            {data.plan.goal}
          </Text>
        )}
        {data.plan.notes !== '' && <Text style={{ marginTop: 6 }}>{data.plan.notes}</Text>}
        <Text style={[st.h2, { marginTop: 18 }]}>The weight ladder</Text>
        {data.ladder.length > 0 ? (
          <>
            <Text style={[st.muted, { marginBottom: 6 }]}>
              Each dot is one weighted run; one thing changes at a time (the weight or the minutes), at most every two weeks. Shaded weeks are deload
              weeks without weights.
            </Text>
            <LadderChart />
          </>
        ) : (
          <Text style={st.muted}>This plan has no ankle-weighted runs.</Text>
        )}
        <Text style={[st.muted, { marginTop: 12 }]}>{WEIGHTS_NOTE}</Text>
        <Text style={[st.muted, { marginTop: 4 }]}>In this pack: the week-by-week plan, the safety card, and a log sheet for each week.</Text>
        <Footer />
      </Page>
      {tablePages.map((weeks, p) => (
        <Page key={`t${p}`} size="A4" style={st.page}>
          {weeks.some((i) => weekMarked[i]) && <MarkBanner />}
          {p === 0 && <Text style={st.h2}>Week by week</Text>}
          {weeks.map((i) => (
            <WeekTable key={i} i={i} />
          ))}
          <Footer />
        </Page>
      ))}
      <Page size="A4" style={st.page}>
        <View style={st.card}>
          <Text style={[st.h2, { color: '#b42318' }]}>{SAFETY_TITLE}</Text>
          {SAFETY_LINES.map((line) => (
            <View key={line} style={st.bullet}>
              <Text style={{ width: 12 }}>•</Text>
              <Text style={{ flex: 1, fontSize: 10 }}>{line}</Text>
            </View>
          ))}
        </View>
        <View style={[st.card, { borderColor: ACCENT }]}>
          <Text style={[st.h2, { color: ACCENT }]}>{ALTERNATIVES_TITLE}</Text>
          {ALTERNATIVE_LINES.map((line) => (
            <View key={line} style={st.bullet}>
              <Text style={{ width: 12 }}>•</Text>
              <Text style={{ flex: 1, fontSize: 10 }}>{line}</Text>
            </View>
          ))}
        </View>
        <Text style={[st.muted, { marginTop: 12 }]}>{WEIGHTS_NOTE}</Text>
        <Footer />
      </Page>
      {data.weekStarts.map((_, i) => (
        <LogSheet key={`l${i}`} i={i} />
      ))}
    </Document>
  )
  return renderToBuffer(doc)
}
