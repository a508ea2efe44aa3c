// AW1-AW4: how heavy, how fast the weight rises, and how long it stays on. Weighted sessions only.
import { emit, type RuleContext } from './context'
import { massDownText, exposureText, massText } from '../text/tokens'
import { percentText } from './format'
import { increasePercent, round2 } from './numbers'
import { exposureOf, weightedMinutesOf } from './session'

export function ankleLoadRules(ctx: RuleContext): void {
  const { sessions, config: c, day, weighted } = ctx
  const mass = ctx.bodyMassKg
  const level = ctx.athlete.level
  const aw1Caution = ctx.novice ? c.aw1CautionPercentNovice : c.aw1CautionPercentOther
  const aw4Caution = ctx.novice ? c.aw4CautionMinNovice : c.aw4CautionMinOther
  const aw4Stop = ctx.novice ? c.aw4StopMinNovice : c.aw4StopMinOther
  const lookBack = Math.max(c.aw3WindowDays, c.aw4ExposureWindowDays)
  let lastChangeDay: number | null = null // AW3: day of the previous increase or (re)start

  for (let i = 0; i < sessions.length; i++) {
    if (!weighted[i]) continue
    const s = sessions[i]
    const d = day[i]
    const kg = round2(s.ankleWeightKg)
    const totalPercent = mass === null ? null : round2(((2 * s.ankleWeightKg) / mass) * 100)

    // AW1 load vs body mass
    if (totalPercent === null) {
      emit(
        ctx,
        i,
        'AW1',
        'stop',
        { kgPerAnkle: kg },
        `Body mass is missing, so ${massText(kg)} per ankle cannot be judged against it.`
      )
    } else if (totalPercent > c.aw1StopPercent) {
      emit(
        ctx,
        i,
        'AW1',
        'stop',
        { totalPercent },
        `${massText(kg)} per ankle is ${percentText(totalPercent)} of body mass in total, above the ${percentText(c.aw1StopPercent)} stop level.`
      )
    } else if (totalPercent > aw1Caution) {
      emit(
        ctx,
        i,
        'AW1',
        'caution',
        { totalPercent },
        `${massText(kg)} per ankle is ${percentText(totalPercent)} of body mass in total, above the ${percentText(aw1Caution)} level for a${level === 'novice' ? ' novice' : 'n ' + level} athlete.`
      )
    }

    // AW2 absolute load
    if (kg > c.aw2StopKg) {
      emit(
        ctx,
        i,
        'AW2',
        'stop',
        { kgPerAnkle: kg },
        `${massText(kg)} per ankle is above the ${massText(c.aw2StopKg)} stop level.`
      )
    } else if (kg > c.aw2CautionKg) {
      emit(
        ctx,
        i,
        'AW2',
        'caution',
        { kgPerAnkle: kg },
        `${massText(kg)} per ankle is above the ${massText(c.aw2CautionKg)} caution level.`
      )
    }

    // Earlier weighted sessions inside the AW3 and AW4 windows.
    let previousMaxKg = -1
    let previousMaxExposure = -1
    for (let j = i - 1; j >= 0 && day[j] > d - lookBack; j--) {
      if (!weighted[j]) continue
      if (day[j] > d - c.aw3WindowDays) previousMaxKg = Math.max(previousMaxKg, sessions[j].ankleWeightKg)
      if (day[j] > d - c.aw4ExposureWindowDays)
        previousMaxExposure = Math.max(previousMaxExposure, exposureOf(sessions[j]))
    }

    // AW3 progression step
    const restart = previousMaxKg < 0
    const increaseKg = restart ? 0 : round2(s.ankleWeightKg - previousMaxKg)
    if (!restart && increaseKg > c.aw3StopStepKg) {
      emit(
        ctx,
        i,
        'AW3',
        'stop',
        { increaseKg },
        `${massText(kg)} per ankle is ${massText(increaseKg)} more than the heaviest of the last ${c.aw3WindowDays} days (${massText(previousMaxKg)}), above the +${massText(c.aw3StopStepKg)} stop level.`
      )
    } else if (!restart && increaseKg > c.aw3CautionStepKg) {
      emit(
        ctx,
        i,
        'AW3',
        'caution',
        { increaseKg },
        `${massText(kg)} per ankle is ${massText(increaseKg)} more than the heaviest of the last ${c.aw3WindowDays} days (${massText(previousMaxKg)}), above the +${massText(c.aw3CautionStepKg)} step.`
      )
    } else if (restart && mass !== null && totalPercent !== null && totalPercent > c.aw3StartPercent) {
      emit(
        ctx,
        i,
        'AW3',
        'caution',
        { totalPercent },
        `This (re)start, with no weighted session in the last ${c.aw3WindowDays} days, uses ${percentText(totalPercent)} of body mass, above the ${percentText(c.aw3StartPercent)} start level.`,
        `Start at ${massDownText(startLevelKgPerAnkle(mass, c.aw3StartPercent))} per ankle or lighter (the ${percentText(c.aw3StartPercent)} start level).`
      )
    }
    const isChange = restart || increaseKg > 0
    if (isChange) {
      if (lastChangeDay !== null && d - lastChangeDay < c.aw3MinDaysBetweenChanges) {
        const daysSinceLastChange = d - lastChangeDay
        emit(
          ctx,
          i,
          'AW3',
          'caution',
          { daysSinceLastChange },
          `This ${restart ? 'restart' : 'increase'} comes ${daysSinceLastChange} ${daysSinceLastChange === 1 ? 'day' : 'days'} after the previous increase or restart, sooner than ${c.aw3MinDaysBetweenChanges} days.`
        )
      }
      lastChangeDay = d
    }

    // AW4 time under load
    const weightedMinutes = round2(weightedMinutesOf(s))
    if (weightedMinutes > aw4Stop) {
      emit(
        ctx,
        i,
        'AW4',
        'stop',
        { weightedMinutes },
        `${weightedMinutes} minutes with weights on is above the ${aw4Stop}-minute stop level.`
      )
    } else if (weightedMinutes > aw4Caution) {
      emit(
        ctx,
        i,
        'AW4',
        'caution',
        { weightedMinutes },
        `${weightedMinutes} minutes with weights on is above the ${aw4Caution}-minute caution level.`
      )
    }
    if (previousMaxExposure > 0) {
      const exposureKgMin = round2(exposureOf(s))
      const rise = increasePercent(exposureKgMin, round2(previousMaxExposure))
      if (rise !== null && rise > c.aw4ExposureInfoPercent) {
        emit(
          ctx,
          i,
          'AW4',
          'info',
          { exposureKgMin, increasePercent: rise },
          `Exposure of ${exposureText(exposureKgMin)} is ${percentText(rise)} above the highest of the last ${c.aw4ExposureWindowDays} days (${exposureText(previousMaxExposure)}).`
        )
      }
    }
  }
}

/**
 * The start level as a weight per ankle (body mass x start% / 2), in kg. The suggestion shows it
 * rounded down to a step a coach can buy or set in their unit (massDownText: 0.05 kg, or 0.5 lb).
 */
export function startLevelKgPerAnkle(bodyMassKg: number, startPercent: number): number {
  return (bodyMassKg * startPercent) / 100 / 2
}
