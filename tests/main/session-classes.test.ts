// The SQL that counts runs and weighted sessions says what the rules say (RULES.md "Definitions"),
// for every session type, unweighted and weighted, on a real database.
import { describe, expect, it } from 'vitest'
import { sessionTypes } from '../../src/shared/domain'
import { isRun, isWeighted } from '../../src/shared/rules'
import { runSql, weightedRunSql, weightedSql } from '../../src/main/db/sessionClasses'
import { openTemp } from '../helpers/tempdb'

describe('session classes in SQL', () => {
  it('agree with the rules module for every type and weight', () => {
    const db = openTemp()
    db.exec('CREATE TEMP TABLE probe (type TEXT, ankle_weight_kg REAL)')
    const insert = db.prepare('INSERT INTO probe VALUES (?, ?)')
    for (const type of sessionTypes) for (const kg of [0, 0.25, 1.5]) insert.run(type, kg)
    const rows = db
      .prepare(
        `SELECT type, ankle_weight_kg AS kg, ${runSql('p.')} AS run, ${weightedSql('p.')} AS weighted,
                ${weightedRunSql('p.')} AS weightedRun FROM probe p`
      )
      .all() as { type: string; kg: number; run: number; weighted: number; weightedRun: number }[]
    expect(rows).toHaveLength(sessionTypes.length * 3)
    for (const r of rows) {
      const s = { type: r.type as (typeof sessionTypes)[number], ankleWeightKg: r.kg }
      expect(Boolean(r.run), `${r.type} ${r.kg}`).toBe(isRun(s))
      expect(Boolean(r.weighted), `${r.type} ${r.kg}`).toBe(isWeighted(s))
      expect(Boolean(r.weightedRun), `${r.type} ${r.kg}`).toBe(isRun(s) && isWeighted(s))
    }
    // Cross-training with weights on is weighted but not a weighted run.
    expect(rows.find((r) => r.type === 'cross' && r.kg > 0)!.weightedRun).toBe(0)
  })
})
