// Snapshots of a row and everything that cascades from it, so a delete can be undone exactly:
// the same ids, the same child rows. Follows the schema's foreign keys, so tables added by later
// migrations (plans, ...) are covered without changes here.
import type { Db } from './open'

export interface Snapshot {
  /** Parents before children, the order they must be re-inserted in. */
  rows: { table: string; row: Record<string, unknown> }[]
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

interface ChildLink {
  child: string
  column: string
}

const childLinks = (db: Db): Map<string, ChildLink[]> => {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
  const links = new Map<string, ChildLink[]>()
  for (const { name } of tables) {
    const fks = db.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as {
      table: string
      from: string
      on_delete: string
    }[]
    for (const fk of fks) {
      if (fk.on_delete !== 'CASCADE') continue
      links.set(fk.table, [...(links.get(fk.table) ?? []), { child: name, column: fk.from }])
    }
  }
  return links
}

export const snapshotCascade = (db: Db, table: string, id: number): Snapshot => {
  const links = childLinks(db)
  const rows: Snapshot['rows'] = []
  const root = db.prepare(`SELECT * FROM ${quote(table)} WHERE id = ?`).get(id) as Record<string, unknown> | undefined
  if (!root) return { rows }
  rows.push({ table, row: root })
  const queue: { table: string; ids: number[] }[] = [{ table, ids: [id] }]
  while (queue.length) {
    const { table: parent, ids } = queue.shift()!
    for (const { child, column } of links.get(parent) ?? []) {
      const found = db
        .prepare(`SELECT * FROM ${quote(child)} WHERE ${quote(column)} IN (${ids.map(() => '?').join(',')})`)
        .all(...ids) as Record<string, unknown>[]
      if (!found.length) continue
      for (const row of found) rows.push({ table: child, row })
      const childIds = found.map((r) => r.id).filter((x): x is number => typeof x === 'number')
      if (childIds.length) queue.push({ table: child, ids: childIds })
    }
  }
  return { rows }
}

/** Puts every row of a snapshot back, in one transaction. */
export const restoreSnapshot = (db: Db, snapshot: Snapshot): void => {
  db.transaction(() => {
    for (const { table, row } of snapshot.rows) {
      const cols = Object.keys(row)
      db.prepare(
        `INSERT INTO ${quote(table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
      ).run(...cols.map((c) => row[c]))
    }
  })()
}
