// Schema v4: what the plan pack needs from the coach: the paper it is printed on (A4 or US Letter)
// and a contact line printed under the coach's name.
export const up = `
ALTER TABLE settings ADD COLUMN paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter'));
ALTER TABLE settings ADD COLUMN coach_contact TEXT NOT NULL DEFAULT '' CHECK (length(coach_contact) <= 120);
`
