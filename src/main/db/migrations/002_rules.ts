// Schema v2: threshold overrides (coach-wide and per athlete) and stop clearances.
export const up = `
CREATE TABLE rules_config (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER REFERENCES athletes(id) ON DELETE CASCADE, -- NULL: the coach-wide value
  key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 60),
  value REAL NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX rules_config_scope_key ON rules_config(coalesce(athlete_id, 0), key);

CREATE TABLE stop_clearances (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
  rule_id TEXT NOT NULL CHECK (rule_id IN ('AW1','AW2','AW3','AW4','AW5','AW6','LD1','LD2','LD3','LD4','RC1','PN1','PN2','FM1','EX1','DL1','ST1')),
  cleared_on TEXT NOT NULL CHECK (cleared_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  cleared_by TEXT NOT NULL CHECK (length(trim(cleared_by)) BETWEEN 1 AND 80),
  reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
  created_at TEXT NOT NULL
);
CREATE INDEX stop_clearances_athlete ON stop_clearances(athlete_id, cleared_on);
`
