// Resuming an evaluation from a changed day (issue 12: rules look at the window each rule needs; a
// stop in force is carried, not recomputed from the first session).
//
// After a change that touches days from `from` on (a session inserted, edited or deleted: its old and
// new dates; a clearance: its clearedOn), a session dated before `from` keeps its warnings: every
// session rule reads a session and the ones before it, and a clearance ends stops only from its day
// on. A session from `from` on needs, from the rules that judge it against a window, only the sessions
// of that window (lookBackDays). What lasts longer than any window is carried from the previous
// evaluation, at a checkpoint on or before `from` (checkpoint.ts): the first session's day and the
// count of unweighted runs (EX1), the run of weighted weeks (DL1), the EWMA (LD4), and the stop
// episodes that may still change (PN1/PN2 settled rows, clearances, ST1's group). From the checkpoint,
// those rules walk the sessions again; the rest is kept from the previous evaluation.
//
// The property test (tests/unit/rules/resume.test.ts) checks the result, carry included, against a
// fresh evaluation of the whole history.
import { dayNumber, isoFromDayNumber, weekStartDayNumber } from '../calendar'
import type { Checkpoint } from './checkpoint'
import { resolveRulesConfig, type RulesConfig } from './config'
import { evaluate, type EvaluateRulesInput, type Evaluation } from './index'

const WEEK = 7
/** LD3's monotony reads the 7 daily loads ending on the session's day (monotony.ts). */
const LD3_DAYS = 7

/**
 * How many days before a session the rules that judge it against a window read (the longest of them,
 * from the thresholds in force):
 * - AW3 compares with the heaviest weighted session of aw3WindowDays, and cautions an increase or
 *   restart less than aw3MinDaysBetweenChanges after the previous one, which was judged against its
 *   own aw3WindowDays: the two add up (42 days with the defaults, the longest);
 * - AW4 exposure (aw4ExposureWindowDays), AW5 (aw5WindowDays, aw5MinGapDays), LD1 (ld1WindowDays),
 *   RC1 (rc1MinGapDays), FM1 (fm1WindowDays), PN2 not settled (pn2PreviousMaxDays), LD4's link to
 *   recent LD1/PN1/PN2 warnings (ld4LinkDays);
 * - once-a-week checks read the week so far, each session of it with its own window: LD2 (this week
 *   and last week), LD3 (7 daily loads), PN2 rising (two pn2RisingWindowDays windows).
 * EX1, DL1, the stops and LD4's EWMA reach further back and are carried instead.
 */
export function lookBackDays(config?: Partial<RulesConfig>): number {
  const c = resolveRulesConfig(config)
  return Math.max(
    c.aw3WindowDays + c.aw3MinDaysBetweenChanges, // AW3
    c.aw4ExposureWindowDays, // AW4 exposure
    c.aw5WindowDays, // AW5 count and share
    c.aw5MinGapDays, // AW5 gap
    c.ld1WindowDays, // LD1
    WEEK + WEEK, // LD2: this week so far and last week
    WEEK + LD3_DAYS, // LD3: the week so far, each day with its 7 daily loads
    c.ld4LinkDays, // LD4's link
    c.rc1MinGapDays, // RC1
    c.pn2PreviousMaxDays, // PN2 not settled
    WEEK + 2 * c.pn2RisingWindowDays, // PN2 rising: the week so far, each with two windows
    c.fm1WindowDays // FM1
  )
}

export interface ResumeInput extends EvaluateRulesInput {
  /** The same day as the previous evaluation's. */
  asOf: string
  /** The earliest day the change touched (YYYY-MM-DD). */
  from: string
}

/** The latest checkpoint on or before day `limit`, or null. */
function checkpointOnOrBefore(prev: Evaluation, limit: number): Checkpoint | null {
  let found: Checkpoint | null = null
  for (const c of prev.carry.checkpoints) if (c.day <= limit) found = c
  return found
}

function planFor(
  prev: Evaluation,
  from: number,
  config: RulesConfig
): { readStart: number; checkpoint: Checkpoint } | null {
  const checkpoint = checkpointOnOrBefore(prev, from)
  if (!checkpoint) return null
  // LD4's EWMA starts from the mean load of the first ld4SeedDays days, so every checkpoint's EWMA
  // depends on them: a change among them is evaluated in full.
  if (from < checkpoint.firstDay + Math.max(1, Math.round(config.ld4SeedDays))) return null
  const lowest = Math.min(checkpoint.day, from - lookBackDays(config))
  return { readStart: weekStartDayNumber(lowest, config.weekStartsOn), checkpoint }
}

/**
 * The first day (YYYY-MM-DD) whose sessions resumeEvaluation needs after a change from `from`: a week's
 * first day, at least lookBackDays before `from` (earlier only when the checkpoint is: a gap without
 * sessions). Null when the evaluation cannot resume: the change is older than the checkpoints kept,
 * or touches the first session or the first ld4SeedDays days (LD4's starting value); then evaluate
 * the whole history instead.
 */
export function resumeReadFrom(prev: Evaluation, from: string, config?: Partial<RulesConfig>): string | null {
  const plan = planFor(prev, dayNumber(from), resolveRulesConfig(config))
  return plan ? isoFromDayNumber(plan.readStart) : null
}

/**
 * The evaluation of input (the same athlete, thresholds and asOf as prev, after a change from
 * input.from), from prev and the sessions dated from resumeReadFrom(prev, input.from) through asOf
 * (earlier ones may be passed; they are not read). Equal to evaluateRulesWithStops on the whole
 * history. Null when it cannot resume, and then the caller evaluates the whole history:
 * - resumeReadFrom gave null;
 * - no session is left in the window read (the whole history before it would be needed to tell which
 *   session is the last one);
 * - every session from the checkpoint on was deleted and no checkpoint inside the window precedes the
 *   last one left.
 */
export function resumeEvaluation(prev: Evaluation, input: ResumeInput): Evaluation | null {
  if (prev.carry.asOf !== input.asOf) throw new Error('resumeEvaluation: the previous evaluation is of another day')
  const from = dayNumber(input.from)
  const asOfDay = dayNumber(input.asOf)
  if (from > asOfDay) return prev // sessions and clearances after asOf are not read
  const config = resolveRulesConfig(input.config)
  const plan = planFor(prev, from, config)
  if (!plan) return null
  let last = -Infinity
  for (const s of input.sessions) {
    const d = dayNumber(s.date)
    if (d >= plan.readStart && d <= asOfDay && d > last) last = d
  }
  if (last === -Infinity) return null
  let checkpoint = plan.checkpoint
  if (last + 1 < checkpoint.day) {
    // The sessions after the checkpoint were deleted: the new last checkpoint (after the last session)
    // lies before it, so start from an earlier one.
    const earlier = checkpointOnOrBefore(prev, last + 1)
    if (!earlier || earlier.day < plan.readStart) return null
    checkpoint = earlier
  }
  return evaluate(input, { prev, from, readStart: plan.readStart, checkpoint })
}
