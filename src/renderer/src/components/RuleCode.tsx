// A rule's code with its title in place ("AW5 weighted frequency"), wherever a code is shown: the
// coach should not need RULES.md open to read the squad row or the session log.
import { ruleTitles, type RuleId } from '../../../shared/rules'

export const ruleLabel = (id: RuleId): string => `${id} ${ruleTitles[id].toLowerCase()}`

export const RuleCode = ({ id }: { id: RuleId }) => (
  <span className="rule-code" data-rule={id}>
    <strong>{id}</strong> {ruleTitles[id].toLowerCase()}
  </span>
)

/** Several codes, each with its title, in one line that wraps between codes, not inside one. */
export const RuleCodes = ({ ids }: { ids: readonly RuleId[] }) => (
  <span className="rule-codes">
    {[...new Set(ids)].map((id) => (
      <RuleCode key={id} id={id} />
    ))}
  </span>
)
