// What an evaluation keeps so that a later one can resume from a day (resume.ts) instead of reading
// every session again: the state of the rules that remember more than a window, at a few days.
import type { AcwrState } from '../load'
import type { StopsState } from './stops'

export interface Checkpoint {
  /** Day number: the state after every session dated before this day, and none after. */
  day: number
  /** EX1: the first session's day, and the unweighted runs logged before `day`. */
  firstDay: number
  unweightedRuns: number
  /** DL1: the week (its first day number) of the last weighted session before `day`, and its streak. */
  dl1Week: number | null
  dl1Streak: number
  /** LD4: the EWMA after day - 1. */
  acwr: AcwrState
  /** Stop episodes that may still change from `day` on, ST1's group, and whether the last session had a PN1 caution. */
  stops: StopsState
}

/**
 * How long weekly checkpoints are kept, in days before asOf. A change dated before the oldest one
 * kept is evaluated in full (an import of old sessions, an edit months back): rare, and it keeps the
 * carry at about a dozen small records per athlete.
 */
export const CHECKPOINT_DAYS = 91
