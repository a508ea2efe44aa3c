import { memo } from 'react'
import { ReferenceArea } from 'recharts'
import { ChartCard } from './ChartCard'
import { colors } from './colors'
import { mediumDate, niceTicks, rangePhrase, sparseTicks } from './format'
import { BarSeries, type ChartProps, ChartTooltip, LineSeries, Plot, ValueAxis, WeekAxis } from './parts'

/** RULES.md LD4: the ratio is contested; it is shown with this caveat, always. */
export const AcwrCaveat = () => (
  <p className="chart-note caveat" data-testid="acwr-caveat">
    <strong>ACWR is contested.</strong> Gabbett 2016 proposed a 0.8–1.3 “sweet spot” (≥ 1.5 “danger”); Lolli 2019 and
    Impellizzeri 2020 show coupling artefacts and no evidence for steering training by it; Frandsen 2025 found higher
    ACWR with fewer injuries in runners. Read it as context, not a target.
  </p>
)

const LoadChartView = ({ data, range, summary }: ChartProps) => {
  const rows = data.daily
  const any = rows.some((d) => d.load > 0)
  const shown = rows.filter((d) => d.acwr !== null)
  // Before 28 days of data there is no ratio to draw: no empty right axis, band or key entry either.
  const anyAcwr = shown.length > 0
  const acwrMax = Math.max(2, ...shown.map((d) => d.acwr!))
  // Thinned days (a long range) are not every day: the ticks are drawn from the days present.
  const thinned = rows.length < data.pointsBefore.daily
  const weekTicks = sparseTicks(thinned ? rows.map((d) => d.date) : data.weekly.map((w) => w.weekStart))
  const loadTicks = niceTicks(Math.max(100, ...rows.map((d) => d.load)))
  const acwrTicks = niceTicks(acwrMax)
  const hiddenNote =
    data.acwrShownFrom === null
      ? 'ACWR appears once there are 28 days of data.'
      : data.acwrShownFrom > data.to
        ? `ACWR appears from ${mediumDate(data.acwrShownFrom)}, once there are 28 days of data.`
        : data.acwrShownFrom > data.from
          ? `ACWR is hidden before ${mediumDate(data.acwrShownFrom)} (less than 28 days of data).`
          : null
  return (
    <ChartCard
      chart="load"
      title="Load and ACWR"
      summary={summary}
      empty={any ? null : `No sessions logged ${rangePhrase(range)}.`}
      description="Daily session load (RPE × minutes) as bars and the EWMA acute:chronic workload ratio as a line, with the 0.8 to 1.3 band."
      legend={[
        {
          label: `Session load per day, AU = RPE × min${anyAcwr ? ' (left axis)' : ''}`,
          color: colors.load,
          mark: 'bar' as const
        },
        ...(anyAcwr
          ? [
              { label: 'ACWR, EWMA 7/28 days (right axis)', color: colors.acwr, mark: 'line' as const },
              { label: '0.8–1.3 band (Gabbett 2016)', color: '#dcefe3', mark: 'band' as const }
            ]
          : [])
      ]}
      thinned={{ shown: rows.length, of: data.pointsBefore.daily }}
      note={
        <>
          {hiddenNote && any && <p className="chart-note">{hiddenNote}</p>}
          <AcwrCaveat />
        </>
      }
      table={{
        columns: [{ label: 'Date' }, { label: 'Session load (AU)', numeric: true }, { label: 'ACWR', numeric: true }],
        rows: rows
          .filter((d) => d.load > 0 || d.acwr !== null)
          .map((d) => [mediumDate(d.date), d.load, d.acwr ?? 'hidden'])
      }}
    >
      <Plot data={rows} barCategoryGap="12%">
        {anyAcwr && <ReferenceArea yAxisId="acwr" y1={0.8} y2={1.3} fill="#dcefe3" fillOpacity={0.8} stroke="none" />}
        <WeekAxis dataKey="date" ticks={weekTicks} />
        <ValueAxis id="load" ticks={loadTicks} label="load (AU)" />
        <ValueAxis id="acwr" right hide={!anyAcwr} ticks={acwrTicks} label="ACWR" width={36} />
        <ChartTooltip<(typeof rows)[number]>
          cursor="band"
          tip={(d) => ({
            title: mediumDate(d.date),
            lines: [
              { label: 'Session load', value: d.load > 0 ? `${d.load} AU` : 'rest day', color: colors.load },
              { label: 'ACWR', value: d.acwr ?? 'not shown yet', color: colors.acwr }
            ]
          })}
        />
        <BarSeries yAxisId="load" dataKey="load" name="Session load" color={colors.load} className="series-load" />
        <LineSeries yAxisId="acwr" dataKey="acwr" name="ACWR" color={colors.acwr} dot={false} connectNulls={false} />
      </Plot>
    </ChartCard>
  )
}

/** Memoised: a refetch that brings the same data (or a re-render of the page) does not redraw it. */
export const LoadChart = memo(LoadChartView)
