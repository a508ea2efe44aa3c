// Plans, planned sessions and plan templates. Bound parameters only; every multi-row write is one
// transaction, so a plan is never left with half its sessions.
import type {
  Plan,
  PlannedDraft,
  PlannedSession,
  PlanStatus,
  PlanTemplate,
  TemplateSession
} from '../../shared/plan/schema'
import type { Db } from './open'

interface PlanRow {
  id: number
  athlete_id: number
  name: string
  start_date: string
  weeks: number
  goal: string
  status: PlanStatus
  notes: string
  published_at: string | null
  created_at: string
  updated_at: string
}

interface PlannedRow {
  id: number
  plan_id: number
  date: string
  type: PlannedSession['type']
  duration_min: number
  distance_km: number | null
  ankle_weight_kg: number
  weighted_min: number
  target_rpe: number | null
  description: string
}

interface TemplateRow {
  id: number
  name: string
  weeks: number
  source_body_mass_kg: number | null
  created_at: string
  session_count: number
}

type TemplateSessionRow = Omit<PlannedRow, 'plan_id' | 'date'> & { template_id: number; day_offset: number }

export const toPlan = (r: PlanRow): Plan => ({
  id: r.id,
  athleteId: r.athlete_id,
  name: r.name,
  startDate: r.start_date,
  weeks: r.weeks,
  goal: r.goal,
  status: r.status,
  notes: r.notes,
  publishedAt: r.published_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export const toPlanned = (r: PlannedRow): PlannedSession => ({
  id: r.id,
  planId: r.plan_id,
  date: r.date,
  type: r.type,
  durationMin: r.duration_min,
  distanceKm: r.distance_km,
  ankleWeightKg: r.ankle_weight_kg,
  weightedMin: r.weighted_min,
  targetRpe: r.target_rpe,
  description: r.description
})

export interface PlanFieldsClean {
  athleteId: number
  name: string
  startDate: string
  weeks: number
  goal: string
  notes: string
}

export const planRepo = (db: Db) => {
  const planById = db.prepare<[number], PlanRow>('SELECT * FROM plans WHERE id = ?')
  const insertPlan = db.prepare(
    `INSERT INTO plans (athlete_id, name, start_date, weeks, goal, notes, status, created_at, updated_at)
     VALUES (@athleteId, @name, @startDate, @weeks, @goal, @notes, 'draft', @now, @now)`
  )
  const updatePlan = db.prepare(
    'UPDATE plans SET name = @name, start_date = @startDate, weeks = @weeks, goal = @goal, notes = @notes, updated_at = @now WHERE id = @id'
  )
  const setStatus = db.prepare('UPDATE plans SET status = ?, published_at = ?, updated_at = ? WHERE id = ?')
  const touch = db.prepare('UPDATE plans SET updated_at = ? WHERE id = ?')
  const removePlan = db.prepare('DELETE FROM plans WHERE id = ?')
  const list = db.prepare<{ athleteId: number | null }, PlanRow & { athlete_name: string; session_count: number }>(
    `SELECT p.*, a.name AS athlete_name, (SELECT count(*) FROM planned_sessions s WHERE s.plan_id = p.id) AS session_count
       FROM plans p JOIN athletes a ON a.id = p.athlete_id
      WHERE @athleteId IS NULL OR p.athlete_id = @athleteId
      ORDER BY p.start_date DESC, p.id DESC`
  )
  // Bulk export: the plan to print for an athlete is the latest published one, else the latest draft.
  const current = db.prepare<[number], PlanRow>(
    `SELECT * FROM plans WHERE athlete_id = ? ORDER BY status = 'published' DESC, start_date DESC, id DESC LIMIT 1`
  )
  const sessionsOf = db.prepare<[number], PlannedRow>(
    'SELECT * FROM planned_sessions WHERE plan_id = ? ORDER BY date, id'
  )
  const plannedById = db.prepare<[number], PlannedRow>('SELECT * FROM planned_sessions WHERE id = ?')
  const insertPlanned = db.prepare(
    `INSERT INTO planned_sessions (plan_id, date, type, duration_min, distance_km, ankle_weight_kg, weighted_min, target_rpe, description)
     VALUES (@planId, @date, @type, @durationMin, @distanceKm, @ankleWeightKg, @weightedMin, @targetRpe, @description)`
  )
  const updatePlanned = db.prepare(
    `UPDATE planned_sessions SET date = @date, type = @type, duration_min = @durationMin, distance_km = @distanceKm,
        ankle_weight_kg = @ankleWeightKg, weighted_min = @weightedMin, target_rpe = @targetRpe, description = @description
      WHERE id = @id`
  )
  const removePlanned = db.prepare('DELETE FROM planned_sessions WHERE id = ?')
  const removePlannedBetween = db.prepare('DELETE FROM planned_sessions WHERE plan_id = ? AND date >= ? AND date <= ?')

  const templates = db.prepare<[], TemplateRow>(
    `SELECT t.*, (SELECT count(*) FROM plan_template_sessions s WHERE s.template_id = t.id) AS session_count
       FROM plan_templates t ORDER BY t.name COLLATE NOCASE, t.id`
  )
  const templateById = db.prepare<[number], TemplateRow>(
    `SELECT t.*, (SELECT count(*) FROM plan_template_sessions s WHERE s.template_id = t.id) AS session_count FROM plan_templates t WHERE t.id = ?`
  )
  const insertTemplate = db.prepare(
    'INSERT INTO plan_templates (name, weeks, source_body_mass_kg, created_at) VALUES (?, ?, ?, ?)'
  )
  const insertTemplateSession = db.prepare(
    `INSERT INTO plan_template_sessions (template_id, day_offset, type, duration_min, distance_km, ankle_weight_kg, weighted_min, target_rpe, description)
     VALUES (@templateId, @dayOffset, @type, @durationMin, @distanceKm, @ankleWeightKg, @weightedMin, @targetRpe, @description)`
  )
  const templateSessions = db.prepare<[number], TemplateSessionRow>(
    'SELECT * FROM plan_template_sessions WHERE template_id = ? ORDER BY day_offset, id'
  )
  const removeTemplate = db.prepare('DELETE FROM plan_templates WHERE id = ?')

  const toTemplate = (r: TemplateRow): PlanTemplate => ({
    id: r.id,
    name: r.name,
    weeks: r.weeks,
    sourceBodyMassKg: r.source_body_mass_kg,
    sessionCount: r.session_count,
    createdAt: r.created_at
  })
  const addSessions = (planId: number, rows: readonly PlannedDraft[]) => {
    for (const s of rows) insertPlanned.run({ ...s, planId })
  }

  return {
    get(id: number): Plan | undefined {
      const r = planById.get(id)
      return r ? toPlan(r) : undefined
    },
    list(athleteId: number | null): (Plan & { athleteName: string; sessionCount: number })[] {
      return list
        .all({ athleteId })
        .map((r) => ({ ...toPlan(r), athleteName: r.athlete_name, sessionCount: r.session_count }))
    },
    currentFor(athleteId: number): Plan | undefined {
      const r = current.get(athleteId)
      return r ? toPlan(r) : undefined
    },
    /** A plan and its sessions in one transaction. */
    create(p: PlanFieldsClean, sessions: readonly PlannedDraft[], now: string): Plan {
      return db.transaction(() => {
        const id = Number(insertPlan.run({ ...p, now }).lastInsertRowid)
        addSessions(id, sessions)
        return toPlan(planById.get(id)!)
      })()
    },
    update(id: number, p: Omit<PlanFieldsClean, 'athleteId'>, now: string): Plan | undefined {
      const info = updatePlan.run({ ...p, id, now })
      return info.changes ? toPlan(planById.get(id)!) : undefined
    },
    setStatus(id: number, status: PlanStatus, now: string): Plan | undefined {
      const info = setStatus.run(status, status === 'published' ? now : null, now, id)
      return info.changes ? toPlan(planById.get(id)!) : undefined
    },
    delete(id: number): boolean {
      return removePlan.run(id).changes > 0
    },
    sessions(planId: number): PlannedSession[] {
      return sessionsOf.all(planId).map(toPlanned)
    },
    getSession(id: number): PlannedSession | undefined {
      const r = plannedById.get(id)
      return r ? toPlanned(r) : undefined
    },
    saveSession(planId: number, s: PlannedDraft, id: number | undefined, now: string): PlannedSession {
      return db.transaction(() => {
        let sid = id
        if (sid === undefined) sid = Number(insertPlanned.run({ ...s, planId }).lastInsertRowid)
        else updatePlanned.run({ ...s, id: sid })
        touch.run(now, planId)
        return toPlanned(plannedById.get(sid)!)
      })()
    },
    deleteSession(id: number, planId: number, now: string): boolean {
      return db.transaction(() => {
        const n = removePlanned.run(id).changes
        touch.run(now, planId)
        return n > 0
      })()
    },
    addSessions(planId: number, rows: readonly PlannedDraft[], now: string): number {
      return db.transaction(() => {
        addSessions(planId, rows)
        touch.run(now, planId)
        return rows.length
      })()
    },
    /** Sessions of a plan dated from..to (inclusive) give way to `rows`: all or nothing. */
    replaceSessionsBetween(
      planId: number,
      from: string,
      to: string,
      rows: readonly PlannedDraft[],
      now: string
    ): number {
      return db.transaction(() => {
        const removed = removePlannedBetween.run(planId, from, to).changes
        addSessions(planId, rows)
        touch.run(now, planId)
        return removed
      })()
    },

    templates(): PlanTemplate[] {
      return templates.all().map(toTemplate)
    },
    getTemplate(id: number): (PlanTemplate & { sessions: TemplateSession[] }) | undefined {
      const r = templateById.get(id)
      if (!r) return undefined
      const sessions = templateSessions
        .all(id)
        .map(
          ({
            id: _id,
            template_id: _t,
            day_offset,
            duration_min,
            distance_km,
            ankle_weight_kg,
            weighted_min,
            target_rpe,
            ...rest
          }) => ({
            ...rest,
            dayOffset: day_offset,
            durationMin: duration_min,
            distanceKm: distance_km,
            ankleWeightKg: ankle_weight_kg,
            weightedMin: weighted_min,
            targetRpe: target_rpe
          })
        )
      return { ...toTemplate(r), sessions }
    },
    createTemplate(
      name: string,
      weeks: number,
      sourceBodyMassKg: number | null,
      rows: readonly TemplateSession[],
      now: string
    ): PlanTemplate {
      return db.transaction(() => {
        const id = Number(insertTemplate.run(name, weeks, sourceBodyMassKg, now).lastInsertRowid)
        for (const s of rows) insertTemplateSession.run({ ...s, templateId: id })
        return toTemplate(templateById.get(id)!)
      })()
    },
    deleteTemplate(id: number): boolean {
      return removeTemplate.run(id).changes > 0
    }
  }
}
export type PlanRepo = ReturnType<typeof planRepo>
