// The "What to do" text a planned session prints follows its weight and minutes: the coach changes the
// load in the editor and the sentence about the weights is rewritten, the rest of the text kept.
import { describe, expect, it } from 'vitest'
import { rewriteWhatToDo } from '../../src/shared/plan/whatToDo'
import { markLine, markQuestion, planMark } from '../../src/shared/plan/mark'

const generated =
  'Easy run; ankle weights on for the first 10 min, then take them off and finish unweighted. First weighted run: start light.'

describe('rewriteWhatToDo', () => {
  it('names the new minutes when the minutes change, and the whole run when they cover it', () => {
    // The weights go on after the warm-up (5 min for an easy run of 20 min or more), as the PDF says too.
    expect(rewriteWhatToDo(generated, { durationMin: 40, ankleWeightKg: 0.5, weightedMin: 15 })).toBe(
      'Easy run. Ankle weights on after the 5-min warm-up, for 15 min; then take them off and finish unweighted.'
    )
    expect(rewriteWhatToDo(generated, { durationMin: 30, ankleWeightKg: 2, weightedMin: 30 })).toBe(
      'Easy run. Ankle weights on for the whole run (30 min).'
    )
  })

  it('says "No ankle weights" when the weight goes to 0, and adds the weights sentence to an unweighted run given weights', () => {
    expect(rewriteWhatToDo(generated, { durationMin: 40, ankleWeightKg: 0, weightedMin: 0 })).toBe(
      'Easy run. No ankle weights.'
    )
    expect(
      rewriteWhatToDo('Long run at an easy, steady pace. No ankle weights.', {
        durationMin: 60,
        ankleWeightKg: 0.5,
        weightedMin: 10
      })
    ).toBe(
      'Long run at an easy, steady pace. Ankle weights on after the 5-min warm-up, for 10 min; then take them off and finish unweighted.'
    )
  })

  it('puts the weights on from the start when a run has no warm-up or the minutes do not fit after it, and to the end when they just fit', () => {
    expect(rewriteWhatToDo('Easy run.', { durationMin: 15, ankleWeightKg: 0.5, weightedMin: 10 })).toBe(
      'Easy run. Ankle weights on for the first 10 min, then take them off and finish unweighted.'
    )
    expect(rewriteWhatToDo('Easy run.', { durationMin: 30, ankleWeightKg: 0.5, weightedMin: 28 })).toBe(
      'Easy run. Ankle weights on for the first 28 min, then take them off and finish unweighted.'
    )
    expect(rewriteWhatToDo('Easy run.', { durationMin: 30, ankleWeightKg: 0.5, weightedMin: 25 })).toBe(
      'Easy run. Ankle weights on after the 5-min warm-up, for the last 25 min of the run.'
    )
    // A hard session of 30 min or more warms up for 10 min.
    expect(rewriteWhatToDo('', { type: 'hill_sprint', durationMin: 40, ankleWeightKg: 0.5, weightedMin: 10 })).toBe(
      'Ankle weights on after the 10-min warm-up, for 10 min; then take them off and finish unweighted.'
    )
  })

  it("keeps the coach's other sentences, decimals and clauses as written", () => {
    expect(
      rewriteWhatToDo('Run 2.5 km easy; then 4 strides. Weights on for 5 min.', {
        durationMin: 30,
        ankleWeightKg: 0.5,
        weightedMin: 8
      })
    ).toBe(
      'Run 2.5 km easy; then 4 strides. Ankle weights on after the 5-min warm-up, for 8 min; then take them off and finish unweighted.'
    )
    expect(rewriteWhatToDo('', { durationMin: 30, ankleWeightKg: 0, weightedMin: 0 })).toBe('No ankle weights.')
  })
})

describe('the mark wording', () => {
  it('counts only cautions and stops, and words them for the PDF and the question', () => {
    const m = planMark([{ severity: 'info' }, { severity: 'caution' }, { severity: 'stop' }, { severity: 'stop' }])
    expect(m).toEqual({ cautions: 1, stops: 2 })
    expect(markLine(m)).toBe('Not cleared by the rules: 1 caution, 2 stops')
    expect(markQuestion(m)).toBe('This plan has 1 caution and 2 stops that the rules did not clear. Export anyway?')
  })
})
