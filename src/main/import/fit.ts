// FIT files from watches, decoded with Garmin's own SDK: one session per FIT "session" message.
import { Decoder, Stream } from '@garmin/fitsdk'
import { draftFromActivity, ImportFileError, type ImportDraft } from './draft'

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

export const isFitBytes = (bytes: Uint8Array): boolean => bytes.length >= 12 && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === '.FIT'

export const readFit = (bytes: Uint8Array): ImportDraft[] => {
  const stream = Stream.fromBuffer(bytes)
  if (!Decoder.isFIT(stream)) throw new ImportFileError('it is not a FIT file (the header lacks the ".FIT" mark)')
  const decoder = new Decoder(stream)
  if (!decoder.checkIntegrity()) {
    throw new ImportFileError('the FIT file is damaged: its size or checksum does not match (it may be truncated or corrupt)')
  }
  const { messages, errors } = decoder.read()
  if (errors.length > 0) throw new ImportFileError(`the FIT file could not be decoded: ${(errors[0] as Error).message ?? String(errors[0])}`)
  const sessions = (messages.sessionMesgs ?? []) as FitSession[]
  if (sessions.length === 0) throw new ImportFileError('the FIT file holds no activity session (is it a course or settings file?)')
  const fileId = (messages.fileIdMesgs ?? [])[0] as { serialNumber?: number; timeCreated?: Date } | undefined
  const activity = (messages.activityMesgs ?? [])[0] as { timestamp?: Date; localTimestamp?: number } | undefined
  // The watch records its own local clock: use it, so a run belongs to the day it was run there.
  let localOffsetMin: number | undefined
  if (activity?.timestamp instanceof Date && typeof activity.localTimestamp === 'number') {
    const offset = Math.round(((activity.localTimestamp + FIT_EPOCH_S) * 1000 - activity.timestamp.getTime()) / 60_000)
    if (Math.abs(offset) <= 14 * 60) localOffsetMin = offset
  }
  const serial = fileId?.serialNumber ?? 'unknown'
  return sessions.map((s) => {
    if (!(s.startTime instanceof Date)) throw new ImportFileError('a session in the FIT file has no start time')
    const sport = String(s.sport ?? '')
    return draftFromActivity({
      start: s.startTime,
      localOffsetMin,
      durationSec: s.totalElapsedTime ?? s.totalTimerTime ?? 0,
      distanceM: typeof s.totalDistance === 'number' ? s.totalDistance : null,
      // FIT has no activity title; a non-running sport is named so the coach sees why it is cross-training.
      name: sport === 'running' ? '' : sport,
      running: sport === 'running' || sport === '1',
      race: false,
      externalId: `fit:${serial}:${s.startTime.toISOString()}`
    })
  })
}
