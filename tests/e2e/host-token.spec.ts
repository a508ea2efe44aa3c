// The browser host's token in a real browser: it arrives in the link, leaves the address bar at once,
// is never a cookie, and a page served from another port on 127.0.0.1 cannot reach the data.
import http from 'node:http'
import { test, expect } from './fixtures'
import { RosterView } from './pages'

test('the token leaves the address bar, no cookie is set, and the app keeps working after a reload', async ({
  app,
  host
}) => {
  await expect(app.getByRole('button', { name: 'Load demo squad' })).toBeVisible()
  expect(app.url()).not.toContain(host.current.token)
  expect(app.url()).not.toContain('token')
  expect(await app.context().cookies()).toEqual([])

  await new RosterView(app).addAthlete({ name: 'Nell Ahern', bodyMass: '61' })
  await app.reload()
  // The athlete's page reads her from the api again: the token survived the reload in this tab only.
  await expect(app.getByRole('heading', { level: 1, name: 'Nell Ahern' })).toBeVisible()
  expect(await app.context().cookies()).toEqual([])
})

test('a page on another local port that loads the app and its api client still cannot read the data', async ({
  app,
  host
}) => {
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await expect(app.getByRole('link', { name: 'Ingrid Solberg' }).first()).toBeVisible()
  const target = `http://127.0.0.1:${host.current.port}`
  // The attacker's page includes our own built script (the api client is in it), as module and as
  // classic script, then tries to list the athletes through whatever window.api it got.
  const ourPage = await (await fetch(`${target}/`)).text()
  const bundle = /<script[^>]*src="\.?\/?(assets\/[^"]+\.js)"/.exec(ourPage)![1]
  const attack = `<!doctype html><html><head>
    <script type="module" src="${target}/${bundle}"></script>
    <script src="${target}/${bundle}"></script></head><body><div id="root"></div><script>
    window.result = 'not run';
    setTimeout(async () => {
      if (!window.api) { window.result = 'no api'; return }
      const r = await window.api.listAthletes({});
      window.result = JSON.stringify(r);
    }, 1500);
  </script></body></html>`
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(attack)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const other = await app.context().newPage()
    await other.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`)
    // Either the browser refuses our script to that page, or the client in it speaks to the attacker's
    // own origin without a token: never an answer with the squad in it.
    await expect
      .poll(() => other.evaluate(() => (window as unknown as { result: string }).result), { timeout: 10_000 })
      .not.toBe('not run')
    const result = await other.evaluate(() => (window as unknown as { result: string }).result)
    expect(result === 'no api' || JSON.parse(result).ok === false, result).toBe(true)
    expect(result).not.toContain('Ingrid')
    // Nor can it call the api directly: it has no token, and no cookie carries one.
    const direct = await other.evaluate(async (url) => {
      try {
        const r = await fetch(`${url}/api/listAthletes`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{}'
        })
        return r.status
      } catch {
        return 'blocked'
      }
    }, target)
    expect(direct === 'blocked' || direct === 401).toBe(true)
    await other.close()
  } finally {
    server.close()
  }
})
