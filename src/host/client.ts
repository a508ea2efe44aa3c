// The page-side half of the browser host: a window.api with the same methods as Electron's preload,
// speaking HTTP to the host that served the page. Built with the renderer (main.tsx installs it only
// when no preload gave the page an api), so it is typed against the contract like the rest of the page.
//
// It holds no secret of its own: the token comes from the link the coach opened (#token=…), is kept in
// this closure and in sessionStorage (separated by origin and tab, so a reload keeps working) and is
// taken out of the address bar at once. Every call sends it as a header; a browser never sends it by
// itself, so another page that loads this script gets an api without a token, speaking to its own origin.
import type { BallastApi } from '../shared/api'
import { channelNames, type ChannelName } from '../shared/channels'
import type { Result } from '../shared/result'

/** The page's key for the token in sessionStorage: scoped to this origin (scheme, host and port), unlike a cookie. */
export const TOKEN_KEY = 'ballast-token'

/** A busy host (503) is asked again this many times, as its Retry-After says, before the page shows it. */
const RETRIES_WHEN_BUSY = 4

const failure = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } })

export const createHttpApi = (win: Window = window): BallastApi => {
  let token: string | null = null
  const adopt = () => {
    // #token=… alone, or followed by the page to open (#token=…#/import); ?token=… from older links.
    const fromHash = /^#token=([0-9a-f]+)(#.*)?$/.exec(win.location.hash)
    const fromQuery = new URLSearchParams(win.location.search).get('token')
    const found = fromHash ? fromHash[1] : fromQuery
    if (found) {
      token = found
      try {
        win.sessionStorage.setItem(TOKEN_KEY, found)
      } catch {
        // Memory is enough for this page.
      }
      const rest = fromHash ? (fromHash[2] ?? '') : win.location.hash
      win.history.replaceState(win.history.state, '', win.location.pathname + rest)
    } else if (token === null) {
      try {
        token = win.sessionStorage.getItem(TOKEN_KEY)
      } catch {
        token = null
      }
    }
  }
  adopt()
  // A new link opened in the same tab (a restarted host on the same port) brings a new token.
  win.addEventListener('hashchange', adopt)

  const call =
    (channel: ChannelName) =>
    async (input: unknown): Promise<Result<unknown>> => {
      try {
        const body = JSON.stringify(input === undefined ? {} : input)
        let res: Response
        for (let attempt = 0; ; attempt++) {
          res = await win.fetch(`/api/${channel}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ballast-token': token ?? '' },
            body
          })
          if (res.status !== 503 || attempt >= RETRIES_WHEN_BUSY) break
          await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)))
        }
        if (res.status === 401)
          return failure(
            "Ballast needs the link printed when the host started (it carries this run's token): open that link again."
          )
        return (await res.json()) as Result<unknown>
      } catch (e) {
        return failure(`The Ballast host is not answering: ${(e as Error).message}`)
      }
    }

  return Object.freeze(Object.fromEntries(channelNames.map((c) => [c, call(c)]))) as unknown as BallastApi
}

/** In the browser host (no preload), window.api is this client; in Electron the preload's stays. */
export const installHttpApi = (win: Window = window): void => {
  if ((win as Partial<Window>).api) return
  Object.defineProperty(win, 'api', { value: createHttpApi(win), writable: false })
}
