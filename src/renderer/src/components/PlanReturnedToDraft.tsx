import type { PlanDetail } from '../../../shared/contract/plan'
import { ruleTitles, type RuleId } from '../../../shared/rules'
import { formatDay } from '../lib/format'
import { RichText } from './RichText'

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Says that the last edit sent a published plan back to draft, and which warning did it. */
export const PlanReturnedToDraft = ({ returned }: { returned: NonNullable<PlanDetail['returnedToDraft']> }) => {
  const { first } = returned
  const title = ruleTitles[first.ruleId as RuleId]
  return (
    <div className="form-error plan-returned" role="alert">
      <strong>Back to draft:</strong> this change gives the plan {count(returned.cautions, 'caution')} and{' '}
      {count(returned.stops, 'stop')}, and a published plan may have none.{' '}
      {first.severity === 'stop' ? 'Stop' : 'Caution'} {first.ruleId}
      {title ? ` (${title})` : ''} on {formatDay(first.date)}: <RichText text={first.message} /> Change the marked
      sessions, then publish again.
    </div>
  )
}
