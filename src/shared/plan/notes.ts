// The plan's stored notes next to the generator's notes: the plan page shows each sentence once.

/**
 * The lines of a plan's stored notes that the generator's notes (shown in their own box) do not
 * already say: a coach's own lines, added or edited later. The generator's notes are stored joined
 * by line breaks and cut to `storedMax` characters, so a last line cut short still counts as theirs.
 */
export function notesBesideGenerator(stored: string, generatorNotes: readonly string[], storedMax = 2000): string[] {
  const lines = stored.split('\n').map((l) => l.trim()).filter((l) => l.length > 0)
  if (generatorNotes.length === 0) return lines
  const theirs = new Set(generatorNotes.map((n) => n.trim()))
  const cut = stored.length >= storedMax
  return lines.filter((l, i) => !(theirs.has(l) || (cut && i === lines.length - 1 && generatorNotes.some((n) => n.startsWith(l)))))
}
