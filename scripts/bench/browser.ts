// Rendered views in Chromium through the browser host: not measured yet.
import type { Figure } from './figures'

export async function browserFigures(_dbFile: string, _today: string, _runs: number, _log: (l: string) => void): Promise<Figure[]> {
  return [
    { name: 'squad view rendered in Chromium after navigation', target: 300, unit: 'ms', timing: null, floor: null },
    { name: 'athlete view rendered in Chromium after navigation', target: 300, unit: 'ms', timing: null, floor: null }
  ]
}
