// File names made from athlete names: letters of any script stay (Zoë, Øyvind, Łukasz, Дарья),
// characters that Windows, macOS or Linux refuse in a name are removed.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

export function safeFileStem(name: string, fallback = 'athlete'): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
  if ([...s].length > 80) s = [...s].slice(0, 80).join('').trim()
  if (s === '' || RESERVED.test(s)) s = fallback
  return s
}

/** e.g. "Zoë Ødegaard - Base block - 2026-11-30.pdf" */
export function planFileName(
  athleteName: string,
  planName: string,
  startDate: string,
  extension: 'pdf' | 'ics'
): string {
  return `${safeFileStem(athleteName)} - ${safeFileStem(planName, 'plan')} - ${startDate}.${extension}`
}

/** Distinct names inside one folder: "name.pdf", "name (2).pdf", ... */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) {
    taken.add(name.toLowerCase())
    return name
  }
  const dot = name.lastIndexOf('.')
  for (let i = 2; ; i++) {
    const candidate = `${name.slice(0, dot)} (${i})${name.slice(dot)}`
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase())
      return candidate
    }
  }
}
