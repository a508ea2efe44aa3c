// The plan page shows the generator's notes once: in their box, not again under the title.
import { describe, expect, it } from 'vitest'
import { generatePlan } from '../../../src/shared/plan/generate'
import { notesBesideGenerator } from '../../../src/shared/plan/notes'
import { cutText, hasToken, renderText } from '../../../src/shared/text'

const generated = generatePlan({
  athlete: { bodyMassKg: 67, level: 'intermediate', ownedWeightsKg: [0.5, 1.5] },
  history: [],
  startDate: '2026-01-05',
  weeks: 8,
  runsPerWeek: 4,
  availableDays: [1, 3, 5, 6],
  weekStartsOn: 1
}).notes
// As the main process stores them with the plan.
const stored = (notes: string[]) => cutText(notes.join('\n'), 2000)

describe('plan notes beside the generator box', () => {
  it("right after generating, the stored notes are the box's sentences: nothing repeats under the title", () => {
    expect(generated.length).toBeGreaterThan(1)
    expect(notesBesideGenerator(stored(generated), generated)).toEqual([])
  })

  it("a coach's own lines added or edited later still show, without the generator's", () => {
    const edited = `Call me after week 2.\n${stored(generated)}\nRace kit: new shoes by March.`
    expect(notesBesideGenerator(edited, generated)).toEqual(['Call me after week 2.', 'Race kit: new shoes by March.'])
    const reworded = stored([generated[0], `${generated[1]} Coach: agreed with Sam.`])
    expect(notesBesideGenerator(reworded, generated)).toEqual([`${generated[1]} Coach: agreed with Sam.`])
  })

  it('without the box (the app restarted), the stored notes show, one line each', () => {
    expect(notesBesideGenerator(stored(generated), [])).toEqual(generated)
  })

  it("a last sentence cut at 2000 characters still counts as the generator's", () => {
    const long = [...generated, 'x'.repeat(900) + ' first.', 'y'.repeat(900) + ' second.', 'z'.repeat(900) + ' third.']
    const cut = stored(long)
    expect(cut.length).toBe(2000)
    expect(notesBesideGenerator(cut, long)).toEqual([])
  })

  it("notes saved written out (edited in the plan's details, in lb and mi) still count as the generator's", () => {
    const race = generatePlan({
      athlete: { bodyMassKg: 67, level: 'intermediate', ownedWeightsKg: [0.5, 1.5] },
      history: [],
      startDate: '2026-01-05',
      weeks: 8,
      runsPerWeek: 4,
      availableDays: [1, 3, 5, 6],
      weekStartsOn: 1,
      goalDistance: '10k',
      goalRaceDate: '2026-02-28'
    }).notes
    expect(race.some(hasToken)).toBe(true)
    const write = (t: string) => renderText(t, { mass: 'lb', distance: 'mi' })
    const edited = `${write(stored(race))}\nCall me after week 2.`
    expect(notesBesideGenerator(edited, race, 2000, write)).toEqual(['Call me after week 2.'])
  })
})
