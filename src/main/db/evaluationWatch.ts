// Tells the backend's evaluation cache (src/main/warnings.ts) which athletes' rule inputs changed, and
// from which day. Temporary triggers on this connection call a JS function for every row written to
// the tables the rules read: sessions (that athlete, from the row's old and new dates), clearances
// (that athlete, from the clearance's day), the athlete row (body mass, level: everything of that
// athlete), threshold overrides (that athlete, or everyone for coach-wide ones) and settings
// (everyone: week start and units). Being triggers, they see every write path (handlers, imports,
// undo, restore, demo squad) without any handler having to remember to invalidate. They live in the
// connection's temp schema, so nothing is added to the coach's file and a backup never carries them.
// Writes by another connection are caught by PRAGMA data_version (see dataVersion below).
import type { Db } from './open'

/**
 * athleteId null: every athlete. day: the earliest day the write touched (a session's date, a
 * clearance's day; YYYY-MM-DD as stored), or null when it touches everything of that athlete.
 */
export type OnTouch = (athleteId: number | null, day: string | null) => void

const FN = 'ballast_evaluation_touch'
// A day the rules can resume from; anything else stored in a date column touches everything.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

const triggers = (fn: string): string => `
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_sessions_ins AFTER INSERT ON main.sessions BEGIN SELECT ${fn}(NEW.athlete_id, NEW.date); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_sessions_upd AFTER UPDATE ON main.sessions BEGIN SELECT ${fn}(OLD.athlete_id, OLD.date); SELECT ${fn}(NEW.athlete_id, NEW.date); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_sessions_del AFTER DELETE ON main.sessions BEGIN SELECT ${fn}(OLD.athlete_id, OLD.date); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_clear_ins AFTER INSERT ON main.stop_clearances BEGIN SELECT ${fn}(NEW.athlete_id, NEW.cleared_on); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_clear_upd AFTER UPDATE ON main.stop_clearances BEGIN SELECT ${fn}(OLD.athlete_id, OLD.cleared_on); SELECT ${fn}(NEW.athlete_id, NEW.cleared_on); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_clear_del AFTER DELETE ON main.stop_clearances BEGIN SELECT ${fn}(OLD.athlete_id, OLD.cleared_on); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_athletes_upd AFTER UPDATE ON main.athletes BEGIN SELECT ${fn}(OLD.id); SELECT ${fn}(NEW.id); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_athletes_del AFTER DELETE ON main.athletes BEGIN SELECT ${fn}(OLD.id); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_rules_ins AFTER INSERT ON main.rules_config BEGIN SELECT ${fn}(NEW.athlete_id); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_rules_upd AFTER UPDATE ON main.rules_config BEGIN SELECT ${fn}(OLD.athlete_id); SELECT ${fn}(NEW.athlete_id); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_rules_del AFTER DELETE ON main.rules_config BEGIN SELECT ${fn}(OLD.athlete_id); END;
CREATE TEMP TRIGGER IF NOT EXISTS ballast_eval_settings_upd AFTER UPDATE ON main.settings BEGIN SELECT ${fn}(NULL); END;
`

/**
 * Installs the triggers on `db` and routes them to `onTouch`. Returns false when the connection
 * cannot hold them (a read-only connection): then the caller must not cache.
 */
export const watchEvaluationInputs = (db: Db, onTouch: OnTouch): boolean => {
  if (db.readonly) return false
  try {
    db.function(FN, { deterministic: false, varargs: true }, (id: unknown, day?: unknown) => {
      onTouch(
        typeof id === 'number' || typeof id === 'bigint' ? Number(id) : null,
        typeof day === 'string' && ISO_DAY.test(day) ? day : null
      )
      return null
    })
    db.exec(triggers(FN))
    return true
  } catch {
    return false
  }
}

/** Changes whenever another connection commits to the file (SQLite's PRAGMA data_version). */
export const dataVersion = (db: Db): number => db.pragma('data_version', { simple: true }) as number
