// Texts main writes for the coach outside the renderer (error messages, PDFs, exports): the rules'
// and the generator's tokens written out in the coach's units from Settings, with the same shared
// formatters the renderer uses, so no raw token reaches the coach.
import { renderText, type TextUnits } from '../shared/text'
import type { BackendContext } from './context'

/** The coach's display units from Settings. */
export const coachUnits = (ctx: Pick<BackendContext, 'settings'>): TextUnits => {
  const s = ctx.settings.get()
  return { mass: s.massUnit, distance: s.distanceUnit }
}

/** The text with its tokens written out in the coach's units. */
export const coachText = (ctx: Pick<BackendContext, 'settings'>, text: string): string =>
  renderText(text, coachUnits(ctx))
