// Chart colours. Always paired with a text label (legend, tooltip, table): never colour alone.
import type { Severity } from '../../../../shared/rules'

export const colors = {
  weighted: '#d98a00',
  unweighted: '#5b7390',
  hillSprints: '#6f4e9c',
  intervals: '#178a7b',
  incline: '#b05f8c',
  load: '#9aa8bb',
  acwr: '#17202e',
  band: '#2e7d4f',
  painDuring: '#7a3eb1',
  painMorning: '#178a7b',
  distance: '#5b7390',
  distanceSoFar: '#b9c6d6',
  exposure: '#7a3e00',
  grid: '#e9ecf0',
  axis: '#667085',
  stop: '#b42318',
  caution: '#f5b042',
  /** A caution limit line, and its label (darker, for contrast on white). */
  cautionLine: '#c77c00',
  cautionText: '#8a5a00',
  cautionBand: '#fde7bd',
  info: '#2f6fb3',
  none: '#2e7d4f'
} as const

export const severityColor = (s: Severity | null): string => (s === null ? colors.none : colors[s])
export const severityText = (s: Severity | null): string =>
  s === null ? 'No warning' : s === 'stop' ? 'Stop' : s === 'caution' ? 'Caution' : 'Note'
