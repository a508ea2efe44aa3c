// CSV export of sessions: one athlete or all, saved through a dialog in Electron or returned as text.
import fs from 'node:fs'
import type { BackendContext, HandlersFor } from '../../context'
import { sessionsToCsv } from '../../export/csv'

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'athlete'

export const exportHandlers = (ctx: BackendContext): HandlersFor<'exportSessionsCsv'> => {
  const { athletes, sessions, host } = ctx
  return {
    exportSessionsCsv: async ({ athleteId }) => {
      const who = athleteId === undefined ? athletes.listWithStats(true, '0000-01-01') : [ctx.requireAthlete(athleteId)]
      const rows = who.flatMap((a) =>
        sessions
          .listByAthlete(a.id)
          .reverse()
          .map((session) => ({ athlete: a.name, session }))
      )
      const csv = sessionsToCsv(rows)
      const fileName = `ballast-sessions-${athleteId === undefined ? 'all' : slug(who[0].name)}-${ctx.today()}.csv`
      let savedTo: string | null = null
      if (host.chooseSavePath) {
        savedTo = await host.chooseSavePath(fileName, [{ name: 'CSV', extensions: ['csv'] }])
        if (savedTo) await fs.promises.writeFile(savedTo, csv, 'utf8')
      }
      return { fileName, csv, rows: rows.length, savedTo }
    }
  }
}
