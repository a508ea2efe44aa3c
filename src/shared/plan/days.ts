// Which days of a week get a run, and which run does which job (long, hard, weighted, easy).

export type Role = 'easy' | 'weighted' | 'long' | 'hard'

/** Pick k days out of the sorted list, spread as evenly as possible (largest smallest gap, then earliest). */
export function spreadDays(days: number[], k: number): number[] {
  if (days.length <= k) return days
  let best: number[] = []
  let bestScore = -1
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === k) {
      let minGap = Infinity
      for (let i = 1; i < chosen.length; i++) minGap = Math.min(minGap, chosen[i] - chosen[i - 1])
      // Keep the week's last available day (the long run's day, usually the weekend).
      const score = minGap * 10 + (chosen[chosen.length - 1] === days[days.length - 1] ? 1 : 0)
      if (score > bestScore) {
        bestScore = score
        best = [...chosen]
      }
      return
    }
    for (let i = start; i < days.length; i++) pick(i + 1, [...chosen, days[i]])
  }
  pick(0, [])
  return best
}

export interface Assignment {
  roles: Map<number, Role>
}

/**
 * Roles for one week's run days: the last day is the long run (with 3+ runs), up to `hardCount` hard
 * days and one weighted easy day, keeping hard days apart and the weighted day away from hard days.
 */
export function assignRoles(
  days: number[],
  hardCount: number,
  wantWeighted: boolean,
  lastHard: number | null,
  lastWeighted: number | null,
  gap: number,
  withLong = true
): Assignment {
  const roles = new Map<number, Role>()
  const longDay = withLong && days.length >= 3 ? days[days.length - 1] : null
  const free = days.filter((d) => d !== longDay)
  let best: { hard: number[]; weighted: number | null; score: number } = { hard: [], weighted: null, score: -Infinity }
  const farFrom = (d: number, others: (number | null)[]) => others.every((o) => o === null || Math.abs(d - o) >= gap)
  const subsets = (xs: number[], k: number): number[][] => {
    if (k === 0) return [[]]
    const out: number[][] = []
    xs.forEach((x, i) => {
      for (const rest of subsets(xs.slice(i + 1), k - 1)) out.push([x, ...rest])
    })
    return out
  }
  for (let h = Math.min(hardCount, free.length); h >= 0; h--) {
    for (const hard of subsets(free, h)) {
      const hardOk = hard.every((d, i) => farFrom(d, [lastHard, lastWeighted, ...hard.filter((_, j) => j !== i)]))
      if (!hardOk) continue
      const weightedOptions: (number | null)[] = wantWeighted
        ? [...free.filter((d) => !hard.includes(d)), null]
        : [null]
      for (const w of weightedOptions) {
        if (w !== null && !farFrom(w, [...hard, lastHard, lastWeighted])) continue
        let spread = 0
        for (const d of hard) spread += Math.min(...days.filter((x) => x !== d).map((x) => Math.abs(x - d)), 7)
        const score = (w !== null ? 1000 : 0) + h * 100 + spread
        if (score > best.score) best = { hard, weighted: w, score }
      }
    }
  }
  for (const d of days) roles.set(d, 'easy')
  if (longDay !== null) roles.set(longDay, 'long')
  for (const d of best.hard) roles.set(d, 'hard')
  if (best.weighted !== null) roles.set(best.weighted, 'weighted')
  return { roles }
}

/**
 * Drops days that would make a run streak longer than `maxInRow` days, counting the run days before
 * (`earlier`, day numbers). Returns the days kept.
 */
export function capDaysInRow(days: number[], earlier: ReadonlySet<number>, maxInRow: number): number[] {
  const kept: number[] = []
  const ran = new Set(earlier)
  for (const d of days) {
    let streak = 1
    for (let k = d - 1; ran.has(k); k--) streak++
    if (streak > maxInRow) continue
    kept.push(d)
    ran.add(d)
  }
  return kept
}
