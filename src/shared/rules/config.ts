// Every threshold of RULES.md as a named default; coaches override them globally or per athlete.
import type { RuleId } from './types'

export interface RulesConfig {
  // AW1 load vs body mass (total% = 2 x kg per ankle / body mass x 100)
  aw1CautionPercentNovice: number
  aw1CautionPercentOther: number
  aw1StopPercent: number
  // AW2 absolute load
  aw2CautionKg: number
  aw2StopKg: number
  // AW3 progression step
  aw3WindowDays: number
  aw3CautionStepKg: number
  aw3StopStepKg: number
  aw3StartPercent: number
  aw3MinDaysBetweenChanges: number
  // AW4 time under load
  aw4CautionMinNovice: number
  aw4StopMinNovice: number
  aw4CautionMinOther: number
  aw4StopMinOther: number
  aw4ExposureWindowDays: number
  aw4ExposureInfoPercent: number
  // AW5 weighted frequency
  aw5MinGapDays: number
  aw5WindowDays: number
  aw5CautionCount: number
  aw5StopCount: number
  aw5ShareDivisor: number
  aw5AllWeightedMinRuns: number
  // LD1 single-run spike
  ld1WindowDays: number
  ld1MinEarlierRuns: number
  ld1CautionPercent: number
  ld1HighRiskPercent: number
  ld1StopPercent: number
  // LD2 weekly distance
  ld2InfoPercent: number
  ld2CautionPercent: number
  // LD3 monotony
  ld3MonotonyCaution: number
  // LD4 ACWR
  ld4AcuteDays: number
  ld4ChronicDays: number
  ld4SeedDays: number
  ld4MinHistoryDays: number
  ld4InfoAcwr: number
  ld4LinkDays: number
  // RC1 recovery
  rc1MinGapDays: number
  // Hard session
  hardRpe: number
  // PN1 pain during
  pn1CautionAbove: number
  pn1StopAbove: number
  // PN2 pain not settling, and PN1/PN2 self-ending
  pn2SettledMax: number
  pn2PreviousMaxDays: number
  pn2RisingWindowDays: number
  pn2SettledSessionsToEnd: number
  // FM1 form breakdown
  fm1WindowDays: number
  // EX1 base first
  ex1MinDays: number
  ex1MinUnweightedRuns: number
  // DL1 breaks
  dl1InfoWeeks: number
  dl1CautionWeeks: number
  // Calendar week used by LD2, LD3, DL1 and PN2 (0 = Sunday ... 6 = Saturday)
  weekStartsOn: number
}

export const defaultRulesConfig: RulesConfig = Object.freeze({
  aw1CautionPercentNovice: 2.0,
  aw1CautionPercentOther: 3.0,
  aw1StopPercent: 5.0,
  aw2CautionKg: 1.4,
  aw2StopKg: 2.3,
  aw3WindowDays: 28,
  aw3CautionStepKg: 0.5,
  aw3StopStepKg: 1.0,
  aw3StartPercent: 1.5,
  aw3MinDaysBetweenChanges: 14,
  aw4CautionMinNovice: 10,
  aw4StopMinNovice: 20,
  aw4CautionMinOther: 20,
  aw4StopMinOther: 30,
  aw4ExposureWindowDays: 30,
  aw4ExposureInfoPercent: 50,
  aw5MinGapDays: 2,
  aw5WindowDays: 7,
  aw5CautionCount: 3,
  aw5StopCount: 4,
  aw5ShareDivisor: 3,
  aw5AllWeightedMinRuns: 3,
  ld1WindowDays: 30,
  ld1MinEarlierRuns: 3,
  ld1CautionPercent: 10,
  ld1HighRiskPercent: 30,
  ld1StopPercent: 100,
  ld2InfoPercent: 10,
  ld2CautionPercent: 30,
  ld3MonotonyCaution: 2.0,
  ld4AcuteDays: 7,
  ld4ChronicDays: 28,
  ld4SeedDays: 7,
  ld4MinHistoryDays: 27,
  ld4InfoAcwr: 1.5,
  ld4LinkDays: 7,
  rc1MinGapDays: 2,
  hardRpe: 7,
  pn1CautionAbove: 2,
  pn1StopAbove: 5,
  pn2SettledMax: 2,
  pn2PreviousMaxDays: 2,
  pn2RisingWindowDays: 7,
  pn2SettledSessionsToEnd: 2,
  fm1WindowDays: 14,
  ex1MinDays: 28,
  ex1MinUnweightedRuns: 8,
  dl1InfoWeeks: 6,
  dl1CautionWeeks: 8,
  weekStartsOn: 1
})

export interface RulesConfigField {
  /** Coach-facing label for the Settings input. */
  label: string
  /** Unit shown next to the input ('' when the number has none). */
  unit: string
  min: number
  max: number
  step: number
  /** Whole numbers only (days, counts, weeks). */
  integer: boolean
  /** The rule the threshold belongs to; null for settings shared by several rules. */
  ruleId: RuleId | null
}

function field(
  ruleId: RuleId | null,
  label: string,
  unit: string,
  min: number,
  max: number,
  step: number
): RulesConfigField {
  return { label, unit, min, max, step, integer: Number.isInteger(step), ruleId }
}

/** One entry per RulesConfig key, in the order the Settings page should show them. */
export const rulesConfigFields: { readonly [K in keyof RulesConfig]: RulesConfigField } = {
  aw1CautionPercentNovice: field(
    'AW1',
    'Caution above this share of body mass (novice, both ankles)',
    '%',
    0.5,
    10,
    0.1
  ),
  aw1CautionPercentOther: field(
    'AW1',
    'Caution above this share of body mass (intermediate/advanced, both ankles)',
    '%',
    0.5,
    10,
    0.1
  ),
  aw1StopPercent: field('AW1', 'Stop above this share of body mass (both ankles)', '%', 0.5, 15, 0.1),
  aw2CautionKg: field('AW2', 'Caution above this weight per ankle', 'kg', 0.1, 5, 0.05),
  aw2StopKg: field('AW2', 'Stop above this weight per ankle', 'kg', 0.1, 10, 0.05),
  aw3WindowDays: field('AW3', 'Compare with the heaviest weighted session of the last', 'days', 7, 90, 1),
  aw3CautionStepKg: field('AW3', 'Caution when the weight per ankle goes up by more than', 'kg', 0.05, 3, 0.05),
  aw3StopStepKg: field('AW3', 'Stop when the weight per ankle goes up by more than', 'kg', 0.05, 5, 0.05),
  aw3StartPercent: field('AW3', 'Start or restart level (share of body mass, both ankles)', '%', 0.1, 10, 0.1),
  aw3MinDaysBetweenChanges: field(
    'AW3',
    'Caution when an increase or restart follows the previous one within',
    'days',
    1,
    60,
    1
  ),
  aw4CautionMinNovice: field('AW4', 'Caution above this many weighted minutes (novice)', 'min', 1, 120, 1),
  aw4StopMinNovice: field('AW4', 'Stop above this many weighted minutes (novice)', 'min', 1, 180, 1),
  aw4CautionMinOther: field(
    'AW4',
    'Caution above this many weighted minutes (intermediate/advanced)',
    'min',
    1,
    120,
    1
  ),
  aw4StopMinOther: field('AW4', 'Stop above this many weighted minutes (intermediate/advanced)', 'min', 1, 180, 1),
  aw4ExposureWindowDays: field(
    'AW4',
    'Compare exposure with the highest weighted session of the last',
    'days',
    7,
    90,
    1
  ),
  aw4ExposureInfoPercent: field('AW4', 'Note when exposure (kg x weighted minutes) rises by more than', '%', 1, 500, 1),
  aw5MinGapDays: field('AW5', 'Caution when weighted sessions are closer than', 'days', 1, 7, 1),
  aw5WindowDays: field('AW5', 'Count weighted sessions over the last', 'days', 3, 28, 1),
  aw5CautionCount: field('AW5', 'Caution from this many weighted sessions in the window', 'sessions', 2, 14, 1),
  aw5StopCount: field('AW5', 'Stop from this many weighted sessions in the window', 'sessions', 2, 14, 1),
  aw5ShareDivisor: field(
    'AW5',
    'Caution when weighted run minutes exceed 1/N of run minutes in the window (N)',
    '',
    1,
    10,
    1
  ),
  aw5AllWeightedMinRuns: field(
    'AW5',
    'Caution when every run in the window is weighted, from this many runs',
    'runs',
    1,
    14,
    1
  ),
  ld1WindowDays: field('LD1', 'Compare each run with the longest run of the last', 'days', 7, 90, 1),
  ld1MinEarlierRuns: field('LD1', 'Skip the check with fewer earlier runs than', 'runs', 1, 20, 1),
  ld1CautionPercent: field('LD1', 'Caution when a run is longer than the longest by more than', '%', 1, 200, 1),
  ld1HighRiskPercent: field('LD1', 'Higher-risk caution when a run is longer by more than', '%', 1, 300, 1),
  ld1StopPercent: field('LD1', 'Stop when a run is longer than the longest by more than', '%', 1, 500, 1),
  ld2InfoPercent: field('LD2', "Note when the week's distance exceeds last week's by more than", '%', 1, 200, 1),
  ld2CautionPercent: field('LD2', "Caution when the week's distance exceeds last week's by more than", '%', 1, 300, 1),
  ld3MonotonyCaution: field('LD3', 'Caution when 7-day monotony (mean / SD of daily load) is above', '', 1, 10, 0.1),
  ld4AcuteDays: field('LD4', 'Acute EWMA span', 'days', 3, 14, 1),
  ld4ChronicDays: field('LD4', 'Chronic EWMA span', 'days', 14, 56, 1),
  ld4SeedDays: field('LD4', 'Seed both averages with the mean daily load of the first', 'days', 1, 28, 1),
  ld4MinHistoryDays: field('LD4', 'Show ACWR once the first session is at least this many days back', 'days', 7, 90, 1),
  ld4InfoAcwr: field('LD4', 'Note when ACWR is above', '', 1, 3, 0.05),
  ld4LinkDays: field('LD4', 'Raise to caution when an LD1, PN1 or PN2 warning lies in the last', 'days', 1, 28, 1),
  rc1MinGapDays: field('RC1', 'Caution when hard (or weighted and hard) sessions are closer than', 'days', 1, 7, 1),
  hardRpe: field(null, 'A session counts as hard from this RPE (CR-10)', 'RPE', 1, 10, 1),
  pn1CautionAbove: field('PN1', 'Caution when pain during is above', '/10', 0, 10, 1),
  pn1StopAbove: field('PN1', 'Stop when pain during is above', '/10', 0, 10, 1),
  pn2SettledMax: field('PN2', 'Pain counts as settled at or below', '/10', 0, 10, 1),
  pn2PreviousMaxDays: field('PN2', 'Compare with the previous session when it is at most', 'days', 1, 7, 1),
  pn2RisingWindowDays: field('PN2', 'Compare mean pain over windows of', 'days', 3, 28, 1),
  pn2SettledSessionsToEnd: field(
    'PN2',
    'A pain stop ends after this many settled sessions in a row',
    'sessions',
    1,
    10,
    1
  ),
  fm1WindowDays: field('FM1', 'Stop when a flagged weighted session lies in the last', 'days', 1, 60, 1),
  ex1MinDays: field(
    'EX1',
    "Novice's first weighted session no sooner than this after the first session",
    'days',
    0,
    180,
    1
  ),
  ex1MinUnweightedRuns: field(
    'EX1',
    "Novice's unweighted runs logged before the first weighted session",
    'runs',
    0,
    50,
    1
  ),
  dl1InfoWeeks: field('DL1', 'Note after this many weeks in a row with weights', 'weeks', 1, 26, 1),
  dl1CautionWeeks: field('DL1', 'Caution after this many weeks in a row with weights', 'weeks', 1, 52, 1),
  weekStartsOn: field(null, 'Weeks start on (0 = Sunday, 1 = Monday, ... 6 = Saturday)', '', 0, 6, 1)
}

/** Defaults overlaid with a coach's overrides; undefined or non-finite overrides are ignored. */
export function resolveRulesConfig(...overrides: (Partial<RulesConfig> | undefined)[]): RulesConfig {
  const config: RulesConfig = { ...defaultRulesConfig }
  for (const o of overrides) {
    if (!o) continue
    for (const key of Object.keys(o) as (keyof RulesConfig)[]) {
      const v = o[key]
      if (key in defaultRulesConfig && typeof v === 'number' && Number.isFinite(v)) config[key] = v
    }
  }
  return config
}
