// The squad's filters: name search, level, status, archived, and list or triage grid.
import { levelLabels, levels, type Level } from '../../../../shared/domain'
import type { Severity } from '../../../../shared/rules'

export type SeverityFilter = 'all' | Severity | 'none'

export interface Filters {
  query: string
  level: 'all' | Level
  severity: SeverityFilter
  showArchived: boolean
  view: 'list' | 'grid'
}

export const SquadFilters = ({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) => {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  return (
    <div className="filters" role="search">
      <label className="inline-field">
        <span>Search</span>
        <input
          type="search"
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
          placeholder="Name"
          aria-label="Search by name"
        />
      </label>
      <label className="inline-field">
        <span>Level</span>
        <select
          value={filters.level}
          onChange={(e) => set({ level: e.target.value as 'all' | Level })}
          aria-label="Filter by level"
        >
          <option value="all">All levels</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {levelLabels[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>Status</span>
        <select
          value={filters.severity}
          onChange={(e) => set({ severity: e.target.value as SeverityFilter })}
          aria-label="Filter by status"
        >
          <option value="all">Any status</option>
          <option value="stop">Stop</option>
          <option value="caution">Caution</option>
          <option value="info">Note</option>
          <option value="none">OK</option>
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.showArchived}
          onChange={(e) => set({ showArchived: e.target.checked })}
        />{' '}
        Show archived
      </label>
      <div className="segmented" role="group" aria-label="Squad view">
        <button type="button" aria-pressed={filters.view === 'list'} onClick={() => set({ view: 'list' })}>
          List
        </button>
        <button type="button" aria-pressed={filters.view === 'grid'} onClick={() => set({ view: 'grid' })}>
          Triage grid
        </button>
      </div>
    </div>
  )
}
