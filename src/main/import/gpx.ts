// GPX (and TCX, which shares the XML reader): one session per track / activity.
import { draftFromActivity, ImportFileError, type ReadContext, type ReadDraft } from './draft'
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

/** What a GPX <type> or TCX Sport says: running, another sport, or nothing (null). */
const runningFrom = (type: string): boolean | null => {
  const t = type.trim()
  if (t === '' || /^(other|generic|unknown|0)$/i.test(t)) return null
  // Strava's older GPX exports write a number: 9 is a run.
  return /run|jog|trail|track/i.test(t) || t === '9'
}

interface TimedPoint {
  t: number
  lat: number | null
  lon: number | null
}

const coords = (p: XmlElement): [number, number] | null => {
  const lat = Number(p.attrs.lat)
  const lon = Number(p.attrs.lon)
  return p.attrs.lat !== undefined && p.attrs.lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon)
    ? [lat, lon]
    : null
}

/**
 * Span and distance over the timed points only: a point without a time cannot say when the athlete
 * was there, so it neither lengthens the session nor adds distance. Points in a segment are joined;
 * a gap between segments (a pause) is not distance.
 */
const timedSpan = (segments: TimedPoint[][]): { first: number; last: number; metres: number | null } | null => {
  let first = Infinity
  let last = -Infinity
  let metres = 0
  let hasCoords = false
  for (const seg of segments) {
    let prev: TimedPoint | null = null
    for (const p of seg) {
      first = Math.min(first, p.t)
      last = Math.max(last, p.t)
      if (prev && p.t > prev.t) {
        if (prev.lat !== null && p.lat !== null) {
          metres += haversineM(prev.lat, prev.lon!, p.lat, p.lon!)
          hasCoords = true
        }
      }
      prev = p
    }
  }
  if (!Number.isFinite(first) || last <= first) return null
  return { first, last, metres: hasCoords ? metres : null }
}

type FileRow = { label: string; read?: ReadDraft; error?: string }

/** A track or activity that failed to read becomes its own error row, so the others still import. */
const errorRow = (e: unknown, label: string, where: string): FileRow => {
  if (e instanceof ImportFileError) return { label, error: `${where}${e.message}` }
  throw e
}

/** A file whose only track or activity cannot be read: the file's own error, so the preview says it once. */
const oneErrorOnce = (rows: FileRow[]): FileRow[] => {
  if (rows.length === 1 && rows[0].error) throw new ImportFileError(rows[0].error)
  return rows
}

export const readGpx = (text: string, ctx: ReadContext): FileRow[] => {
  const root = parse(text, 'GPX')
  if (root.name !== 'gpx') throw new ImportFileError(`it is XML but not GPX (its root element is <${root.name}>)`)
  const metaName = textOf(child(child(root, 'metadata'), 'name'))
  const tracks = childrenNamed(root, 'trk')
  const routes = childrenNamed(root, 'rte')
  if (tracks.length === 0) {
    const name = textOf(child(routes[0], 'name')) || metaName
    if (routes.length > 0)
      throw new ImportFileError(
        `it is a route${name ? ` ("${name}")` : ''}: a planned course without times, not a recorded activity. Export the activity itself from the watch or app.`
      )
    throw new ImportFileError(
      'it holds no track, so there is no recorded activity to import. Export the activity itself from the watch or app.'
    )
  }
  const rows: FileRow[] = []
  tracks.forEach((trk, k) => {
    const name = textOf(child(trk, 'name')) || metaName
    const label = tracks.length > 1 ? `track ${k + 1}${name ? ` (${name})` : ''}` : ''
    const segs = childrenNamed(trk, 'trkseg')
    let points = 0
    let located = 0
    const segments = segs.map((seg) => {
      const out: TimedPoint[] = []
      for (const p of childrenNamed(seg, 'trkpt')) {
        points++
        const c = coords(p)
        if (c) located++
        const t = time(textOf(child(p, 'time')))
        if (t) out.push({ t: t.getTime(), lat: c?.[0] ?? null, lon: c?.[1] ?? null })
      }
      return out
    })
    const timed = segments.reduce((n, s) => n + s.length, 0)
    const where = label ? `${label}: ` : ''
    if (points === 0) {
      rows.push({ label, error: `${where}the track has no points, so there is nothing to import` })
      return
    }
    if (timed < 2) {
      rows.push({
        label,
        error: `${where}${points === 1 ? 'its only point has' : `its ${points} points have`} no usable times, so Ballast cannot tell when or how long the session was (a track drawn on a map, or a route?). Log it by hand with its duration, or export the recorded activity.`
      })
      return
    }
    if (timed < Math.max(located, points) / 2) {
      rows.push({
        label,
        error: `${where}only ${timed} of its ${points} points have times, too few to measure the session. Log it by hand with its duration, or export the recorded activity.`
      })
      return
    }
    const span = timedSpan(segments)
    if (!span) {
      rows.push({
        label,
        error: `${where}all its timed points carry the same time (a placeholder, not a recording), so Ballast cannot tell how long the session was. Log it by hand with its duration, or export the recorded activity.`
      })
      return
    }
    const type = textOf(child(trk, 'type'))
    try {
      // GPX has no timer: the duration is the first to the last timed point (elapsed time).
      const elapsedSec = (span.last - span.first) / 1000
      rows.push({
        label,
        read: draftFromActivity(
          {
            start: new Date(span.first),
            movingSec: null,
            elapsedSec,
            distanceM: span.metres,
            name,
            sport: type,
            running: runningFrom(type),
            race: /race/i.test(type),
            externalId: `gpx:${new Date(span.first).toISOString()}`
          },
          ctx
        )
      })
    } catch (e) {
      rows.push(errorRow(e, label, where))
    }
  })
  return oneErrorOnce(rows)
}

export const readTcx = (text: string, ctx: ReadContext): FileRow[] => {
  const root = parse(text, 'TCX')
  if (root.name !== 'trainingcenterdatabase')
    throw new ImportFileError(`it is XML but not TCX (its root element is <${root.name}>)`)
  const activities = descendants(root, 'activity')
  if (activities.length === 0) {
    if (descendants(root, 'course').length > 0)
      throw new ImportFileError(
        'it is a course (a planned route), not a recorded activity. Export the activity itself from the watch or app.'
      )
    throw new ImportFileError('it holds no activity to import. Export the activity itself from the watch or app.')
  }
  const rows: FileRow[] = []
  activities.forEach((act, k) => {
    const sport = act.attrs.sport ?? ''
    const label = activities.length > 1 ? `activity ${k + 1}${sport ? ` (${sport.toLowerCase()})` : ''}` : ''
    const where = label ? `${label}: ` : ''
    const laps = childrenNamed(act, 'lap')
    const points: TimedPoint[][] = laps.map((lap) =>
      descendants(lap, 'trackpoint').flatMap((tp) => {
        const t = time(textOf(child(tp, 'time')))
        if (!t) return []
        const pos = child(tp, 'position')
        const lat = Number(textOf(child(pos, 'latitudedegrees')))
        const lon = Number(textOf(child(pos, 'longitudedegrees')))
        const ok = pos !== undefined && Number.isFinite(lat) && Number.isFinite(lon)
        return [{ t: t.getTime(), lat: ok ? lat : null, lon: ok ? lon : null }]
      })
    )
    const span = timedSpan(points)
    const start =
      time(textOf(child(act, 'id'))) ?? time(laps[0]?.attrs.starttime ?? '') ?? (span ? new Date(span.first) : null)
    if (!start || laps.length === 0) {
      rows.push({
        label,
        error: `${where}it has no start time or no laps, so Ballast cannot tell when or how long the session was. Log it by hand, or export the activity again.`
      })
      return
    }
    // The laps' totals are the watch's timer (moving) time; the trackpoints give the elapsed time.
    let lapSeconds = 0
    let metres = 0
    let hasDistance = false
    for (const lap of laps) {
      lapSeconds += Number(textOf(child(lap, 'totaltimeseconds'))) || 0
      const d = textOf(child(lap, 'distancemeters'))
      if (d !== '' && Number.isFinite(Number(d))) {
        metres += Number(d)
        hasDistance = true
      }
    }
    const elapsedSec = span ? (span.last - span.first) / 1000 : null
    if (lapSeconds === 0 && !span) {
      rows.push({
        label,
        error: `${where}its laps have no times and its points no timestamps, so it has no duration. Log it by hand with its duration.`
      })
      return
    }
    try {
      rows.push({
        label,
        read: draftFromActivity(
          {
            start,
            movingSec: lapSeconds > 0 ? lapSeconds : null,
            elapsedSec: elapsedSec !== null && elapsedSec >= lapSeconds ? elapsedSec : null,
            distanceM: hasDistance ? metres : (span?.metres ?? null),
            name: textOf(child(act, 'notes')) || textOf(child(act, 'name')),
            sport: sport.toLowerCase(),
            running: runningFrom(sport),
            race: false,
            externalId: `tcx:${start.toISOString()}`
          },
          ctx
        )
      })
    } catch (e) {
      rows.push(errorRow(e, label, where))
    }
  })
  return oneErrorOnce(rows)
}
