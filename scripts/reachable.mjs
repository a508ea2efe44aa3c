// Whether a host name resolves within 10 s: the one check `npm run dist` and `npm run test:electron`
// make before they try to fetch the Electron runtime, so an offline machine gets one clear line.
import dns from 'node:dns/promises'
import { setTimeout } from 'node:timers'

export const reachable = async (host) => {
  try {
    await Promise.race([
      dns.lookup(host),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000))
    ])
    return true
  } catch {
    return false
  }
}
