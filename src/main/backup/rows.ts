// Every row of a backup, checked with the schemas the app reads it back with (the IPC output schemas),
// before a restore replaces anything: a row the app could not read (a date 2026-19-39, owned weights
// ["a", 1e300], a 64 MB pain location) would otherwise break the athlete, session and plan lists.
// Lengths are checked in SQL first, so an oversized value is named without being read into memory.
import type Database from 'better-sqlite3'
import type { z } from 'zod'
import { ClearanceSchema } from '../../shared/contract/rules'
import { Athlete, Session, Settings } from '../../shared/domain'
import { Plan, PlannedSession } from '../../shared/plan/schema'
import { describeIssues, zodIssues } from '../../shared/validate'
import { toAthlete } from '../db/athletes'
import { textLimits } from '../db/limits'
import { toPlan, toPlanned } from '../db/plans'
import { toClearance } from '../db/rulesConfig'
import { toSession } from '../db/sessions'

/** How many bad rows the message names before "and more". */
const SHOWN = 5

type Raw = Record<string, unknown>

interface TableCheck {
  table: string
  schema: z.ZodType
  /** The row as the app's repository maps it (any throw is reported as the row's problem). */
  read: (r: Raw) => unknown
}

const settingsRead = (r: Raw) => ({
  massUnit: r.mass_unit,
  distanceUnit: r.distance_unit,
  weekStartsOn: r.week_starts_on,
  coachName: r.coach_name,
  // Columns an older backup does not have yet get the defaults its migration would give them.
  coachContact: r.coach_contact ?? '',
  paperSize: r.paper_size ?? 'A4'
})

const tableChecks: TableCheck[] = [
  { table: 'athletes', schema: Athlete, read: (r) => toAthlete(r as never) },
  { table: 'sessions', schema: Session, read: (r) => toSession(r as never) },
  { table: 'settings', schema: Settings, read: settingsRead },
  { table: 'stop_clearances', schema: ClearanceSchema, read: (r) => toClearance(r as never) },
  { table: 'plans', schema: Plan, read: (r) => toPlan(r as never) },
  { table: 'planned_sessions', schema: PlannedSession, read: (r) => toPlanned(r as never) }
]

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Problems with the backup's rows as one sentence per row (at most SHOWN); null when every row reads. */
export const rowProblems = (probe: Database.Database, tables: Set<string>): string | null => {
  const found: string[] = []
  let more = 0
  const note = (text: string) => {
    if (found.length < SHOWN) found.push(text)
    else more++
  }
  const columnsOf = (table: string) =>
    new Set(
      (probe.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name)
    )
  const tooLong = new Set<string>()
  for (const [table, limits] of Object.entries(textLimits)) {
    if (!tables.has(table)) continue
    const columns = columnsOf(table)
    for (const [column, max] of Object.entries(limits)) {
      if (!columns.has(column)) continue
      const rows = probe
        .prepare(
          `SELECT rowid AS id, length(${quote(column)}) AS n FROM ${quote(table)} WHERE length(${quote(column)}) > ? ORDER BY rowid`
        )
        .all(max) as { id: number; n: number }[]
      for (const r of rows) {
        tooLong.add(`${table}:${r.id}`)
        note(`${table} row ${r.id}: ${column} holds ${r.n} characters (at most ${max})`)
      }
    }
  }
  for (const { table, schema, read } of tableChecks) {
    if (!tables.has(table)) continue
    for (const raw of probe
      .prepare(`SELECT rowid AS _rowid, * FROM ${quote(table)} ORDER BY rowid`)
      .iterate() as IterableIterator<Raw>) {
      const id = raw._rowid as number
      if (tooLong.has(`${table}:${id}`)) continue
      let problem: string | null
      try {
        const parsed = schema.safeParse(read(raw))
        problem = parsed.success ? null : describeIssues(zodIssues(parsed.error))
      } catch (e) {
        problem = `cannot be read (${(e as Error).message})`
      }
      if (problem) note(`${table} row ${id}: ${problem.length > 300 ? `${problem.slice(0, 300)}…` : problem}`)
    }
  }
  if (found.length === 0) return null
  return `The backup holds rows Ballast cannot read: ${found.join('; ')}${more ? `; and ${more} more` : ''}.`
}
