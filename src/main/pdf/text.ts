// The words printed in a plan pack. The safety card states what to do, never that ankle weights
// improve running form: the studies show changed form, not better form (RULES.md).
export const SAFETY_TITLE = 'Safety card: when to stop'

export const SAFETY_LINES = [
  'Pain over 5 out of 10 during a run: stop, take the weights off and walk or jog home. No weights until your coach has reviewed it.',
  'Pain 3 to 5 out of 10: finish easy without the weights; make the next session unweighted and tell your coach.',
  'Pain not settled next morning (above 2 out of 10): no weights until it has settled on 2 runs in a row, and tell your coach.',
  'Form breaking down (limping, shuffling, a changed stride, heavy or noisy landings): take the weights off at once and finish unweighted.',
  'Never wear ankle weights for hill sprints, intervals, tempo runs or races, and keep weighted runs 2 days away from hard sessions.',
  'Only the weight and minutes written in the plan: do not add weight or time on your own.'
] as const

export const ALTERNATIVES_TITLE = 'The alternatives (when the weights stay off)'

export const ALTERNATIVE_LINES = [
  'Hill sprints: 6-10 x 8-10 s at 6-8% grade, walk back down to recover, once a week (beginners 3-4 sprints, never steeper than 10%).',
  'Incline running: an easy run on a gentle incline, treadmill or road.',
  'Intervals: 4-6 x 1 min hard / 1 min easy, building toward 4 x 4 min at 90-95% of maximum heart rate with 3 min easy between.',
  'An easy unweighted run: always a safe choice.'
] as const

export const WEIGHTS_NOTE =
  'Ankle weights are a small strength supplement. They change how you run, so use them only as written here, inside easy runs.'
