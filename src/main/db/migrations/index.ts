// Numbered, strictly increasing steps. Each runs in one transaction together with the
// PRAGMA user_version bump, so a crash can never leave a half-applied schema.
import * as m001 from './001_initial'
import * as m002 from './002_rules'
import * as m003 from './003_plans'
import * as m004 from './004_print_settings'
import * as m005 from './005_limits'
import * as m006 from './006_athlete_time_zone'

export interface Migration {
  version: number
  name: string
  up: string
}

export const migrations: Migration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'rules', up: m002.up },
  { version: 3, name: 'plans', up: m003.up },
  { version: 4, name: 'print settings', up: m004.up },
  { version: 5, name: 'text limits', up: m005.up },
  { version: 6, name: 'athlete time zone', up: m006.up }
]

export const latestVersion = migrations[migrations.length - 1].version
