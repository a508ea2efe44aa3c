// The most characters each stored text column may hold: the zod schemas' limits (src/shared/domain.ts,
// src/shared/plan/schema.ts, src/shared/contract/rules.ts) for what a coach types, and room to spare
// for what Ballast writes itself (timestamps, enums). Migration 005 turns this table into triggers, and
// the restore check reads it, so no row longer than this gets in by any door. SQLite counts characters
// where zod counts UTF-16 units, so a value zod accepts always fits here.
export const STAMP = 40

export const textLimits: Record<string, Record<string, number>> = {
  athletes: {
    name: 80,
    level: 20,
    owned_weights_kg: 1000,
    notes: 2000,
    created_at: STAMP,
    updated_at: STAMP,
    archived_at: STAMP
  },
  sessions: {
    date: 10,
    start_time: 5,
    type: 20,
    pain_location: 120,
    notes: 2000,
    source: 10,
    external_id: 200,
    created_at: STAMP,
    updated_at: STAMP
  },
  settings: { mass_unit: 5, distance_unit: 5, coach_name: 80, coach_contact: 120, paper_size: 10 },
  rules_config: { key: 60, updated_at: STAMP },
  stop_clearances: { rule_id: 10, cleared_on: 10, cleared_by: 80, reason: 1000, created_at: STAMP },
  plans: {
    name: 80,
    start_date: 10,
    goal: 200,
    status: 20,
    notes: 2000,
    published_at: STAMP,
    created_at: STAMP,
    updated_at: STAMP
  },
  planned_sessions: { date: 10, type: 20, description: 300 },
  plan_templates: { name: 80, created_at: STAMP },
  plan_template_sessions: { type: 20, description: 300 }
}

/** Columns holding a calendar day: it must be one (SQLite's date() gives it back unchanged). */
export const dayColumns: Record<string, string[]> = {
  sessions: ['date'],
  stop_clearances: ['cleared_on'],
  plans: ['start_date'],
  planned_sessions: ['date']
}
