// Schema v3: training plans, their planned sessions, and plan templates. Storage is metric like the
// sessions table; template rows count days from the plan's start so they can be applied anywhere.
export const up = `
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 16),
  goal TEXT NOT NULL DEFAULT '' CHECK (length(goal) <= 200),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- The athlete page and bulk export look up an athlete's plans, newest first.
CREATE INDEX plans_athlete_start ON plans(athlete_id, start_date);

CREATE TABLE planned_sessions (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  type TEXT NOT NULL CHECK (type IN ('easy', 'long', 'tempo', 'interval', 'hill_sprint', 'incline', 'race', 'cross')),
  duration_min REAL NOT NULL CHECK (duration_min > 0 AND duration_min <= 600),
  distance_km REAL CHECK (distance_km IS NULL OR (distance_km >= 0 AND distance_km <= 200)),
  ankle_weight_kg REAL NOT NULL DEFAULT 0 CHECK (ankle_weight_kg >= 0 AND ankle_weight_kg <= 5),
  weighted_min REAL NOT NULL DEFAULT 0 CHECK (weighted_min >= 0 AND weighted_min <= duration_min),
  target_rpe INTEGER CHECK (target_rpe IS NULL OR target_rpe BETWEEN 1 AND 10),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 300)
);
-- Every plan view reads one plan's sessions in date order.
CREATE INDEX planned_sessions_plan_date ON planned_sessions(plan_id, date);

CREATE TABLE plan_templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 16),
  source_body_mass_kg REAL CHECK (source_body_mass_kg IS NULL OR source_body_mass_kg BETWEEN 20 AND 250),
  created_at TEXT NOT NULL
);

CREATE TABLE plan_template_sessions (
  id INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES plan_templates(id) ON DELETE CASCADE,
  day_offset INTEGER NOT NULL CHECK (day_offset BETWEEN 0 AND 120),
  type TEXT NOT NULL CHECK (type IN ('easy', 'long', 'tempo', 'interval', 'hill_sprint', 'incline', 'race', 'cross')),
  duration_min REAL NOT NULL CHECK (duration_min > 0 AND duration_min <= 600),
  distance_km REAL CHECK (distance_km IS NULL OR (distance_km >= 0 AND distance_km <= 200)),
  ankle_weight_kg REAL NOT NULL DEFAULT 0 CHECK (ankle_weight_kg >= 0 AND ankle_weight_kg <= 5),
  weighted_min REAL NOT NULL DEFAULT 0 CHECK (weighted_min >= 0 AND weighted_min <= duration_min),
  target_rpe INTEGER CHECK (target_rpe IS NULL OR target_rpe BETWEEN 1 AND 10),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 300)
);
CREATE INDEX plan_template_sessions_template ON plan_template_sessions(template_id, day_offset);
`
