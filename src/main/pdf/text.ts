// The words printed in a plan pack. Nothing here claims that ankle weights improve running form or
// fitness: the studies show changed form, not better form, and little evidence of benefit (RULES.md).

export const EVIDENCE_LINE =
  'Ankle weights are an optional extra load; the evidence of benefit is thin. They change how you run, so wear them only as written here, inside easy runs.'

export const SAFETY_TITLE = 'Safety card: when to stop'

export const SAFETY_LINES = [
  'Pain over 5 out of 10 during a run: stop, take the weights off and walk or jog home. No weights until your coach has reviewed it.',
  'Pain 3 to 5 out of 10: finish easy without the weights; make the next session unweighted and tell your coach.',
  'Pain not settled next morning (above 2 out of 10): no weights until it has settled on 2 runs in a row, and tell your coach.',
  'Form breaking down (limping, shuffling, a changed stride, heavy or noisy landings): take the weights off at once and finish unweighted.',
  'Never wear ankle weights for hill sprints, intervals, tempo runs or races, and keep weighted runs 2 days away from hard sessions.',
  'Only the weight and minutes written in the plan: do not add weight or time on your own.'
] as const

export const RED_FLAGS_TITLE = 'Red flags: stop running and see a professional'
export const RED_FLAGS = [
  'Pain in one spot on a bone (it hurts to press on it).',
  'Swelling around a joint, shin or foot.',
  'Pain that wakes you at night or aches while you rest.',
  'Pain that rises during a run instead of easing off.'
] as const
export const RED_FLAGS_ACTION =
  'Any one of these: stop running (with or without weights) and see a doctor or physiotherapist before you run again. Tell your coach.'

export const FORM_TITLE = 'How to tell your form is breaking down'
export const FORM_SIGNS = [
  'Your cadence drops: fewer, longer, heavier steps.',
  'Toe scuffing: your toes catch or drag on the ground.',
  'Foot slap: you hear your feet land loudly.',
  'Hip drop: one hip sinks or you start to lean or twist.',
  'A shin or knee ache starts.'
] as const
export const FORM_ACTION =
  'Any one of these: take the weights off at once, finish the run without them, and tick "Form OK?" no on your log.'

export const MOVE_UP_TITLE = 'Before you move up a step'
export const MOVE_UP_LINES = [
  'Check your last 2 weighted runs on your log: pain 2 out of 10 or less during and the next morning, and no form breakdown.',
  'Both yes: go ahead with the next step of the ladder.',
  'Either no: repeat the week you have just done (same weight, same minutes) and tell your coach.'
] as const

export const MISSED_TITLE = 'After a missed session'
export const MISSED_LINES = [
  'Never double up: do not add the missed run to another day, and do not run two sessions in one day.',
  'Just carry on with the next session in the plan.',
  'Missed a weighted run: do not move it next to a hard day (hill sprints, intervals, tempo, long run or race); skip it instead.',
  'Missed a whole week or more: ask your coach before the weights go back on.'
] as const

export const WEAR_TITLE = 'Wearing the weights'
export const WEAR_LINES = [
  'Put them on when the session says (after the warm-up when it has one): snug just above the ankle bone, the same weight on both sides.',
  'Check for chafing after the first few minutes and again when you take them off.',
  'Take them off at the end of the weighted minutes on a loop past your home or your car, and leave them there. Never carry them in your hands.',
  'Finish the run without them.'
] as const

export const ALTERNATIVES_TITLE = 'The alternatives (when the weights stay off)'
export const ALTERNATIVE_LINES = [
  'Hill sprints: 6-10 x 8-10 s at 6-8% grade, walk back down to recover, once a week (beginners 3-4 sprints, never steeper than 10%).',
  'Incline running: an easy run on a gentle incline, treadmill or road.',
  'Intervals: short hard efforts (RPE 7-8, only a few words at a time) with easy jogging between, as your plan writes them.',
  'An easy unweighted run: always a safe choice.'
] as const

/** RPE anchors: the effort scale as the athlete feels it, with the talk test. */
export const RPE_ANCHORS = [
  ['1-2', 'very easy', 'you could sing'],
  ['3-4', 'easy', 'you can talk in full sentences'],
  ['5-6', 'steady', 'you can talk in short sentences'],
  ['7-8', 'hard', 'only a few words at a time'],
  ['9-10', 'very hard', 'you cannot talk']
] as const

/** Pain anchors, in line with the safety card. */
export const PAIN_ANCHORS = [
  ['0', 'no pain'],
  ['1-2', 'you notice it, it does not change how you run'],
  ['3-5', 'it bothers you: finish easy without the weights'],
  ['6-10', 'stop, weights off, walk home, tell your coach']
] as const
