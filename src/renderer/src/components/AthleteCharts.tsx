// The athlete's six charts. One backend call per range (or data, or week start) change: main
// aggregates every series in numbers (kg, km, ISO days); the components here convert units, write
// the summaries and draw. A units change redraws from the data already here: no new call.
import { useEffect, useMemo, useState } from 'react'
import type { AthleteDashboard, ChartRange } from '../../../shared/contract/dashboard'
import { call } from '../lib/api'
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

interface Props {
  athleteId: number
  /** Bumped by the page whenever its data reloads (a session saved, edited or deleted). */
  version?: number
}

export const AthleteCharts = ({ athleteId, version = 0 }: Props) => {
  const { settings } = useSettings()
  const [range, setRange] = useState<ChartRange>('12')
  const [result, setResult] = useState<{ range: ChartRange; data: AthleteDashboard } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { massUnit, distanceUnit, weekStartsOn } = settings

  useEffect(() => {
    let current = true
    void call('getAthleteDashboard', { athleteId, range }).then((r) => {
      if (!current) return
      if (r.ok) {
        setResult({ range, data: r.value })
        setError(null)
      } else setError(r.error.message)
    })
    return () => {
      current = false
    }
    // Week start is in the deps because main buckets the weeks on it; units are not (formatted here).
  }, [athleteId, range, version, weekStartsOn])

  const data = result?.data
  const summaries = useMemo(
    () => (data ? chartSummaries(data, { mass: massUnit, distance: distanceUnit }) : null),
    [data, massUnit, distanceUnit]
  )

  const loading = result === null || result.range !== range
  return (
    <section className="athlete-charts" aria-labelledby="charts-title" aria-busy={loading}>
      <div className="panel-head charts-head">
        <div>
          <h2 id="charts-title">Charts</h2>
          {result && (
            <p className="muted charts-period">
              {mediumDate(result.data.from)} – {mediumDate(result.data.to)} · weeks start on{' '}
              {weekdayNames[result.data.weekStartsOn]}
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
      {result === null || summaries === null ? (
        !error && <p className="muted">Loading charts…</p>
      ) : (
        <div className={`chart-grid${loading ? ' stale' : ''}`}>
          <FrequencyChart data={result.data} range={result.range} summary={summaries.frequency} />
          <WeightChart data={result.data} range={result.range} unit={massUnit} summary={summaries.weights} />
          <TimeUnderLoadChart
            data={result.data}
            range={result.range}
            unit={massUnit}
            summary={summaries.timeUnderLoad}
          />
          <LoadChart data={result.data} range={result.range} summary={summaries.load} />
          <PainChart data={result.data} range={result.range} summary={summaries.pain} />
          <DistanceChart data={result.data} range={result.range} unit={distanceUnit} summary={summaries.distance} />
        </div>
      )}
    </section>
  )
}
