// Texts from main (warnings, stops, the generator's notes, messages) hold tokens for weights,
// distances and days; this writes them out in the coach's units from Settings. A units change redraws
// them from the data already here, with no new call to main.
import { useCallback } from 'react'
import { renderText } from '../../../shared/text'
import { useSettings } from './settings'

/** A function that writes out a text's tokens in the coach's units. */
export const useText = (): ((text: string) => string) => {
  const { massUnit, distanceUnit } = useSettings().settings
  return useCallback(
    (text: string) => renderText(text, { mass: massUnit, distance: distanceUnit }),
    [massUnit, distanceUnit]
  )
}
