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
  /** Timer (moving) seconds when the athlete paused; elapsed is `seconds`. */
  timerSeconds?: number
}

interface FitLeg {
  start: string
  seconds: number
  timerSeconds?: number
  metres: number
  sport: 'running' | 'cycling' | 'swimming' | 'transition' | 'generic' | 'walking'
}

const FIT_EPOCH_S = 631065600

/** A FIT activity as a watch writes it: records, laps and one session per leg (several for multisport). */
export const fitActivity = (serial: number, legs: FitLeg[], localOffsetMin?: number): Buffer => {
  const first = new Date(legs[0].start)
  const e = new Encoder()
  // Field names as the SDK's Profile spells them; its Mesg type lists none of them.
  const put = (mesgNum: number, m: Record<string, unknown>) => e.onMesg(mesgNum, m as unknown as Mesg)
  put(Profile.MesgNum.FILE_ID, {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: serial,
    timeCreated: first
  })
  put(Profile.MesgNum.EVENT, { timestamp: first, event: 'timer', eventType: 'start' })
  let end = first
  legs.forEach((leg, i) => {
    const start = new Date(leg.start)
    end = new Date(start.getTime() + leg.seconds * 1000)
    const steps = 6
    for (let k = 0; k <= steps; k++) {
      const t = new Date(start.getTime() + (leg.seconds * 1000 * k) / steps)
      put(Profile.MesgNum.RECORD, { timestamp: t, distance: (leg.metres * k) / steps, heartRate: 130 + k })
    }
    if (i === legs.length - 1) put(Profile.MesgNum.EVENT, { timestamp: end, event: 'timer', eventType: 'stopAll' })
    const totals = {
      startTime: start,
      timestamp: end,
      totalElapsedTime: leg.seconds,
      totalTimerTime: leg.timerSeconds ?? leg.seconds,
      totalDistance: leg.metres
    }
    put(Profile.MesgNum.LAP, { ...totals, messageIndex: i, event: 'lap', eventType: 'stop' })
    put(Profile.MesgNum.SESSION, {
      ...totals,
      messageIndex: i,
      sport: leg.sport,
      subSport: 'generic',
      firstLapIndex: i,
      numLaps: 1,
      event: 'session',
      eventType: 'stop'
    })
  })
  const activity: Record<string, unknown> = {
    timestamp: end,
    numSessions: legs.length,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    totalTimerTime: legs[0].seconds
  }
  if (localOffsetMin !== undefined)
    activity.localTimestamp = Math.round(end.getTime() / 1000) - FIT_EPOCH_S + localOffsetMin * 60
  put(Profile.MesgNum.ACTIVITY, activity)
  return Buffer.from(e.close())
}

export const fitFile = (run: FitRun): Buffer =>
  fitActivity(
    run.serial,
    [{ start: run.start, seconds: run.seconds, timerSeconds: run.timerSeconds, metres: run.metres, sport: run.sport }],
    run.localOffsetMin
  )

/** Degrees of latitude per metre (a metre north is the same everywhere, near enough). */
const DEG_PER_M = 1 / 111_195

/**
 * A GPX track due north at a steady speed, one point every 10 s. `type` '' leaves <type> out (many
 * apps do); `timed` says which points keep their <time> (all by default).
 */
export const gpxFile = (
  name: string,
  start: string,
  minutes: number,
  type = 'running',
  opts: { kmh?: number; timed?: (k: number) => boolean } = {}
): string => {
  const t0 = new Date(start).getTime()
  const pts: string[] = []
  const timed = opts.timed ?? (() => true)
  // About 11.5 km/h unless told: 0.00028755 degrees of latitude (32 m) every 10 s.
  const step = opts.kmh === undefined ? 0.00028755 : ((opts.kmh * 1000) / 360) * DEG_PER_M
  for (let s = 0, k = 0; s <= minutes * 60; s += 10, k++) {
    const lat = (52.37 + (s / 10) * step).toFixed(6)
    const time = timed(k) ? `<time>${new Date(t0 + s * 1000).toISOString().replace('.000Z', 'Z')}</time>` : ''
    pts.push(`      <trkpt lat="${lat}" lon="4.890000"><ele>2.0</ele>${time}</trkpt>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Ballast fixtures" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata><time>${new Date(t0).toISOString()}</time></metadata>
  <trk>
    <name>${name}</name>
${type ? `    <type>${type}</type>\n` : ''}    <trkseg>
${pts.join('\n')}
    </trkseg>
  </trk>
</gpx>
`
}

/** A planned route (what route planners export): points without times, inside <rte>. */
export const gpxRoute = (name: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Ballast fixtures" xmlns="http://www.topografix.com/GPX/1/1">
  <rte>
    <name>${name}</name>
    <rtept lat="52.370000" lon="4.890000"/>
    <rtept lat="52.380000" lon="4.890000"/>
    <rtept lat="52.380000" lon="4.910000"/>
  </rte>
</gpx>
`

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

const strava = (rows: string[][]) =>
  [stravaHeader, ...rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join(
    '\n'
  ) + '\n'

export const stravaCsv = strava([
  // The same run as morning-run.fit, one minute later: a duplicate.
  [
    '1001',
    'Nov 2, 2026, 6:31:00 AM',
    'Morning Run',
    'Run',
    '',
    '2700',
    '8.41',
    '160',
    '40',
    'false',
    '',
    '',
    'activities/1001.fit.gz',
    '',
    '',
    '2700.0',
    '2650.0',
    '8410.0',
    '4.2'
  ],
  [
    '1002',
    'Nov 7, 2026, 9:00:00 AM',
    'Saturday parkrun',
    'Run',
    'PB attempt, windy',
    '1260',
    '5.00',
    '181',
    '60',
    'false',
    '',
    '',
    'activities/1002.gpx.gz',
    '',
    '',
    '1260.0',
    '1255.0',
    '5000.0',
    '5.1'
  ],
  [
    '1003',
    'Nov 5, 2026, 5:00:00 PM',
    'Commute ride',
    'Ride',
    '',
    '1800',
    '10.20',
    '140',
    '12',
    'true',
    '',
    '',
    '',
    '',
    '',
    '1800.0',
    '1700.0',
    '10200.0',
    '9.0'
  ],
  [
    '1004',
    'sometime last week',
    'Lost watch data',
    'Run',
    '',
    '1500',
    '4.00',
    '',
    '',
    'false',
    '',
    '',
    '',
    '',
    '',
    '1500.0',
    '1500.0',
    '4000.0',
    ''
  ]
])

/**
 * Strava's activities.csv in the export languages: the same run (Tue 3 Nov 2026, 06:12:44 UTC,
 * 45 min elapsed, 44 min 10 s moving, 8.41 km) with each language's header, date and numbers.
 * Columns as Strava orders them: ID, date, name, type, description, elapsed, distance (km), ...,
 * elapsed, moving, distance (m), max speed.
 */
export const localizedStrava: Record<string, { header: string[]; row: string[] }> = {
  de: {
    header: [
      'Aktivitäts-ID',
      'Aktivitätsdatum',
      'Aktivitätsname',
      'Aktivitätsart',
      'Aktivitätsbeschreibung',
      'Verstrichene Zeit',
      'Distanz',
      'Max. Herzfrequenz',
      'Relative Effort',
      'Pendeln',
      'Private Notiz',
      'Ausrüstung',
      'Dateiname',
      'Gewicht Athlet',
      'Gewicht Rad',
      'Verstrichene Zeit',
      'Bewegungszeit',
      'Distanz',
      'Max. Geschwindigkeit'
    ],
    row: [
      '2001',
      '03.11.2026, 06:12:44',
      'Morgenlauf',
      'Lauf',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2.700,0',
      '2.650,0',
      '8.410,0',
      '4,2'
    ]
  },
  fr: {
    header: [
      "ID de l'activité",
      "Date de l'activité",
      "Nom de l'activité",
      "Type d'activité",
      "Description de l'activité",
      'Temps écoulé',
      'Distance',
      'FC max.',
      'Effort relatif',
      'Trajet',
      'Note privée',
      'Matériel',
      'Nom du fichier',
      'Poids',
      'Poids du vélo',
      'Temps écoulé',
      'Temps de déplacement',
      'Distance',
      'Vitesse max.'
    ],
    row: [
      '2002',
      '3 nov. 2026, 06:12:44',
      'Course du matin',
      'Course à pied',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2\u202f700,0',
      '2\u202f650,0',
      '8\u202f410,0',
      '4,2'
    ]
  },
  es: {
    header: [
      'ID de actividad',
      'Fecha de la actividad',
      'Nombre de la actividad',
      'Tipo de actividad',
      'Descripción de la actividad',
      'Tiempo transcurrido',
      'Distancia',
      'FC máx.',
      'Esfuerzo relativo',
      'Desplazamiento',
      'Nota privada',
      'Equipo',
      'Nombre de archivo',
      'Peso',
      'Peso de la bici',
      'Tiempo transcurrido',
      'Tiempo en movimiento',
      'Distancia',
      'Velocidad máx.'
    ],
    row: [
      '2003',
      '3 nov 2026, 6:12:44 a. m.',
      'Carrera matutina',
      'Carrera',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2.700,0',
      '2.650,0',
      '8.410,0',
      '4,2'
    ]
  },
  it: {
    header: [
      'ID attività',
      'Data attività',
      'Nome attività',
      'Tipo attività',
      'Descrizione attività',
      'Tempo trascorso',
      'Distanza',
      'FC max',
      'Sforzo relativo',
      'Pendolarismo',
      'Nota privata',
      'Attrezzatura',
      'Nome file',
      'Peso atleta',
      'Peso bici',
      'Tempo trascorso',
      'Tempo in movimento',
      'Distanza',
      'Velocità max'
    ],
    row: [
      '2004',
      '3 nov 2026, 06:12:44',
      'Corsa mattutina',
      'Corsa',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2.700,0',
      '2.650,0',
      '8.410,0',
      '4,2'
    ]
  },
  nl: {
    header: [
      'Activiteits-ID',
      'Activiteitsdatum',
      'Activiteitsnaam',
      'Activiteitstype',
      'Activiteitsbeschrijving',
      'Verstreken tijd',
      'Afstand',
      'Max. hartslag',
      'Relatieve inspanning',
      'Woon-werk',
      'Privénotitie',
      'Uitrusting',
      'Bestandsnaam',
      'Gewicht',
      'Fietsgewicht',
      'Verstreken tijd',
      'Bewegingstijd',
      'Afstand',
      'Max. snelheid'
    ],
    row: [
      '2005',
      '3 nov. 2026 06:12:44',
      'Ochtendloop',
      'Hardloopsessie',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2.700,0',
      '2.650,0',
      '8.410,0',
      '4,2'
    ]
  },
  pt: {
    header: [
      'ID da atividade',
      'Data da atividade',
      'Nome da atividade',
      'Tipo de atividade',
      'Descrição da atividade',
      'Tempo decorrido',
      'Distância',
      'FC máx.',
      'Esforço relativo',
      'Deslocamento',
      'Nota privada',
      'Equipamento',
      'Nome do arquivo',
      'Peso',
      'Peso da bicicleta',
      'Tempo decorrido',
      'Tempo em movimento',
      'Distância',
      'Velocidade máx.'
    ],
    row: [
      '2006',
      '3 de nov. de 2026 06:12:44',
      'Corrida matinal',
      'Corrida',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2.700,0',
      '2.650,0',
      '8.410,0',
      '4,2'
    ]
  },
  // English from a newer export: a narrow no-break space before AM, and a thousands separator in metres.
  en: {
    header: stravaHeader.split(','),
    row: [
      '2007',
      'Nov 3, 2026, 6:12:44\u202fAM',
      'Morning Run',
      'Run',
      '',
      '2700',
      '8.41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2,700.0',
      '2,650.0',
      '8,410.0',
      '4.2'
    ]
  },
  // A language Ballast has no names for (Polish): read by Strava's column positions.
  positions: {
    header: [
      'Identyfikator aktywności',
      'Data aktywności',
      'Nazwa aktywności',
      'Rodzaj aktywności',
      'Opis aktywności',
      'Czas',
      'Dystans',
      'Maks. tętno',
      'Względny wysiłek',
      'Dojazd',
      'Notatka',
      'Sprzęt',
      'Plik',
      'Waga',
      'Waga roweru',
      'Czas',
      'Czas ruchu',
      'Dystans',
      'Maks. prędkość'
    ],
    row: [
      '2008',
      '03.11.2026, 06:12:44',
      'Poranny bieg',
      'Bieg',
      '',
      '2700',
      '8,41',
      '160',
      '40',
      'false',
      '',
      '',
      '',
      '',
      '',
      '2700,0',
      '2650,0',
      '8410,0',
      '4,2'
    ]
  }
}

const csvLine = (cells: string[]) => cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')
export const localizedStravaCsv = (lang: string): string => {
  const { header, row } = localizedStrava[lang]
  return `${csvLine(header)}\n${csvLine(row)}\n`
}

export const ballastCsv =
  [
    'athlete,date,start_time,type,duration_min,distance_km,ankle_weight_kg,weighted_min,rpe,pain,pain_next_morning,pain_location,form_breakdown,notes,source,external_id',
    "Ada Quist,2026-11-10,07:15,easy,42.5,7.25,0.5,15,4,0,,,0,'=SUM(A1:A3) then strides,manual,",
    'Ada Quist,2026-11-12,,incline,30,,1,10,6,2,1,left calf,1,"\'-felt heavy, ""stopped"" early",import,garmin:abc-1'
  ].join('\r\n') + '\r\n'

const write = (rel: string, data: string | Buffer) => {
  const file = path.join(root, rel)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, data)
}
const gz = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 })

const main = () => {
  fs.rmSync(root, { recursive: true, force: true })
  const morning = fitFile({
    serial: 3312,
    start: '2026-11-02T06:30:00Z',
    seconds: 2712,
    metres: 8420,
    sport: 'running'
  })
  const long = fitFile({ serial: 3312, start: '2026-11-08T08:00:00Z', seconds: 6300, metres: 21100, sport: 'running' })
  const ride = fitFile({ serial: 3312, start: '2026-11-09T15:00:00Z', seconds: 3600, metres: 25000, sport: 'cycling' })
  // A watch in New York: its own clock says the run started at 19:45 on 3 Nov (00:45 UTC on the 4th).
  const abroad = fitFile({
    serial: 3312,
    start: '2026-11-04T00:45:00Z',
    seconds: 1800,
    metres: 5000,
    sport: 'running',
    localOffsetMin: -300
  })
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
  // Issue 14: files a coach must be able to trust. One folder per case; each test names its own.
  // A duathlon: run, a 4-second transition, ride, transition, a 113-minute run, and the watch's summary of the whole.
  write(
    'trust/duathlon.fit',
    fitActivity(4410, [
      { start: '2026-11-15T08:00:00Z', seconds: 1800, metres: 7000, sport: 'running' },
      { start: '2026-11-15T08:30:00Z', seconds: 4, metres: 10, sport: 'transition' },
      { start: '2026-11-15T08:30:04Z', seconds: 3600, metres: 30000, sport: 'cycling' },
      { start: '2026-11-15T09:30:04Z', seconds: 45, metres: 40, sport: 'transition' },
      { start: '2026-11-15T09:30:49Z', seconds: 6780, metres: 20000, sport: 'running' },
      { start: '2026-11-15T08:00:00Z', seconds: 12229, metres: 57050, sport: 'generic' }
    ])
  )
  // A walk to the start (75 s) that begins 78 s before the run and ends before it: two sessions.
  write(
    'trust/walk-and-run/a-walk.gpx',
    gpxFile('Walk to the track', '2026-11-12T07:00:00Z', 1.25, 'walking', { kmh: 5 })
  )
  write(
    'trust/walk-and-run/b-run.fit',
    fitFile({ serial: 3312, start: '2026-11-12T07:01:18Z', seconds: 2700, metres: 9000, sport: 'running' })
  )
  // The same run from the watch (FIT) and from Strava, named so that the CSV sorts first.
  write(
    'trust/watch-and-strava/a-activities.csv',
    strava([
      [
        '3001',
        'Nov 12, 2026, 7:01:30 AM',
        'Track Tuesday',
        'Run',
        '',
        '2700',
        '9.00',
        '',
        '',
        'false',
        '',
        '',
        '',
        '',
        '',
        '2700.0',
        '2690.0',
        '9000.0',
        ''
      ]
    ])
  )
  write(
    'trust/watch-and-strava/b-run.fit',
    fitFile({ serial: 3312, start: '2026-11-12T07:01:18Z', seconds: 2700, metres: 9000, sport: 'running' })
  )
  // A ride with 17 minutes of stops: timer 60 min, elapsed 77 min.
  write(
    'trust/paused-ride.fit',
    fitFile({
      serial: 3312,
      start: '2026-11-14T09:00:00Z',
      seconds: 4620,
      timerSeconds: 3600,
      metres: 28000,
      sport: 'cycling'
    })
  )
  // A phone-app export whose checksum does not match, though every message reads.
  const badCrc = Buffer.from(
    fitFile({ serial: 7001, start: '2026-11-13T17:00:00Z', seconds: 3540, metres: 10400, sport: 'running' })
  )
  badCrc[badCrc.length - 1] ^= 0xff
  badCrc[badCrc.length - 2] ^= 0xff
  write('trust/crc-mismatch.fit', badCrc)
  // GPX without usable times: none at all, only 2 of 121, and a route.
  write('trust/untimed.gpx', gpxFile('Drawn on a map', '2026-11-10T07:00:00Z', 20, 'running', { timed: () => false }))
  write(
    'trust/mostly-untimed.gpx',
    gpxFile('Phone lost the clock', '2026-11-10T07:00:00Z', 20, 'running', { timed: (k) => k === 0 || k === 6 })
  )
  write('trust/route.gpx', gpxRoute('Sunday loop'))
  // No <type>: a two-hour outing at 4.1 km/h (a hike), and a 40-minute one at 11 km/h (a run).
  write('trust/no-type-hike.gpx', gpxFile('Saturday outing', '2026-11-07T09:00:00Z', 120, '', { kmh: 4.1 }))
  write('trust/no-type-run.gpx', gpxFile('Saturday outing', '2026-11-08T09:00:00Z', 40, '', { kmh: 11 }))
  // Strava exports in seven languages, and one read by column positions.
  for (const lang of Object.keys(localizedStrava)) write(`trust/strava-${lang}.csv`, localizedStravaCsv(lang))
  // A hand-edited export with one Distance column where "1,500" means 1.5 km for a 9-minute run.
  write(
    'trust/strava-thousands.csv',
    'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n3101,"Nov 4, 2026, 5:00:00 PM",Strides,Run,540,"1,500"\n'
  )
  // Time zones either side of midnight: 23:30 UTC on Tue 10 Nov, and 22:45 UTC.
  write('trust/midnight.gpx', gpxFile('Late run', '2026-11-10T23:30:00Z', 30))
  write(
    'trust/before-midnight.csv',
    strava([
      [
        '3201',
        'Nov 10, 2026, 10:45:00 PM',
        'Night run',
        'Run',
        '',
        '1800',
        '5.00',
        '',
        '',
        'false',
        '',
        '',
        '',
        '',
        '',
        '1800.0',
        '1800.0',
        '5000.0',
        ''
      ]
    ])
  )
  console.log(`Wrote the import fixtures to ${path.relative(process.cwd(), root)}`)
}

if (require.main === module) main()
