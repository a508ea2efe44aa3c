// Runs the shared rules module on what the database holds: an athlete's sessions, the coach-wide
// and per-athlete thresholds, the week start from Settings and the stop clearances.
import type { Athlete, Session } from '../shared/domain'
import {
  advanceEvaluation,
  evaluateRulesWithStops,
  resumeEvaluation,
  resumeReadFrom,
  type Evaluation,
  resolveRulesConfig,
  type EndedStop,
  type RuleSession,
  type RulesConfig,
  type StopInForce,
  type Warning
} from '../shared/rules'
import { addDays } from '../shared/calendar'
import type { EndedStopOut, StopInForceOut } from '../shared/contract/rules'
import type { BackendContext } from './context'
import type { Db } from './db/open'
import { dataVersion, watchEvaluationInputs } from './db/evaluationWatch'
import type { Clearance } from './db/rulesConfig'

/** Warnings dated within this many days (today included) count as "current" on the roster. */
export const CURRENT_WARNING_DAYS = 7

export const toRuleSession = (
  s: Pick<
    Session,
    | 'date'
    | 'startTime'
    | 'type'
    | 'durationMin'
    | 'distanceKm'
    | 'ankleWeightKg'
    | 'weightedMin'
    | 'rpe'
    | 'pain'
    | 'painNextMorning'
    | 'formBreakdown'
  > & { id: number | string }
): RuleSession => ({
  id: String(s.id),
  date: s.date,
  startTime: s.startTime,
  type: s.type,
  durationMin: s.durationMin,
  distanceKm: s.distanceKm,
  ankleWeightKg: s.ankleWeightKg,
  weightedMin: s.weightedMin,
  rpe: s.rpe,
  pain: s.pain,
  painNextMorning: s.painNextMorning,
  formBreakdown: s.formBreakdown
})

export const effectiveConfig = (ctx: BackendContext, athleteId: number | null): RulesConfig =>
  resolveRulesConfig(ctx.rules.overrides(null), athleteId === null ? undefined : ctx.rules.overrides(athleteId), {
    weekStartsOn: ctx.settings.get().weekStartsOn
  })

// No units: the warnings' texts hold tokens that the renderer (or main, for a PDF or an error) writes
// out in the coach's units, so a units change never needs the rules to run again.
export const ruleInput = (ctx: BackendContext, athlete: Athlete, asOf: string, sessions: RuleSession[]) => ({
  athlete: { bodyMassKg: athlete.bodyMassKg, level: athlete.level },
  sessions,
  asOf,
  clearances: ctx.rules.clearances(athlete.id).map((c) => ({ ruleId: c.ruleId, clearedOn: c.clearedOn })),
  config: effectiveConfig(ctx, athlete.id)
})

export type { Evaluation }

/** A full, fresh evaluation of the athlete's history up to asOf (no cache). */
export const evaluateAthlete = (
  ctx: BackendContext,
  athlete: Athlete,
  asOf = ctx.today(),
  sessions?: Session[]
): Evaluation =>
  evaluateRulesWithStops(
    ruleInput(
      ctx,
      athlete,
      asOf,
      sessions ? sessions.map(toRuleSession) : ctx.sessions.ruleSessions(athlete.id, '0000-01-01', asOf)
    )
  )

/**
 * Evaluations kept per athlete for "today", so the squad and athlete views do not run the rules over
 * every athlete's whole history on each call. An entry holds for one day (the Clock's) and is dropped
 * as soon as a rule input of that athlete changes (the athlete's body mass or level, their
 * thresholds), or for everyone when coach-wide thresholds or settings change, or when another
 * connection writes to the file. A change to the athlete's sessions or clearances only marks the
 * entry: its whole evaluation (slot RESUMABLE_SLOT) stays as the base the next read resumes from,
 * with the earliest day the changes touched (resumedEvaluation), and every other slot is dropped.
 * Triggers in the connection's temp schema report the writes and their days (db/evaluationWatch.ts).
 * Entries also carry values derived from the evaluation (the squad row, chart series), which are
 * dropped with it. Entries are never stored while a transaction is open (it may roll back; a mark
 * made inside one stays, which only means resuming from an earlier day than needed).
 */
export interface EvaluationCache {
  /** The entry of the athlete for `day`, computed by `compute` when missing or stale. */
  get: <T>(athleteId: number, day: string, slot: string, compute: () => T) => T
  /**
   * The athlete's entry of an earlier day than `day`, if nothing the watch sees has changed since it was
   * kept (a new day replaces it once the new day's entry is stored).
   */
  earlier: <T>(athleteId: number, day: string, slot: string) => { day: string; value: T } | null
  /** The athlete's entry for `day` if kept, without computing it. */
  peek: <T>(athleteId: number, day: string, slot: string) => T | undefined
  /**
   * The athlete's whole evaluation of `day` from before a change to their sessions or clearances,
   * and the earliest day those changes touched; null when the entry is current or gone.
   */
  base: <T>(athleteId: number, day: string) => { value: T; from: string } | null
  /** Drops everything (tests; a restore does it through the triggers). */
  clear: () => void
}

interface CacheEntry {
  day: string
  slots: Map<string, unknown>
  /** Set when sessions or clearances changed: the earliest day touched; slots then holds only the base. */
  touchedFrom: string | null
}

/** The slot that holds an athlete's whole evaluation: the only one an evaluation can resume from. */
export const RESUMABLE_SLOT = 'evaluation'

const caches = new WeakMap<Db, EvaluationCache | null>()

const createEvaluationCache = (db: Db): EvaluationCache | null => {
  const entries = new Map<number, CacheEntry>()
  const watching = watchEvaluationInputs(db, (athleteId, day) => {
    if (athleteId === null) return entries.clear()
    const entry = entries.get(athleteId)
    if (!entry) return
    const base = entry.slots.get(RESUMABLE_SLOT)
    if (day === null || base === undefined) return void entries.delete(athleteId)
    // Derived slots (the squad row's part of the evaluation, chart series) are computed again.
    if (entry.slots.size > 1) entry.slots = new Map([[RESUMABLE_SLOT, base]])
    entry.touchedFrom = entry.touchedFrom === null || day < entry.touchedFrom ? day : entry.touchedFrom
  })
  if (!watching) return null
  let seen = dataVersion(db)
  const checkVersion = (): void => {
    const version = dataVersion(db)
    if (version !== seen) {
      entries.clear()
      seen = version
    }
  }
  return {
    earlier: <T>(athleteId: number, day: string, slot: string): { day: string; value: T } | null => {
      checkVersion()
      const entry = entries.get(athleteId)
      return entry && entry.touchedFrom === null && entry.day < day && entry.slots.has(slot)
        ? { day: entry.day, value: entry.slots.get(slot) as T }
        : null
    },
    peek: <T>(athleteId: number, day: string, slot: string): T | undefined => {
      checkVersion()
      const entry = entries.get(athleteId)
      return entry && entry.touchedFrom === null && entry.day === day
        ? (entry.slots.get(slot) as T | undefined)
        : undefined
    },
    base: <T>(athleteId: number, day: string): { value: T; from: string } | null => {
      checkVersion()
      const entry = entries.get(athleteId)
      return entry && entry.touchedFrom !== null && entry.day === day && entry.slots.has(RESUMABLE_SLOT)
        ? { value: entry.slots.get(RESUMABLE_SLOT) as T, from: entry.touchedFrom }
        : null
    },
    get: <T>(athleteId: number, day: string, slot: string, compute: () => T): T => {
      checkVersion()
      const entry = entries.get(athleteId)
      if (entry && entry.touchedFrom === null && entry.day === day && entry.slots.has(slot))
        return entry.slots.get(slot) as T
      const value = compute()
      if (!db.inTransaction) {
        // Read again: compute may have stored other slots of this athlete (a squad row its evaluation).
        const current = entries.get(athleteId)
        if (current && current.day === day && current.touchedFrom !== null) {
          // A marked entry becomes current again only with a new whole evaluation; until then a derived
          // value is not kept, so the base stays for the next resume.
          if (slot === RESUMABLE_SLOT)
            entries.set(athleteId, { day, slots: new Map([[slot, value]]), touchedFrom: null })
        } else {
          const e =
            current && current.day === day
              ? current
              : { day, slots: new Map<string, unknown>(), touchedFrom: null as string | null }
          e.slots.set(slot, value)
          entries.set(athleteId, e)
        }
      }
      return value
    },
    clear: () => entries.clear()
  }
}

/** The cache of this connection (one per database handle, shared by every backend on it); null when it cannot be kept. */
export const evaluationCache = (db: Db): EvaluationCache | null => {
  if (!caches.has(db)) caches.set(db, createEvaluationCache(db))
  return caches.get(db) ?? null
}

/**
 * Warnings, stops in force and stops that ended for the athlete at asOf. For today (the views) the
 * evaluation comes from the cache when the athlete's inputs have not changed; it is the same result
 * as a fresh evaluation. `sessions`: the athlete's sessions up to asOf, when the caller has read them.
 */
export const athleteWarnings = (
  ctx: BackendContext,
  athlete: Athlete,
  asOf = ctx.today(),
  sessions?: Session[]
): Evaluation => {
  const cache = asOf === ctx.today() ? evaluationCache(ctx.db) : null
  if (!cache) return evaluateAthlete(ctx, athlete, asOf, sessions)
  return cache.get(
    athlete.id,
    asOf,
    RESUMABLE_SLOT,
    () =>
      carriedEvaluation(ctx, cache, athlete, asOf, RESUMABLE_SLOT) ??
      resumedEvaluation(ctx, cache, athlete, asOf, sessions) ??
      evaluateAthlete(ctx, athlete, asOf, sessions)
  )
}

/**
 * Today's evaluation from the cache when something already keeps it (or keeps the evaluation from
 * before a change, which is then resumed and kept), else a fresh one that is not kept.
 */
export const athleteWarningsIfKept = (ctx: BackendContext, athlete: Athlete, asOf: string): Evaluation => {
  const cache = asOf === ctx.today() ? evaluationCache(ctx.db) : null
  if (cache?.base(athlete.id, asOf)) return athleteWarnings(ctx, athlete, asOf)
  return cache?.peek<Evaluation>(athlete.id, asOf, RESUMABLE_SLOT) ?? evaluateAthlete(ctx, athlete, asOf)
}

/**
 * After a change to the athlete's sessions or clearances, today's evaluation resumed from the one kept
 * before it (shared/rules/resume.ts): the rules read only the sessions from the longest look-back
 * before the earliest changed day, and carry the rest. Null when there is no such base or the rules
 * cannot resume from it (the change reaches the first sessions or is older than their checkpoints).
 * `sessions`: the athlete's sessions up to asOf, when the caller has read them.
 */
export const resumedEvaluation = (
  ctx: BackendContext,
  cache: EvaluationCache,
  athlete: Athlete,
  asOf: string,
  sessions?: Session[]
): Evaluation | null => {
  const base = cache.base<Evaluation>(athlete.id, asOf)
  if (!base || base.value.carry.asOf !== asOf) return null
  const input = ruleInput(ctx, athlete, asOf, [])
  const readFrom = resumeReadFrom(base.value, base.from, input.config)
  if (readFrom === null) return null
  const window = sessions
    ? sessions.filter((s) => s.date >= readFrom).map(toRuleSession)
    : ctx.sessions.ruleSessions(athlete.id, readFrom, asOf)
  return resumeEvaluation(base.value, { ...input, sessions: window, from: base.from })
}

/** What the squad has already read for an athlete (db/squad.ts), so carrying needs no query of its own. */
export interface KnownInputs {
  /** The day of the athlete's last session up to asOf. */
  lastSessionDate: string | null
  clearances: readonly Clearance[]
  config: RulesConfig
}

/**
 * On a new day, the evaluation kept in `slot` for an earlier day carried forward
 * (shared/rules/advance.ts) instead of a fresh read of the whole history, when none of the athlete's
 * rule inputs changed since (the cache still holds it) and no session or clearance is dated between
 * that day and asOf. Null when it cannot be carried.
 */
export const carriedEvaluation = (
  ctx: BackendContext,
  cache: EvaluationCache,
  athlete: Athlete,
  asOf: string,
  slot: string,
  known?: KnownInputs
): Evaluation | null => {
  const kept = cache.earlier<Evaluation>(athlete.id, asOf, slot)
  if (!kept || kept.value.carry.asOf !== kept.day) return null
  const sessionSince = known
    ? known.lastSessionDate !== null && known.lastSessionDate > kept.day
    : ctx.sessions.countBetween(athlete.id, kept.day, asOf) > 0
  if (sessionSince) return null
  const clearances = known?.clearances ?? ctx.rules.clearances(athlete.id)
  if (clearances.some((c) => c.clearedOn > kept.day && c.clearedOn <= asOf)) return null
  const config = known?.config ?? effectiveConfig(ctx, athlete.id)
  return advanceEvaluation(kept.value, {
    athlete: { bodyMassKg: athlete.bodyMassKg, level: athlete.level },
    asOf,
    config
  })
}

/**
 * Warnings a coach should act on now: the state warnings (each stop still in force, LD4) and the
 * info and caution warnings of the last CURRENT_WARNING_DAYS days. A session's own stop warning is
 * history once that stop was cleared or has ended, so stops count through their state warning only.
 */
export const currentWarnings = (warnings: Warning[], today: string): Warning[] => {
  const since = addDays(today, -(CURRENT_WARNING_DAYS - 1))
  return warnings.filter((w) => w.sessionId === null || (w.date >= since && w.severity !== 'stop'))
}

/**
 * Stops in force and stops that ended, with what the coach needs to read them: whether the stopping
 * session was imported, the days of the settled sessions, and who cleared a stop and why.
 */
export const describeStops = (
  ctx: BackendContext,
  athleteId: number,
  sessions: readonly Pick<Session, 'id' | 'date' | 'source'>[],
  stops: readonly StopInForce[],
  ended: readonly EndedStop[]
): { stops: StopInForceOut[]; ended: EndedStopOut[] } => {
  const byId = new Map(sessions.map((s) => [String(s.id), s]))
  const fromImport = (id: string) => byId.get(id)?.source === 'import'
  const clearances = ctx.rules.clearances(athleteId)
  return {
    stops: stops.map((s) => ({ ...s, fromImport: fromImport(s.sessionId) })),
    ended: ended.map((e) => {
      // The latest clearance of that rule on that day is the one that ended it.
      const clearance =
        e.reason === 'cleared'
          ? clearances.filter((c) => c.ruleId === e.ruleId && c.clearedOn === e.endedOn).at(-1)
          : undefined
      return {
        ruleId: e.ruleId,
        sessionId: e.sessionId,
        date: e.date,
        endedOn: e.endedOn,
        reason: e.reason,
        settledOn: (e.settledBy ?? []).map((id) => byId.get(id)?.date).filter((d): d is string => d !== undefined),
        clearedBy: clearance?.clearedBy ?? null,
        clearReason: clearance?.reason ?? null,
        fromImport: fromImport(e.sessionId)
      }
    })
  }
}
