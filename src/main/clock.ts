/** The local calendar day of a moment, as YYYY-MM-DD (a run belongs to the day it was run). */
export const localIsoDate = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

export interface Clock {
  now: () => Date
}

export const systemClock: Clock = { now: () => new Date() }
