import { thinnedNote } from './format'

/** Says when a chart draws fewer points than its range holds, and which ones it kept. */
export const ThinnedNote = ({ shown, of, what, kept }: { shown: number; of: number; what: string; kept: string }) => {
  const text = thinnedNote(shown, of, what, kept)
  return text ? (
    <p className="chart-note" data-testid="thinned-note">
      {text}
    </p>
  ) : null
}
