// Schema v5: limits on every text column (lengths from ../limits.ts), real calendar days in the date
// columns, and owned weights that are numbers within 0-5 kg, so a row that slipped past zod (an old
// file, a hand-edited backup) cannot be stored.
//
// Triggers, not CHECK constraints: SQLite cannot add a CHECK to an existing column (ALTER TABLE has no
// ADD CONSTRAINT), and rebuilding the tables would mean dropping athletes, which with foreign_keys on
// (it cannot be turned off inside the migration's transaction) deletes every session by ON DELETE
// CASCADE. Triggers leave every existing row and page as it was and check each INSERT and UPDATE.
import { dayColumns, textLimits } from '../limits'

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`

const checks = (table: string): string[] => {
  const out = Object.entries(textLimits[table]).map(
    ([column, max]) =>
      `  SELECT RAISE(ABORT, ${lit(`${table}.${column}: at most ${max} characters`)}) WHERE length(NEW.${column}) > ${max};`
  )
  for (const column of dayColumns[table] ?? []) {
    out.push(
      `  SELECT RAISE(ABORT, ${lit(`${table}.${column}: not a real calendar date`)}) WHERE NEW.${column} IS NOT date(NEW.${column});`
    )
  }
  if (table === 'athletes') {
    out.push(
      `  SELECT RAISE(ABORT, 'athletes.owned_weights_kg: at most 20 weights, each a number above 0 and at most 5 kg') WHERE json_valid(NEW.owned_weights_kg) AND ` +
        `(json_array_length(NEW.owned_weights_kg) > 20 OR EXISTS (SELECT 1 FROM json_each(NEW.owned_weights_kg) WHERE type NOT IN ('integer', 'real') OR value <= 0 OR value > 5));`
    )
  }
  return out
}

const triggers = (table: string): string =>
  (['INSERT', 'UPDATE'] as const)
    .map(
      (op) =>
        `CREATE TRIGGER ${table}_limits_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN\n${checks(table).join('\n')}\nEND;`
    )
    .join('\n')

export const up = Object.keys(textLimits).map(triggers).join('\n')
