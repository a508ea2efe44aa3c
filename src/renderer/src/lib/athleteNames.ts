// Athletes in a picker: the name alone, unless another athlete in the same list has it too. Then the
// level and body mass tell them apart ("Sam Lee (novice, 62 kg)"), and the id when even those match.
import { levelLabels, type Level } from '../../../shared/domain'
import { formatMass, type MassUnit } from '../../../shared/units'

interface Named {
  id: number
  name: string
  level: Level
  bodyMassKg: number | null
}

const key = (name: string) => name.trim().toLocaleLowerCase()

export const pickerNames = (athletes: readonly Named[], massUnit: MassUnit): Map<number, string> => {
  const count = new Map<string, number>()
  for (const a of athletes) count.set(key(a.name), (count.get(key(a.name)) ?? 0) + 1)
  const detailed = new Map<number, string>()
  for (const a of athletes) {
    if ((count.get(key(a.name)) ?? 0) < 2) continue
    detailed.set(
      a.id,
      `${a.name} (${levelLabels[a.level].toLowerCase()}, ${a.bodyMassKg === null ? 'no body mass' : formatMass(a.bodyMassKg, massUnit)})`
    )
  }
  const again = new Map<string, number>()
  for (const label of detailed.values()) again.set(label, (again.get(label) ?? 0) + 1)
  return new Map(
    athletes.map((a) => {
      const d = detailed.get(a.id)
      return [a.id, d === undefined ? a.name : (again.get(d) ?? 0) > 1 ? `${d.slice(0, -1)}, #${a.id})` : d]
    })
  )
}
