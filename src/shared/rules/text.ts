// Coach-facing words: rule titles, "why" text (threshold, basis, source from RULES.md), suggestions.
// Ankle weights change running form; they are never said to improve it (RULES.md).
import type { RulesConfig } from './config'
import { massText } from '../text/tokens'
import type { RuleAthlete, RuleId } from './types'

export const ruleTitles: Record<RuleId, string> = {
  AW1: 'Load vs body mass',
  AW2: 'Absolute load',
  AW3: 'Progression step',
  AW4: 'Time under load',
  AW5: 'Weighted frequency',
  AW6: 'Weights outside easy runs',
  LD1: 'Single-run spike',
  LD2: 'Weekly distance',
  LD3: 'Monotony',
  LD4: 'Acute:chronic workload ratio',
  RC1: 'Recovery',
  PN1: 'Pain during',
  PN2: 'Pain not settling',
  PN3: 'Hard while in pain',
  FM1: 'Form breakdown',
  EX1: 'Base first',
  DL1: 'Breaks from weights',
  ST1: 'Stop ignored'
}

/** Basis (E = a study reports this figure, C = conservative coaching convention) and source, as in RULES.md. */
export const ruleEvidence: Record<RuleId, { basis: string; source: string }> = {
  AW1: {
    basis: 'C (conservative coaching convention)',
    source:
      'Trounson 2020 (PLoS ONE): limb loads of 3% and 5% body weight reduced ankle push-off, 5% also raised knee flexion at landing. Field 2019 (Sports 7:220): +2.56% VO2 per 1% body mass on the lower leg, effects clear from 1%. Feser 2020 review: 0.6-5% raised ground-contact time 2.9-8.9%.'
  },
  AW2: {
    basis: 'C (conservative coaching convention)',
    source:
      'The common "1-3 lb" advice (ACE, secondary source); Owens 1989 tested up to 2.4 kg per ankle. Mayo Clinic advises against ankle weights even for walking.'
  },
  AW3: {
    basis: 'C (by analogy with LD1)',
    source: 'Source document: start light, increase gradually as muscles adapt.'
  },
  AW4: {
    basis: 'C (conservative coaching convention)',
    source:
      'Claremont & Hall 1988 used 30-min bouts; physiotherapy advice for walking: 10-15 min, 1-2x a week. Source document: not for long durations.'
  },
  AW5: {
    basis: 'C informed by E',
    source:
      'Magnusson 2010: tendon collagen synthesis peaks ~24 h and stays raised ~3 days; ACSM: 48 h between resistance sessions for the same muscles. Source document: not on every run; give the body breaks.'
  },
  AW6: {
    basis: 'C (conservative coaching convention)',
    source:
      'Feser 2020 (sprint mechanics change under limb load); Rice 2024: uphill +10-15% raised tibial loading. Source document: not for long durations.'
  },
  LD1: {
    basis: 'E (a study reports this figure)',
    source:
      'Frandsen 2025 (BJSM 59:1203, 5,205 runners): injury hazard ratios 1.64 (10-30%), 1.52 (30-100%), 2.28 (> 100%).'
  },
  LD2: {
    basis: 'E (weak); the 10% step is C',
    source:
      'Nielsen 2014 (JOSPT): > 30% over 2 weeks, HR 1.59 (95% CI 0.96-2.66). Buist 2008: a 10%-rule plan did not lower injuries (20.8% vs 20.3%).'
  },
  LD3: {
    basis: 'formula E (Foster 1998, 2001); the 2.0 cut-off is C (secondary sources)',
    source: 'Formula from Foster 1998 and 2001; the cut-off comes from secondary sources.'
  },
  LD4: {
    basis: 'contested',
    source:
      'Gabbett 2016 (0.8-1.3 "sweet spot", >= 1.5 "danger"); Lolli 2019 and Impellizzeri 2020 show coupling artefacts and no evidence for steering training by it; Frandsen 2025 found higher ACWR with fewer injuries in runners.'
  },
  RC1: { basis: 'C (conservative coaching convention)', source: 'ACSM 48 h; Magnusson 2010.' },
  PN1: {
    basis: 'E (extrapolated from tendon rehab)',
    source:
      'Silbernagel 2007 (AJSM 35:897): pain <= 5/10 acceptable, must settle by next morning, must not rise week to week.'
  },
  PN2: {
    basis: 'E (extrapolated from tendon rehab), as PN1',
    source:
      'Silbernagel 2007 (AJSM 35:897): pain <= 5/10 acceptable, must settle by next morning, must not rise week to week.'
  },
  PN3: {
    basis: 'C (conservative coaching convention), from Silbernagel 2007',
    source: 'Silbernagel 2007 (AJSM 35:897): load only within the pain limits.'
  },
  FM1: {
    basis: 'C (conservative coaching convention)',
    source: 'Source document: added weight alters stride and gait.'
  },
  EX1: { basis: 'C (conservative coaching convention)', source: 'Coaching convention; no study sets this figure.' },
  DL1: {
    basis: 'C (conservative coaching convention)',
    source: 'Source document: supplement, not a constant accessory.'
  },
  ST1: {
    basis: 'C (conservative coaching convention)',
    source: 'Coaching convention: a stop holds until it ends or the coach clears it after review.'
  }
}

const f = (x: number): string => String(Math.round(x * 100) / 100)

function thresholdText(id: RuleId, c: RulesConfig, athlete: RuleAthlete): string {
  const novice = athlete.level === 'novice'
  switch (id) {
    case 'AW1':
      return `Caution above ${f(novice ? c.aw1CautionPercentNovice : c.aw1CautionPercentOther)}% of body mass in total (both ankles) for a${novice ? ' novice' : 'n ' + athlete.level} athlete, stop above ${f(c.aw1StopPercent)}%; without a body mass the load cannot be judged, so it is a stop.`
    case 'AW2':
      return `Caution above ${massText(c.aw2CautionKg)} per ankle, stop above ${massText(c.aw2StopKg)}.`
    case 'AW3':
      return `Compared with the heaviest weighted session of the last ${f(c.aw3WindowDays)} days: a step of more than +${massText(c.aw3CautionStepKg)} is a caution, more than +${massText(c.aw3StopStepKg)} a stop; a start or restart above ${f(c.aw3StartPercent)}% of body mass is a caution, and so is an increase or restart less than ${f(c.aw3MinDaysBetweenChanges)} days after the previous one.`
    case 'AW4':
      return `Caution above ${f(novice ? c.aw4CautionMinNovice : c.aw4CautionMinOther)} weighted minutes, stop above ${f(novice ? c.aw4StopMinNovice : c.aw4StopMinOther)} (${athlete.level}); exposure (weight x weighted minutes) more than ${f(c.aw4ExposureInfoPercent)}% above the highest of the last ${f(c.aw4ExposureWindowDays)} days is noted.`
    case 'AW5':
      return `Caution when weighted sessions are less than ${f(c.aw5MinGapDays)} days apart, for weighted session number ${f(c.aw5CautionCount)} in ${f(c.aw5WindowDays)} days, or when weighted minutes are more than 1/${f(c.aw5ShareDivisor)} of run minutes (or every run is weighted, from ${f(c.aw5AllWeightedMinRuns)} runs); stop from weighted session number ${f(c.aw5StopCount)} in ${f(c.aw5WindowDays)} days.`
    case 'AW6':
      return `Ankle weights in a hard session (interval, hill sprint, tempo, race, or RPE ${f(c.hardRpe)}+) are a stop for a novice and a caution otherwise; in a long or incline run that is not hard, a caution.`
    case 'LD1':
      return `Compared with the longest run of the last ${f(c.ld1WindowDays)} days (by distance when every run has one, else by duration; skipped with fewer than ${f(c.ld1MinEarlierRuns)} earlier runs): caution above +${f(c.ld1CautionPercent)}%, higher-risk caution above +${f(c.ld1HighRiskPercent)}%, stop above +${f(c.ld1StopPercent)}%.`
    case 'LD2':
      return `This week's run distance so far against last week's total: noted above +${f(c.ld2InfoPercent)}%, caution above +${f(c.ld2CautionPercent)}%.`
    case 'LD3':
      return `Monotony = mean / SD of the last 7 daily loads (RPE x minutes); caution above ${f(c.ld3MonotonyCaution)}, once a week. Strain (weekly load x monotony) is shown on charts only.`
    case 'LD4':
      return `EWMA acute (${f(c.ld4AcuteDays)}-day) vs chronic (${f(c.ld4ChronicDays)}-day) load: noted above ${f(c.ld4InfoAcwr)}, a caution when a session in the last ${f(c.ld4LinkDays)} days has an LD1, PN1 or PN2 warning, never a stop. The ratio is contested: read it as context, not as a target.`
    case 'RC1':
      return `Caution when two hard sessions, or a weighted and a hard session, are less than ${f(c.rc1MinGapDays)} days apart.`
    case 'PN1':
      return `Pain during of 0-${f(c.pn1CautionAbove)} is fine, up to ${f(c.pn1StopAbove)} a caution (no progression, next session unweighted), above ${f(c.pn1StopAbove)} a stop.`
    case 'PN2':
      return `Pain that does not settle is a stop: next-morning pain above ${f(c.pn2SettledMax)}, or pain above ${f(c.pn2SettledMax)} in the previous session (at most ${f(c.pn2PreviousMaxDays)} days earlier, no next-morning pain logged) and as high or higher now. Mean pain during over ${f(c.pn2RisingWindowDays)} days above ${f(c.pn2SettledMax)} and above the ${f(c.pn2RisingWindowDays)} days before is a caution, at most once a week. A pain stop ends after ${f(c.pn2SettledSessionsToEnd)} settled sessions in a row (pain during logged and ${f(c.pn2SettledMax)} or less, next morning too if logged) or when the coach clears it.`
    case 'PN3':
      return `A hard session (interval, hill sprint, tempo, race, or RPE ${f(c.hardRpe)}+) while a PN1 or PN2 pain stop from an earlier session is in force is a caution.`
    case 'FM1':
      return `A form breakdown with weights on is a caution; another within ${f(c.fm1WindowDays)} days is a stop.`
    case 'EX1':
      return `A novice's weighted sessions come after at least ${f(c.ex1MinDays)} days of logged training and ${f(c.ex1MinUnweightedRuns)} unweighted runs.`
    case 'DL1':
      return `Calendar weeks in a row with a weighted session: noted above ${f(c.dl1InfoWeeks)}, caution above ${f(c.dl1CautionWeeks)}.`
    case 'ST1':
      return 'A weighted session while a stop is in force is a stop, lasting while a stop it names is in force; a weighted session straight after a PN1 caution is a caution.'
  }
}

/** Threshold in force, then basis and source (RULES.md), so a coach can judge the figure. */
export function whyText(id: RuleId, config: RulesConfig, athlete: RuleAthlete): string {
  const e = ruleEvidence[id]
  return `${thresholdText(id, config, athlete)} Basis: ${e.basis}. ${e.source}`
}

/** PN1 above the stop level (RULES.md: "> 5: stop the run; ..."); ruleSuggestions.PN1 is the 3-5 text. */
export const pn1StopSuggestion =
  'Stop the run; no weights and no hard sessions until the pain settles; pain-free cross-training instead, and a physiotherapist if it persists.'

/**
 * The "suggest instead" column of RULES.md. LD1's suggestion names the cap and AW3's (re)start names the
 * start level, so those are built where the warning is; PN1's stop uses pn1StopSuggestion.
 */
export const ruleSuggestions: Record<RuleId, string | null> = {
  AW1: 'Use a lighter weight, or do hill sprints instead.',
  AW2: 'Use a lighter weight, or do hill sprints instead.',
  AW3: 'Repeat the current load.',
  AW4: 'Take the weights off part-way through, or do intervals instead.',
  AW5: 'Make it an unweighted easy run.',
  AW6: 'Do the same session unweighted; wear weights only in an easy run.',
  LD1: 'Cap the run at 110% of the 30-day longest.',
  LD2: "Hold volume at last week's level.",
  LD3: 'Add a rest or easy day.',
  LD4: null,
  RC1: 'Make it an easy day or rest.',
  PN1: 'Make the next run unweighted and easy.',
  PN2: 'Run easy or do pain-free cross-training until the pain settles; get a physiotherapist review.',
  PN3: 'Do an easy run or cross-training instead until the pain stop ends.',
  FM1: 'Use a lower weight or a shorter time under load.',
  EX1: 'Build a base of unweighted running first.',
  DL1: 'Take a deload week without weights.',
  ST1: 'Respect the stop; clear it only after review.'
}
