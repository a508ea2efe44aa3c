// Schema v6: each athlete's time zone (an IANA name), so an import puts a run on the athlete's local
// day and clock time. Existing athletes get '' (not chosen): they follow the computer's zone until
// the coach picks one, which is what imports did before.
export const up = `
ALTER TABLE athletes ADD COLUMN time_zone TEXT NOT NULL DEFAULT '' CHECK (length(time_zone) <= 64);
`
