// FM1: a form breakdown with weights on (the added weight alters stride and gait).
import { emit, type RuleContext } from './context'
import { dayText } from '../text/tokens'

export function formBreakdownRule(ctx: RuleContext): void {
  const { sessions, config: c, day, weighted } = ctx
  for (let i = 0; i < sessions.length; i++) {
    if (!weighted[i] || !sessions[i].formBreakdown) continue
    const d = day[i]
    let previous = -1
    for (let j = i - 1; j >= 0 && day[j] > d - c.fm1WindowDays; j--) {
      if (weighted[j] && sessions[j].formBreakdown) {
        previous = j
        break
      }
    }
    if (previous >= 0) {
      const daysSincePreviousFlag = d - day[previous]
      emit(
        ctx,
        i,
        'FM1',
        'stop',
        { daysSincePreviousFlag },
        `Form broke down with weights on again, ${daysSincePreviousFlag} days after the last time (${dayText(sessions[previous].date)}).`
      )
    } else {
      emit(ctx, i, 'FM1', 'caution', {}, 'Form broke down with weights on.')
    }
  }
}
