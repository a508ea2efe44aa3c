// What every page of a plan pack needs: the data, the paper and styles, the weeks, marks and units.
import type { PlanListItem } from '../../shared/contract/plan'
import { sessionTypeLabels } from '../../shared/domain'
import type { LadderPoint, PlannedSession } from '../../shared/plan'
import { isMarked, type PlanMark } from '../../shared/plan/mark'
import { formatDistance, formatMass } from '../../shared/text'
import type { DistanceUnit, MassUnit } from '../../shared/units'
import { printable } from './fonts'
import { instructionLines, sessionInstructions } from './instructions'
import { weeksOf } from './layout'
import { paper, type Paper, type PaperSize } from './paper'
import type { Styles } from './theme'

export interface PlanPackData {
  plan: Pick<PlanListItem, 'name' | 'startDate' | 'endDate' | 'weeks' | 'goal' | 'notes' | 'status'>
  athleteName: string
  bodyMassKg: number | null
  coachName: string
  coachContact: string
  paperSize: PaperSize
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

export type SessionMark = { severity: 'caution' | 'stop'; ruleIds: readonly string[] }

/** What the athlete reads next to a marked session. */
export const sessionMarkText = (m: SessionMark): string => `Not cleared: ${m.severity} (${m.ruleIds.join(', ')})`

export interface PackCtx {
  data: PlanPackData
  paper: Paper
  st: Styles
  byWeek: PlannedSession[][]
  /** A week without weights after weeks with them. */
  deload: boolean[]
  weekMarked: boolean[]
  marks: Readonly<Record<number, SessionMark>>
  markOf: (s: PlannedSession) => SessionMark | undefined
  mass: (kg: number) => string
  dist: (km: number | null) => string
  /** The session's "What to do" paragraphs. */
  lines: (s: PlannedSession) => string[]
  /** "Easy run 40 min, 0.5 kg × 20 min": the planned column of a log sheet. */
  planned: (s: PlannedSession) => string
  /** Text from the coach or the athlete, with characters no font has shown as □. */
  safe: (text: string) => string
}

export function packContext(data: PlanPackData, st: Styles, missing: readonly string[]): PackCtx {
  const mu = data.units.mass
  const du = data.units.distance
  // The renderer's formatters (src/shared/text), so the pack reads as the app does.
  const mass = (kg: number) => formatMass(kg, mu)
  const dist = (km: number | null) => (km === null || km === 0 ? '–' : formatDistance(km, du))
  const byWeek = weeksOf(data.sessions, data.weekStarts)
  const weighted = byWeek.map((list) => list.some((s) => s.ankleWeightKg > 0))
  const deload = weighted.map((w, i) => !w && weighted.slice(0, i).some(Boolean) && byWeek[i].length > 0)
  const marks = isMarked(data.mark) ? data.sessionMarks : {}
  const markOf = (s: PlannedSession) => marks[s.id]
  const safe = (t: string) => printable(t, missing)
  return {
    data,
    paper: paper(data.paperSize),
    st,
    byWeek,
    deload,
    marks,
    weekMarked: byWeek.map((list) => list.some((s) => markOf(s) !== undefined)),
    markOf,
    mass,
    dist,
    lines: (s) =>
      instructionLines(sessionInstructions({ ...s, description: safe(s.description) }, mass(s.ankleWeightKg))),
    planned: (s) =>
      `${sessionTypeLabels[s.type]} ${s.durationMin} min${s.ankleWeightKg > 0 ? `, ${mass(s.ankleWeightKg)} × ${s.weightedMin} min` : ''}`,
    safe
  }
}
