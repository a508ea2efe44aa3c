// Handlers of the core channels: settings, athletes, sessions, the demo squad.
import { formatDay } from '../../shared/dayFormat'
import type { coreChannels } from '../../shared/channels'
import type { BackendContext, HandlersFor } from '../context'
import { BackendError, notFound } from '../errors'
import { addDays } from '../../shared/calendar'
import { FUTURE_SESSION_MESSAGE, isFutureSession } from '../../shared/domain'
import { buildDemoSquad } from '../demo'
import { restoreSnapshot, snapshotCascade } from '../db/snapshot'

/**
 * Refuses a logged session dated more than a day after main's today (the athlete may be a time zone
 * ahead). `path` is the field the message belongs to, so the form shows it under Date.
 */
export const refuseFutureSession = (date: string, today: string, path = 'date'): void => {
  if (isFutureSession(date, today))
    throw new BackendError('invalid_input', FUTURE_SESSION_MESSAGE, [{ path, message: FUTURE_SESSION_MESSAGE }])
}

const NO_UPDATER = {
  available: false,
  enabled: false,
  reason: 'Updates are checked only by the installed desktop app.'
}

export const coreHandlers = (ctx: BackendContext): HandlersFor<(typeof coreChannels)[number]> => {
  const { db, athletes, sessions, settings, nowIso, today } = ctx

  const { requireAthlete } = ctx
  const requireActiveAthlete = (id: number) => {
    const a = requireAthlete(id)
    if (a.archivedAt) {
      throw new BackendError('conflict', `${a.name} is archived; restore the athlete before logging sessions`, [
        { path: 'athleteId', message: 'This athlete is archived' }
      ])
    }
    return a
  }

  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    // Electron's main answers these two itself; every other host (the browser host) has no updater.
    getUpdateSettings: () => NO_UPDATER,
    setUpdateSettings: () => NO_UPDATER,

    // Pickers and lists need no warnings; the squad view (getSquad) carries each athlete's severity.
    listAthletes: ({ includeArchived }) => athletes.listWithStats(includeArchived, addDays(today(), -6)),
    getAthlete: ({ id }) => requireAthlete(id),
    createAthlete: (input) => athletes.create(input, nowIso()),
    updateAthlete: ({ id, ...input }) =>
      athletes.update(id, input, nowIso()) ??
      (() => {
        throw notFound('Athlete', id)
      })(),
    archiveAthlete: ({ id }) => {
      requireAthlete(id)
      return athletes.setArchived(id, nowIso(), nowIso())!
    },
    restoreAthlete: ({ id }) => {
      requireAthlete(id)
      return athletes.setArchived(id, null, nowIso())!
    },
    deleteAthlete: ({ id, confirmName }) => {
      const a = requireAthlete(id)
      if (confirmName.trim() !== a.name) {
        throw new BackendError('invalid_input', `Type the athlete's name exactly ("${a.name}") to delete permanently`, [
          { path: 'confirmName', message: `Type "${a.name}" to confirm` }
        ])
      }
      const snapshot = snapshotCascade(db, 'athletes', id)
      const deletedSessions = athletes.delete(id)
      return {
        deletedSessions,
        undoToken: ctx.undo.put(a.name, () => restoreSnapshot(db, snapshot), {
          kind: 'athlete',
          name: a.name,
          athleteName: null,
          date: null
        })
      }
    },

    listSessions: ({ athleteId, from, to }) => {
      requireAthlete(athleteId)
      return sessions.listByAthlete(athleteId, from, to)
    },
    createSession: (input) => {
      refuseFutureSession(input.date, today())
      requireActiveAthlete(input.athleteId)
      return sessions.create(input, nowIso())
    },
    updateSession: ({ id, ...input }) => {
      if (!sessions.get(id)) throw notFound('Session', id)
      refuseFutureSession(input.date, today())
      requireActiveAthlete(input.athleteId)
      return sessions.update(id, input, nowIso())!
    },
    deleteSession: ({ id }) => {
      const s = sessions.get(id)
      if (!s) throw notFound('Session', id)
      const snapshot = snapshotCascade(db, 'sessions', id)
      const deleted = sessions.delete(id)
      const what = {
        kind: 'session' as const,
        name: s.type,
        athleteName: athletes.get(s.athleteId)?.name ?? null,
        date: s.date
      }
      return {
        deleted,
        undoToken: ctx.undo.put(`the session of ${formatDay(s.date)}`, () => restoreSnapshot(db, snapshot), what)
      }
    },
    listUndo: () => ctx.undo.list().map(({ label: _label, ...entry }) => entry),
    undoDelete: ({ token }) => {
      try {
        return { restored: ctx.undo.take(token) }
      } catch (e) {
        if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
          throw new BackendError('conflict', 'It cannot be put back: something it belonged to has been deleted since.')
        }
        throw e
      }
    },

    loadDemoSquad: () => {
      if (athletes.count() > 0) {
        throw new BackendError('conflict', 'The demo squad can only be loaded into an empty database')
      }
      const squad = buildDemoSquad(today())
      // One transaction: a half-loaded demo would be worse than none.
      return db.transaction(() => {
        let sessionCount = 0
        for (const entry of squad) {
          const a = athletes.create(entry.athlete, nowIso())
          sessionCount += sessions.createMany(
            entry.sessions.map((s) => ({ ...s, athleteId: a.id })),
            nowIso()
          )
        }
        return { athletes: squad.length, sessions: sessionCount }
      })()
    }
  }
}
