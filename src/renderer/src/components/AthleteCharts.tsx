// The athlete's six charts. One cached read per range (or week start): main aggregates every series
// in numbers (kg, km, ISO days); the components here convert units, write the summaries and draw.
// A units change redraws from the data already here: no new call. A logged, edited or deleted
// session, an import or a restore makes the read stale (src/shared/contract/invalidates.ts), and the
// charts redraw from the refetch.
import { memo, useMemo, useState } from 'react'
import type { ChartRange } from '../../../shared/contract/dashboard'
import { useRead } from '../lib/query'
import { useSettings } from '../lib/settings'
import { DistanceChart } from './charts/DistanceChart'
import { FrequencyChart } from './charts/FrequencyChart'
import { mediumDate } from './charts/format'
import { chartSummaries } from './charts/summaries'
import { LoadChart } from './charts/LoadChart'
import { PainChart } from './charts/PainChart'
import { TimeUnderLoadChart } from './charts/TimeUnderLoadChart'
import { WeightChart } from './charts/WeightChart'
import { ErrorMessage } from './Messages'
import { weekdayNames } from '../../../shared/dayFormat'

const ranges: { value: ChartRange; label: string }[] = [
  { value: '4', label: '4 weeks' },
  { value: '12', label: '12 weeks' },
  { value: '26', label: '26 weeks' },
  { value: '52', label: '52 weeks' },
  { value: 'all', label: 'All' }
]

/**
 * Keyed by the athlete, so another athlete's charts never stand in (dimmed) while these load.
 * Memoised: the page re-renders when its own reads refetch; the charts redraw only for their own.
 */
export const AthleteCharts = memo(function AthleteCharts({ athleteId }: { athleteId: number }) {
  return <Charts key={athleteId} athleteId={athleteId} />
})

const Charts = ({ athleteId }: { athleteId: number }) => {
  const { settings } = useSettings()
  const [range, setRange] = useState<ChartRange>('12')
  const { massUnit, distanceUnit, weekStartsOn } = settings
  // Main buckets the weeks on the week start, so it is part of the key; units are not (formatted here).
  // While another range loads, the last one stays drawn (dimmed).
  const read = useRead('getAthleteDashboard', { athleteId, range }, { keepPrevious: true, varies: [weekStartsOn] })
  const data = read.data
  const error = read.error?.message ?? null
  const stale = read.isPlaceholderData
  // The range the data on screen belongs to (the last one while another loads), for the empty texts.
  const [drawnRange, setDrawnRange] = useState(range)
  if (data && !stale && drawnRange !== range) setDrawnRange(range)
  const summaries = useMemo(
    () => (data ? chartSummaries(data, { mass: massUnit, distance: distanceUnit }) : null),
    [data, massUnit, distanceUnit]
  )

  return (
    <section className="athlete-charts" aria-labelledby="charts-title" aria-busy={read.isPending || stale}>
      <div className="panel-head charts-head">
        <div>
          <h2 id="charts-title">Charts</h2>
          {data && (
            <p className="muted charts-period">
              {mediumDate(data.from)} – {mediumDate(data.to)} · weeks start on {weekdayNames[data.weekStartsOn]}
            </p>
          )}
        </div>
        <div className="segmented" role="group" aria-label="Chart range">
          {ranges.map((r) => (
            <button key={r.value} type="button" aria-pressed={range === r.value} onClick={() => setRange(r.value)}>
              {r.label}
            </button>
          ))}
        </div>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {!data || !summaries ? (
        !error && <p className="muted">Loading charts…</p>
      ) : (
        <div className={`chart-grid${stale ? ' stale' : ''}`}>
          <FrequencyChart data={data} range={drawnRange} summary={summaries.frequency} />
          <WeightChart data={data} range={drawnRange} unit={massUnit} summary={summaries.weights} />
          <TimeUnderLoadChart data={data} range={drawnRange} unit={massUnit} summary={summaries.timeUnderLoad} />
          <LoadChart data={data} range={drawnRange} summary={summaries.load} />
          <PainChart data={data} range={drawnRange} summary={summaries.pain} />
          <DistanceChart data={data} range={drawnRange} unit={distanceUnit} summary={summaries.distance} />
        </div>
      )}
    </section>
  )
}
