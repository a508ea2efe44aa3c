// FIT files from watches, decoded with Garmin's own SDK: one session per FIT "session" message.
// Read leniently where the data is intact: a size or checksum that does not match (common in
// phone-app exports) still imports when the session summaries read, with a note on the row.
import { Decoder, Stream } from '@garmin/fitsdk'
import { draftFromActivity, ImportFileError, type ReadContext, type ReadDraft } from './draft'

/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
const FIT_EPOCH_S = 631065600

interface FitSession {
  startTime?: Date
  totalElapsedTime?: number
  totalTimerTime?: number
  totalDistance?: number
  sport?: string | number
  subSport?: string | number
}

/** FIT file types that are not recordings, named as the SDK spells them. */
const NOT_ACTIVITY: Record<string, string> = {
  course: 'a course (a planned route)',
  workout: 'a planned workout',
  settings: 'a settings file',
  sport: 'sport settings',
  device: 'a device description',
  schedules: 'a schedule',
  totals: 'lifetime totals',
  goals: 'goals',
  monitoringA: 'daily activity tracking (steps and heart rate, not a session)',
  monitoringB: 'daily activity tracking (steps and heart rate, not a session)',
  monitoringDaily: 'daily activity tracking (steps and heart rate, not a session)',
  segment: 'a segment',
  segmentList: 'a segment list',
  weight: 'weight measurements',
  bloodPressure: 'blood pressure measurements'
}

/** Sessions a multisport file holds besides its legs. */
const isTransition = (sport: string) => sport === 'transition'
const isSummary = (sport: string) => sport === 'generic' || sport === 'multisport' || sport === '0' || sport === ''

export const isFitBytes = (bytes: Uint8Array): boolean =>
  bytes.length >= 12 && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === '.FIT'

/** True when the header promises more data than the file holds (a truncated copy). */
const isCutShort = (bytes: Uint8Array): boolean => {
  if (bytes.length < 12) return true
  const headerSize = bytes[0]
  const dataSize = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24)
  return bytes.length < headerSize + dataSize
}

const words = (sport: string) => sport.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()

export const readFit = (bytes: Uint8Array, ctx: ReadContext): { label: string; read: ReadDraft }[] => {
  const stream = Stream.fromBuffer(bytes)
  if (!Decoder.isFIT(stream))
    throw new ImportFileError(
      'it is not a FIT file: it does not start with the ".FIT" mark a watch writes. Check that it is the activity file itself, not a renamed copy of something else.'
    )
  const intact = new Decoder(Stream.fromBuffer(bytes)).checkIntegrity()
  let decoded: ReturnType<Decoder['read']>
  try {
    decoded = new Decoder(Stream.fromBuffer(bytes)).read()
  } catch {
    throw new ImportFileError(
      'the FIT file could not be read at all: it is damaged. Copy or export it again from the watch or app.'
    )
  }
  const { messages, errors } = decoded
  const type = String(((messages.fileIdMesgs ?? [])[0] as { type?: string } | undefined)?.type ?? '')
  const all = ((messages.sessionMesgs ?? []) as FitSession[]).filter(
    (s) => s.startTime instanceof Date && ((s.totalTimerTime ?? 0) > 0 || (s.totalElapsedTime ?? 0) > 0)
  )
  if (all.length === 0) {
    if (NOT_ACTIVITY[type])
      throw new ImportFileError(
        `it is ${NOT_ACTIVITY[type]}, not a recorded activity, so there is no session to import.`
      )
    if (isCutShort(bytes) || errors.some((e) => /end of stream/i.test(String((e as Error)?.message)))) {
      throw new ImportFileError(
        'the FIT file ends early: it looks cut off during copying or syncing, before its session summary. Copy or export it again from the watch or app.'
      )
    }
    if (!intact || errors.length > 0) {
      throw new ImportFileError(
        'the FIT file is damaged before its session summary, so there is nothing to import. Copy or export it again from the watch or app.'
      )
    }
    throw new ImportFileError(
      'the FIT file holds no session summary (the watch may not have finished saving it). Sync the watch again and import the new file.'
    )
  }
  const notes: string[] = []
  if (!intact)
    notes.push('its size or checksum does not match (common in phone-app exports); the session summary read fine')
  else if (errors.length > 0) notes.push('part of the file could not be decoded; the session summary read fine')

  // Multisport: the legs are the sessions; transitions and a summary of the whole are left out.
  const multisport = all.length > 1
  const transitions = all.filter((s) => isTransition(String(s.sport ?? '')))
  const summaries = multisport ? all.filter((s) => isSummary(String(s.sport ?? ''))) : []
  const legs = all.filter((s) => !transitions.includes(s) && !summaries.includes(s))
  if (legs.length === 0)
    throw new ImportFileError('it holds only transitions or a summary, no leg of a session to import.')
  const leftOut = [
    transitions.length ? `${transitions.length} transition${transitions.length > 1 ? 's' : ''}` : '',
    summaries.length ? `${summaries.length} summar${summaries.length > 1 ? 'ies' : 'y'} of the whole` : ''
  ].filter(Boolean)
  if (leftOut.length) notes.push(`${leftOut.join(' and ')} left out`)

  const fileId = (messages.fileIdMesgs ?? [])[0] as { serialNumber?: number; timeCreated?: Date } | undefined
  const activity = (messages.activityMesgs ?? [])[0] as { timestamp?: Date; localTimestamp?: number } | undefined
  // The watch records its own local clock: use it, so a run belongs to the day it was run there.
  let localOffsetMin: number | undefined
  if (activity?.timestamp instanceof Date && typeof activity.localTimestamp === 'number') {
    const offset = Math.round(((activity.localTimestamp + FIT_EPOCH_S) * 1000 - activity.timestamp.getTime()) / 60_000)
    if (Math.abs(offset) <= 14 * 60) localOffsetMin = offset
  }
  const serial = fileId?.serialNumber ?? 'unknown'
  return legs.map((s, k) => {
    const sport = String(s.sport ?? '')
    const running =
      sport === 'running' || sport === '1' ? true : sport === '' || sport === 'generic' || sport === '0' ? null : false
    const start = s.startTime as Date
    return {
      label: legs.length > 1 ? `leg ${k + 1} (${words(sport)})` : '',
      read: draftFromActivity(
        {
          start,
          localOffsetMin,
          movingSec: typeof s.totalTimerTime === 'number' ? s.totalTimerTime : null,
          elapsedSec: typeof s.totalElapsedTime === 'number' ? s.totalElapsedTime : null,
          distanceM: typeof s.totalDistance === 'number' && s.totalDistance > 0 ? s.totalDistance : null,
          // FIT has no activity title; a non-running sport is named so the coach sees why it is cross-training.
          name: running === false ? words(sport) : '',
          sport: words(sport),
          running,
          race: false,
          externalId: `fit:${serial}:${start.toISOString()}`,
          note: notes.join('; ')
        },
        ctx
      )
    }
  })
}
