// The target effort a planned session gets when nobody has chosen one: RULES.md's intensity targets
// (easy RPE 3-4, intervals 7-8, hill sprints 8-9), the lower end for a session that is not hard.
import type { SessionTypeName } from '../domain'

export const DEFAULT_TARGET_RPE: Record<SessionTypeName, number> = {
  easy: 3,
  long: 4,
  tempo: 7,
  interval: 8,
  hill_sprint: 8,
  incline: 5,
  race: 9,
  cross: 3
}
