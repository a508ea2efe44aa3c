// Errors in the coach's units. The shared schemas speak metric ("at most 5 kg per ankle"), which is what
// main stores; a coach working in lb or miles reads the same limit in their own unit.
import { distanceToDisplay, massToDisplay, type DistanceUnit, type MassUnit } from '../../../../shared/units'

export const inUnits =
  (units: { mass: MassUnit; distance: DistanceUnit }) =>
  (text: string): string =>
    text
      .replace(/(-?\d+(?:\.\d+)?) kg\b/g, (all, n: string) =>
        units.mass === 'kg' ? all : `${massToDisplay(Number(n), 'lb')} lb`
      )
      .replace(/(-?\d+(?:\.\d+)?) km\b/g, (all, n: string) =>
        units.distance === 'km' ? all : `${distanceToDisplay(Number(n), 'mi')} mi`
      )
