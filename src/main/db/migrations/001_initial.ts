// Schema v1: athletes, sessions, settings. CHECK constraints mirror src/shared/domain.ts so a row
// that slipped past zod still cannot be stored.
export const up = `
CREATE TABLE athletes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  body_mass_kg REAL CHECK (body_mass_kg IS NULL OR body_mass_kg BETWEEN 20 AND 250),
  level TEXT NOT NULL CHECK (level IN ('novice', 'intermediate', 'advanced')),
  owned_weights_kg TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(owned_weights_kg) AND json_type(owned_weights_kg) = 'array'),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  type TEXT NOT NULL CHECK (type IN ('easy', 'long', 'tempo', 'interval', 'hill_sprint', 'incline', 'race', 'cross')),
  duration_min REAL NOT NULL CHECK (duration_min > 0 AND duration_min <= 1440),
  distance_km REAL CHECK (distance_km IS NULL OR (distance_km >= 0 AND distance_km <= 500)),
  ankle_weight_kg REAL NOT NULL DEFAULT 0 CHECK (ankle_weight_kg >= 0 AND ankle_weight_kg <= 5),
  weighted_min REAL NOT NULL DEFAULT 0 CHECK (weighted_min >= 0 AND weighted_min <= duration_min),
  rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),
  pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
  pain_next_morning INTEGER CHECK (pain_next_morning IS NULL OR pain_next_morning BETWEEN 0 AND 10),
  pain_location TEXT NOT NULL DEFAULT '',
  form_breakdown INTEGER NOT NULL DEFAULT 0 CHECK (form_breakdown IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
  external_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Every athlete page and every rules evaluation reads one athlete's sessions by date.
CREATE INDEX sessions_athlete_date ON sessions(athlete_id, date);
CREATE UNIQUE INDEX sessions_athlete_external ON sessions(athlete_id, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  mass_unit TEXT NOT NULL DEFAULT 'kg' CHECK (mass_unit IN ('kg', 'lb')),
  distance_unit TEXT NOT NULL DEFAULT 'km' CHECK (distance_unit IN ('km', 'mi')),
  week_starts_on INTEGER NOT NULL DEFAULT 1 CHECK (week_starts_on BETWEEN 0 AND 6),
  coach_name TEXT NOT NULL DEFAULT ''
);
INSERT INTO settings (id) VALUES (1);
`
