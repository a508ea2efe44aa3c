import type { Settings } from '../../shared/domain'
import type { Db } from './open'

interface SettingsRow {
  mass_unit: Settings['massUnit']
  distance_unit: Settings['distanceUnit']
  week_starts_on: number
  coach_name: string
  coach_contact: string
  paper_size: Settings['paperSize']
}

export const settingsRepo = (db: Db) => {
  const read = db.prepare<[], SettingsRow>('SELECT * FROM settings WHERE id = 1')
  const write = db.prepare(
    `UPDATE settings SET mass_unit = @massUnit, distance_unit = @distanceUnit,
       week_starts_on = @weekStartsOn, coach_name = @coachName,
       coach_contact = @coachContact, paper_size = @paperSize WHERE id = 1`
  )
  const get = (): Settings => {
    const r = read.get()!
    return {
      massUnit: r.mass_unit,
      distanceUnit: r.distance_unit,
      weekStartsOn: r.week_starts_on,
      coachName: r.coach_name,
      coachContact: r.coach_contact,
      paperSize: r.paper_size
    }
  }
  return {
    get,
    update(patch: Partial<Settings>): Settings {
      const next = { ...get(), ...patch }
      write.run(next)
      return next
    }
  }
}
