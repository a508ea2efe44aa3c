// Three years of the bench's seeded sessions for two athletes, written through a connection of our own
// (the host's is read-only), and the athlete with the most sessions: what the long-history specs open.
import { generateSquad } from '../../scripts/bench/generate'
import { openDatabase } from '../../src/main/db/open'
import { TODAY, type HostFixture } from './fixtures'

export const seedThreeYears = (host: HostFixture): { id: number; name: string; n: number } => {
  const db = openDatabase(host.dbPath)
  generateSquad(db, { athletes: 2, days: 3 * 365 + 1 }, TODAY)
  db.close()
  return host.current.db
    .prepare<[], { id: number; name: string; n: number }>(
      'SELECT a.id, a.name, count(*) AS n FROM athletes a JOIN sessions s ON s.athlete_id = a.id GROUP BY a.id ORDER BY n DESC LIMIT 1'
    )
    .get()!
}
