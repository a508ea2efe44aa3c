// RULES.md "Definitions" as SQL, the one place queries say what a run and a weighted session are
// (src/shared/rules/session.ts says it for the rules; tests/main/session-classes.test.ts checks the two agree).
/** A run is any session except cross-training. `t` is the sessions table's alias, if any ("s."). */
export const runSql = (t = ''): string => `${t}type <> 'cross'`
/** Weighted = ankle weights on (kg per ankle above 0). */
export const weightedSql = (t = ''): string => `${t}ankle_weight_kg > 0`
/** A weighted run: what the squad's counts, the sparklines and the weekly charts count. */
export const weightedRunSql = (t = ''): string => `(${runSql(t)} AND ${weightedSql(t)})`
/**
 * The first day of the calendar week holding the session's date, weeks starting on the weekday bound
 * as @weekStartsOn (0 = Sunday; shared/calendar.ts weekStartOf): the day minus its distance from
 * that weekday (strftime %w: 0 = Sunday).
 */
export const weekStartSql = (t = ''): string =>
  `date(${t}date, '-' || ((CAST(strftime('%w', ${t}date) AS INTEGER) - @weekStartsOn + 7) % 7) || ' days')`
