// Timing: warm-up calls, then timed runs; median, min and max in milliseconds.
import { performance } from 'node:perf_hooks'

export interface Timing {
  median: number
  min: number
  max: number
  runs: number
}

export const summarise = (times: number[]): Timing => {
  const sorted = [...times].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length }
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed (each run awaited before the next). */
export async function time(fn: () => unknown, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  return summarise(times)
}

/** One timed call (for figures that cannot repeat on the same data, such as the first call of a day). */
export async function once(fn: () => unknown): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}
