// GPX (and TCX, which shares the XML reader): one session per track / activity.
import { draftFromActivity, ImportFileError, type ImportDraft } from './draft'
import { child, childrenNamed, descendants, parseXml, textOf, XmlError, type XmlElement } from './xml'

const parse = (text: string, kind: string): XmlElement => {
  try {
    return parseXml(text)
  } catch (e) {
    if (e instanceof XmlError) throw new ImportFileError(`it is not readable ${kind}: ${e.message}`)
    throw e
  }
}

const toRad = (d: number) => (d * Math.PI) / 180
/** Great-circle distance in metres. */
export const haversineM = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const dLat = toRad(lat2 - lat1)
  const dLon = toRad(lon2 - lon1)
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(a)))
}

const time = (s: string): Date | null => {
  if (!s) return null
  const d = new Date(s)
  return Number.isNaN(d.getTime()) ? null : d
}

const isRunning = (type: string): boolean => type === '' || /run|jog|trail|track/i.test(type)

export const readGpx = (text: string): ImportDraft[] => {
  const root = parse(text, 'GPX')
  if (root.name !== 'gpx') throw new ImportFileError(`it is XML but not GPX (its root element is <${root.name}>)`)
  const metaName = textOf(child(child(root, 'metadata'), 'name'))
  const drafts: ImportDraft[] = []
  for (const trk of childrenNamed(root, 'trk')) {
    const points = descendants(trk, 'trkpt')
    let first: Date | null = null
    let last: Date | null = null
    let distance = 0
    let prev: [number, number] | null = null
    for (const p of points) {
      const t = time(textOf(child(p, 'time')))
      if (t) {
        if (!first) first = t
        last = t
      }
      const lat = Number(p.attrs.lat)
      const lon = Number(p.attrs.lon)
      if (p.attrs.lat !== undefined && p.attrs.lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon)) {
        if (prev) distance += haversineM(prev[0], prev[1], lat, lon)
        prev = [lat, lon]
      }
    }
    if (!first || !last) continue
    const type = textOf(child(trk, 'type'))
    drafts.push(
      draftFromActivity({
        start: first,
        durationSec: (last.getTime() - first.getTime()) / 1000,
        distanceM: prev ? distance : null,
        name: textOf(child(trk, 'name')) || metaName,
        running: isRunning(type),
        race: /race/i.test(type),
        externalId: `gpx:${first.toISOString()}`
      })
    )
  }
  if (drafts.length === 0) throw new ImportFileError('it has no track points with times, so there is no run to import')
  return drafts
}

export const readTcx = (text: string): ImportDraft[] => {
  const root = parse(text, 'TCX')
  if (root.name !== 'trainingcenterdatabase') throw new ImportFileError(`it is XML but not TCX (its root element is <${root.name}>)`)
  const drafts: ImportDraft[] = []
  for (const act of descendants(root, 'activity')) {
    const laps = childrenNamed(act, 'lap')
    const id = textOf(child(act, 'id'))
    const start = time(id) ?? time(laps[0]?.attrs.starttime ?? '')
    if (!start || laps.length === 0) continue
    let seconds = 0
    let metres = 0
    let hasDistance = false
    for (const lap of laps) {
      seconds += Number(textOf(child(lap, 'totaltimeseconds'))) || 0
      const d = textOf(child(lap, 'distancemeters'))
      if (d !== '' && Number.isFinite(Number(d))) {
        metres += Number(d)
        hasDistance = true
      }
    }
    if (seconds === 0) {
      // Some exports leave the lap totals empty: fall back to the first and last trackpoint.
      const times = descendants(act, 'time').map((t) => time(textOf(t))).filter((t): t is Date => t !== null)
      if (times.length > 1) seconds = (times[times.length - 1].getTime() - times[0].getTime()) / 1000
    }
    const sport = act.attrs.sport ?? ''
    drafts.push(
      draftFromActivity({
        start,
        durationSec: seconds,
        distanceM: hasDistance ? metres : null,
        name: textOf(child(act, 'notes')) || textOf(child(act, 'name')),
        running: sport === '' || /run/i.test(sport),
        race: false,
        externalId: `tcx:${start.toISOString()}`
      })
    )
  }
  if (drafts.length === 0) throw new ImportFileError('it has no activity with a start time and laps')
  return drafts
}
