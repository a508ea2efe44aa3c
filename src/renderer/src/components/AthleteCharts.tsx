// The athlete's six charts. One backend call per range (or data) change: main aggregates every
// series; the components here only convert units for display and draw.
import { useEffect, useState } from 'react'
import type { AthleteDashboard, ChartRange } from '../../../shared/contract/dashboard'
import { call } from '../lib/api'
import { useSettings } from '../lib/settings'
import { DistanceChart } from './charts/DistanceChart'
import { FrequencyChart } from './charts/FrequencyChart'
import { mediumDate } from './charts/format'
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
    // Units and week start are in the deps because main writes the summaries in the coach's units.
  }, [athleteId, range, version, massUnit, distanceUnit, weekStartsOn])

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
      {result === null ? (
        !error && <p className="muted">Loading charts…</p>
      ) : (
        <div className={`chart-grid${loading ? ' stale' : ''}`}>
          <FrequencyChart data={result.data} range={result.range} />
          <WeightChart data={result.data} range={result.range} unit={massUnit} />
          <TimeUnderLoadChart data={result.data} range={result.range} unit={massUnit} />
          <LoadChart data={result.data} range={result.range} />
          <PainChart data={result.data} range={result.range} />
          <DistanceChart data={result.data} range={result.range} unit={distanceUnit} />
        </div>
      )}
    </section>
  )
}
