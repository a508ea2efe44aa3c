// The options of an athlete picker: one per athlete, two of the same name told apart (lib/athleteNames).
import { pickerNames } from '../lib/athleteNames'
import { useSettings } from '../lib/settings'

type Named = Parameters<typeof pickerNames>[0][number]

export const AthleteOptions = ({ athletes }: { athletes: readonly Named[] }) => {
  const { settings } = useSettings()
  const names = pickerNames(athletes, settings.massUnit)
  return athletes.map((a) => (
    <option key={a.id} value={a.id}>
      {names.get(a.id)}
    </option>
  ))
}
