// The warnings an import creates, named before and after it is confirmed, stops first:
// "This import creates 2 stops in force: AW4 on Tue 3 Nov, LD1 on Sat 7 Nov — review them after importing."
import type { ImportImpact } from '../../../shared/contract/io'
import { formatDay } from '../lib/format'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const listed = (items: { ruleId: string; date: string }[]) =>
  items.map((i) => `${i.ruleId} on ${formatDay(i.date, false)}`).join(', ')

/** The sentences, in the coach's words; `done` after the import, otherwise as a forecast. */
export const describeImpact = (impact: ImportImpact, done: boolean): string[] => {
  const verb = done ? 'created' : 'creates'
  const out: string[] = []
  if (impact.stopsInForce.length > 0) {
    out.push(
      `This import ${verb} ${plural(impact.stopsInForce.length, 'stop')} in force: ${listed(impact.stopsInForce)} — review ${impact.stopsInForce.length === 1 ? 'it' : 'them'} ${done ? 'on the athlete page' : 'after importing'}.`
    )
  }
  // Stops that have already ended (settled or cleared) are still history the coach should know of.
  const ended = impact.added.filter(
    (w) => w.severity === 'stop' && !impact.stopsInForce.some((s) => s.ruleId === w.ruleId && s.date === w.date)
  )
  const cautions = impact.added.filter((w) => w.severity === 'caution')
  const notes = impact.added.filter((w) => w.severity === 'info')
  if (ended.length > 0)
    out.push(
      `${impact.stopsInForce.length > 0 ? 'Also' : 'It'} ${done ? 'added' : 'adds'} ${plural(ended.length, 'stop')} that ${ended.length === 1 ? 'has' : 'have'} since ended: ${listed(ended)}.`
    )
  if (cautions.length > 0) out.push(`${plural(cautions.length, 'caution')}: ${listed(cautions)}.`)
  if (notes.length > 0) out.push(`${plural(notes.length, 'note')}.`)
  if (out.length === 0)
    out.push(done ? 'The imported sessions drew no warnings.' : 'The rules find no warnings in these sessions.')
  return out
}

export const ImportImpactNote = ({ impact, done }: { impact: ImportImpact; done: boolean }) => {
  const [first, ...rest] = describeImpact(impact, done)
  return (
    <p className={`import-impact${impact.stopsInForce.length > 0 ? ' has-stops' : ''}`} data-testid="import-impact">
      <strong>{first}</strong> {rest.join(' ')}
    </p>
  )
}
