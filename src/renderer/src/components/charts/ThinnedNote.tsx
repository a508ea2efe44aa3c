import { thinnedNote } from './format'

/**
 * What each chart keeps when its series is thinned to fit its width (src/shared/downsample.ts picks
 * them), in the words of the note under it.
 */
const keeps = {
  frequency: { what: 'weeks', kept: 'the busiest week' },
  weights: { what: 'weighted sessions', kept: 'the heaviest, the lightest and the worst-warned' },
  'time-under-load': { what: 'weeks', kept: 'the week with the most weighted minutes and the most exposure' },
  load: { what: 'days', kept: 'the day with the most load and the highest and lowest ACWR' },
  pain: { what: 'sessions with pain scores', kept: 'the highest pain during and next morning' },
  distance: { what: 'weeks', kept: 'the longest week' }
} as const

/** The six athlete charts, by their stable test hook (data-chart). */
export type ChartName = keyof typeof keeps

/** Says when a chart draws fewer points than its range holds, and which ones it kept. */
export const ThinnedNote = ({ chart, shown, of }: { chart: ChartName; shown: number; of: number }) => {
  const text = thinnedNote(shown, of, keeps[chart].what, keeps[chart].kept)
  return text ? (
    <p className="chart-note" data-testid="thinned-note">
      {text}
    </p>
  ) : null
}
