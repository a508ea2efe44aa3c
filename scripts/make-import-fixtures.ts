// Writes the import fixtures under tests/fixtures/import: FIT files made with Garmin's own
// encoder, GPX, TCX, Ballast and Strava CSV, .gz copies, and a broken version of each kind.
// Deterministic, so re-running it changes nothing: `npx tsx scripts/make-import-fixtures.ts`.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { Encoder, Profile, type Mesg } from '@garmin/fitsdk'

const root = path.resolve(__dirname, '..', 'tests', 'fixtures', 'import')

interface FitRun {
  serial: number
  start: string
  seconds: number
  metres: number
  sport: 'running' | 'cycling'
  /** Minutes the watch's local clock is ahead of UTC (written to the activity message). */
  localOffsetMin?: number
}

const FIT_EPOCH_S = 631065600

export const fitFile = (run: FitRun): Buffer => {
  const start = new Date(run.start)
  const end = new Date(start.getTime() + run.seconds * 1000)
  const e = new Encoder()
  // Field names as the SDK's Profile spells them; its Mesg type lists none of them.
  const put = (mesgNum: number, m: Record<string, unknown>) => e.onMesg(mesgNum, m as unknown as Mesg)
  put(Profile.MesgNum.FILE_ID, { type: 'activity', manufacturer: 'development', product: 1, serialNumber: run.serial, timeCreated: start })
  put(Profile.MesgNum.EVENT, { timestamp: start, event: 'timer', eventType: 'start' })
  const steps = 6
  for (let k = 0; k <= steps; k++) {
    const t = new Date(start.getTime() + (run.seconds * 1000 * k) / steps)
    put(Profile.MesgNum.RECORD, { timestamp: t, distance: (run.metres * k) / steps, heartRate: 130 + k })
  }
  put(Profile.MesgNum.EVENT, { timestamp: end, event: 'timer', eventType: 'stopAll' })
  const totals = { startTime: start, timestamp: end, totalElapsedTime: run.seconds, totalTimerTime: run.seconds, totalDistance: run.metres }
  put(Profile.MesgNum.LAP, { ...totals, messageIndex: 0, event: 'lap', eventType: 'stop' })
  put(Profile.MesgNum.SESSION, { ...totals, messageIndex: 0, sport: run.sport, subSport: 'generic', firstLapIndex: 0, numLaps: 1, event: 'session', eventType: 'stop' })
  const activity: Record<string, unknown> = { timestamp: end, numSessions: 1, type: 'manual', event: 'activity', eventType: 'stop', totalTimerTime: run.seconds }
  if (run.localOffsetMin !== undefined) activity.localTimestamp = Math.round(end.getTime() / 1000) - FIT_EPOCH_S + run.localOffsetMin * 60
  put(Profile.MesgNum.ACTIVITY, activity)
  return Buffer.from(e.close())
}

export const gpxFile = (name: string, start: string, minutes: number, type = 'running'): string => {
  const t0 = new Date(start).getTime()
  const pts: string[] = []
  // About 11.5 km/h due north: 0.00005 degrees of latitude (5.56 m) every 10 s... times 6.
  for (let s = 0; s <= minutes * 60; s += 10) {
    const lat = (52.37 + (s / 10) * 0.00028755).toFixed(6)
    pts.push(`      <trkpt lat="${lat}" lon="4.890000"><ele>2.0</ele><time>${new Date(t0 + s * 1000).toISOString().replace('.000Z', 'Z')}</time></trkpt>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Ballast fixtures" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata><time>${new Date(t0).toISOString()}</time></metadata>
  <trk>
    <name>${name}</name>
    <type>${type}</type>
    <trkseg>
${pts.join('\n')}
    </trkseg>
  </trk>
</gpx>
`
}

export const tcxFile = (start: string, laps: { seconds: number; metres: number }[]): string => {
  let t = new Date(start).getTime()
  const lapXml = laps
    .map((lap) => {
      const s = new Date(t).toISOString()
      const endT = t + lap.seconds * 1000
      const x = `      <Lap StartTime="${s}">
        <TotalTimeSeconds>${lap.seconds}</TotalTimeSeconds>
        <DistanceMeters>${lap.metres}</DistanceMeters>
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
        <Track>
          <Trackpoint><Time>${s}</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
          <Trackpoint><Time>${new Date(endT).toISOString()}</Time><DistanceMeters>${lap.metres}</DistanceMeters></Trackpoint>
        </Track>
      </Lap>`
      t = endT
      return x
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
  <Activities>
    <Activity Sport="Running">
      <Id>${new Date(start).toISOString()}</Id>
${lapXml}
      <Notes>Tempo &amp; strides</Notes>
    </Activity>
  </Activities>
</TrainingCenterDatabase>
`
}

const stravaHeader =
  'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed'

const strava = (rows: string[][]) => [stravaHeader, ...rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\n') + '\n'

export const stravaCsv = strava([
  // The same run as morning-run.fit, one minute later: a duplicate.
  ['1001', 'Nov 2, 2026, 6:31:00 AM', 'Morning Run', 'Run', '', '2700', '8.41', '160', '40', 'false', '', '', 'activities/1001.fit.gz', '', '', '2700.0', '2650.0', '8410.0', '4.2'],
  ['1002', 'Nov 7, 2026, 9:00:00 AM', 'Saturday parkrun', 'Run', 'PB attempt, windy', '1260', '5.00', '181', '60', 'false', '', '', 'activities/1002.gpx.gz', '', '', '1260.0', '1255.0', '5000.0', '5.1'],
  ['1003', 'Nov 5, 2026, 5:00:00 PM', 'Commute ride', 'Ride', '', '1800', '10.20', '140', '12', 'true', '', '', '', '', '', '1800.0', '1700.0', '10200.0', '9.0'],
  ['1004', 'sometime last week', 'Lost watch data', 'Run', '', '1500', '4.00', '', '', 'false', '', '', '', '', '', '1500.0', '1500.0', '4000.0', '']
])

export const ballastCsv = [
  'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id',
  "Ada Quist,2026-11-10,07:15,easy,42.5,7.25,0.5,15,4,0,,,0,'=SUM(A1:A3) then strides,manual,",
  "Ada Quist,2026-11-12,,incline,30,,1,10,6,2,1,left calf,1,\"'-felt heavy, \"\"stopped\"\" early\",import,garmin:abc-1"
].join('\r\n') + '\r\n'

const write = (rel: string, data: string | Buffer) => {
  const file = path.join(root, rel)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, data)
}
const gz = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 })

const main = () => {
  fs.rmSync(root, { recursive: true, force: true })
  const morning = fitFile({ serial: 3312, start: '2026-11-02T06:30:00Z', seconds: 2712, metres: 8420, sport: 'running' })
  const long = fitFile({ serial: 3312, start: '2026-11-08T08:00:00Z', seconds: 6300, metres: 21100, sport: 'running' })
  const ride = fitFile({ serial: 3312, start: '2026-11-09T15:00:00Z', seconds: 3600, metres: 25000, sport: 'cycling' })
  // A watch in New York: its own clock says the run started at 19:45 on 3 Nov (00:45 UTC on the 4th).
  const abroad = fitFile({ serial: 3312, start: '2026-11-04T00:45:00Z', seconds: 1800, metres: 5000, sport: 'running', localOffsetMin: -300 })
  const evening = gpxFile('Evening Run', '2026-11-04T17:15:00Z', 40)
  const tempo = tcxFile('2026-11-06T06:00:00Z', [
    { seconds: 1200, metres: 4000 },
    { seconds: 900, metres: 3500 }
  ])

  write('good/morning-run.fit', morning)
  write('good/long-run.fit', long)
  write('good/ride.fit', ride)
  write('good/abroad.fit', abroad)
  write('good/evening-run.gpx', evening)
  write('good/tempo.tcx', tempo)
  write('good/activities.csv', stravaCsv)
  write('good/sessions.csv', ballastCsv)

  write('gz/morning-run.fit.gz', gz(morning))
  write('gz/evening-run.gpx.gz', gz(evening))
  write('gz/tempo.tcx.gz', gz(tempo))
  write('gz/activities.csv.gz', gz(stravaCsv))
  write('gz/sessions.csv.gz', gz(ballastCsv))

  // Broken versions: flipped bytes in the middle of a FIT (the checksum no longer matches) ...
  const corrupt = Buffer.from(morning)
  for (let k = 40; k < 60; k++) corrupt[k] = corrupt[k] ^ 0xff
  write('broken/corrupt.fit', corrupt)
  write('broken/truncated.fit', morning.subarray(0, Math.floor(morning.length / 2)))
  // ... a GPX cut off mid-download, a TCX likewise ...
  write('broken/truncated.gpx', evening.slice(0, Math.floor(evening.length * 0.6)))
  write('broken/truncated.tcx', tempo.slice(0, Math.floor(tempo.length * 0.5)))
  // ... CSVs without the columns that matter ...
  write('broken/missing-columns.csv', 'athlete,date,type,notes\r\nAda Quist,2026-11-10,easy,no duration column\r\n')
  write('broken/strava-missing-columns.csv', 'Activity ID,Activity Name,Activity Type\n1001,Morning Run,Run\n')
  // ... and .gz files that are not gzip at all, or cut short.
  write('broken/unreadable.gpx.gz', Buffer.from('this was never gzipped\n'))
  write('broken/truncated.fit.gz', gz(morning).subarray(0, 30))

  // A folder as a coach would pick it: good files, a .gz copy (a duplicate) and two broken files.
  write('folder/morning-run.fit', morning)
  write('folder/evening-run.gpx', evening)
  write('folder/evening-run.gpx.gz', gz(evening))
  write('folder/tempo.tcx', tempo)
  write('folder/activities.csv', stravaCsv)
  write('folder/corrupt.fit', corrupt)
  write('folder/truncated.gpx', evening.slice(0, Math.floor(evening.length * 0.6)))
  console.log(`Wrote the import fixtures to ${path.relative(process.cwd(), root)}`)
}

if (require.main === module) main()
