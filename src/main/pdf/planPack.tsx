// The plan pack a coach hands to an athlete, laid out for A4 or US Letter (Settings): the cover with
// the weight ladder, the whole plan on one page, the week-by-week pages, two pages on following the
// plan safely, and log sheets two weeks a page; "Page N of M" on every page. Rendered in main (or plain Node).
import { renderText } from '../../shared/text'
import { packContext, type PlanPackData } from './context'
import { Cover } from './cover'
import { pdfFontsFor } from './fonts'
import { GuidePages } from './guide'
import { loadKit } from './kit'
import { logPagesFitting, logPageWeeks, tablePageWeeks, tallWeeks } from './layout'
import { LogPages } from './logSheet'
import { Overview } from './overview'
import { paper } from './paper'
import { makeStyles } from './theme'
import { WeekPages } from './weekTable'

export type { PlanPackData } from './context'
export { sessionMarkText } from './context'

export interface RenderedPack {
  bytes: Buffer
  /** Characters of the athlete's, coach's or plan's text that no embedded font has (printed as □). */
  unprintable: string[]
}

/** Makes a pack's PDF: renderPlanPack here, or a renderer process (src/main/worker/pdfPool.ts). */
export type RenderPack = (data: PlanPackData) => Promise<RenderedPack>

/** The texts that come from people (names, notes, descriptions): the ones a font may lack. */
export const packTexts = (d: PlanPackData): string[] => [
  d.athleteName,
  d.plan.name,
  d.plan.goal,
  d.plan.notes,
  d.coachName,
  d.coachContact,
  ...d.sessions.map((s) => s.description)
]

export async function renderPlanPack(given: PlanPackData): Promise<RenderedPack> {
  // The generator's notes hold tokens (weights, distances, days): printed in the coach's units.
  const data = { ...given, plan: { ...given.plan, notes: renderText(given.plan.notes, given.units) } }
  const R = await loadKit()
  const { stack, missing } = await pdfFontsFor(R, packTexts(data))
  const c = packContext(data, makeStyles(paper(data.paperSize), stack), missing)
  const tablePages = tablePageWeeks(c.paper, c.byWeek, c.lines, c.marks)
  const logPages = logPageWeeks(c.paper, c.byWeek, c.planned, c.marks)
  const { Document } = R
  const doc = (
    <Document
      title={`${c.safe(data.plan.name)} – ${c.safe(data.athleteName)}`}
      author={c.safe(data.coachName) || 'Ballast'}
      creator="Ballast"
      producer="Ballast"
    >
      <Cover c={c} />
      <Overview c={c} />
      <WeekPages c={c} pages={tablePages} tall={tallWeeks(c.paper, c.byWeek, c.lines, c.marks)} />
      <GuidePages c={c} />
      <LogPages c={c} pages={logPages} oneSheet={logPagesFitting(c.paper, logPages, c.byWeek, c.planned, c.marks)} />
    </Document>
  )
  return { bytes: await R.renderToBuffer(doc), unprintable: missing }
}
