// The plan's stored notes next to the generator's notes: the plan page shows each sentence once.

/**
 * The lines of a plan's stored notes that the generator's notes (shown in their own box) do not
 * already say: a coach's own lines, added or edited later. The generator's notes are stored joined
 * by line breaks and cut to `storedMax` characters, so a last line cut short still counts as theirs.
 * Lines are compared as the coach reads them (`write` writes out tokens): notes edited in the plan's
 * details were saved written out, the generator's hold tokens.
 */
export function notesBesideGenerator(
  stored: string,
  generatorNotes: readonly string[],
  storedMax = 2000,
  write: (text: string) => string = (t) => t
): string[] {
  const lines = stored
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  if (generatorNotes.length === 0) return lines
  const theirs = generatorNotes.map((n) => write(n.trim()))
  const theirSet = new Set(theirs)
  // The cut never splits a token (cutText), so a cut can end a few characters short of storedMax.
  const cut = stored.length >= storedMax - 64
  return lines.filter((l, i) => {
    const read = write(l)
    return !(theirSet.has(read) || (cut && i === lines.length - 1 && theirs.some((n) => n.startsWith(read))))
  })
}

/**
 * The generator's notes for single weeks as plan-note lines: "Week 3: …", and "Weeks 1-2: …" when
 * consecutive weeks carry the same note (a pain hold names both weeks once).
 */
export function weekNoteLines(weekNotes: readonly (readonly string[])[]): string[] {
  const lines: string[] = []
  const seen = new Set<string>()
  weekNotes.forEach((notes, w) => {
    for (const note of notes) {
      const key = `${w}\u0000${note}`
      if (seen.has(key)) continue
      let last = w
      while (weekNotes[last + 1]?.includes(note)) {
        last++
        seen.add(`${last}\u0000${note}`)
      }
      lines.push(`${last === w ? `Week ${w + 1}` : `Weeks ${w + 1}-${last + 1}`}: ${note}`)
    }
  })
  return lines
}
