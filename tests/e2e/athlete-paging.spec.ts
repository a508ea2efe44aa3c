// A three-year athlete: the page no longer receives every warning of the history. The warnings panel
// asks main for its period and the session log for the quarters of the rows it draws, so these check
// what a coach would miss if that went wrong: an old warning under "All", its session shown in the log
// with its rule codes, the log ending at the very first session, and an edit of an old session.
import { formatDay } from '../../src/shared/dayFormat'
import { expect, test } from './fixtures'
import { seedThreeYears } from './longHistory'

interface Warning {
  ruleId: string
  date: string
  sessionId: string | null
}

test('a three-year history: "All" lists the oldest warning, it shows its old session with its codes, the log ends at the first session, and an edit there shows', async ({
  app,
  host
}) => {
  const busiest = seedThreeYears(host)
  const all = await host.current.backend.call('listWarnings', { athleteId: busiest.id })
  const sessions = await host.current.backend.call('listSessions', { athleteId: busiest.id })
  if (!all.ok || !sessions.ok) throw new Error('the backend did not answer')
  const warned = (all.value as { warnings: Warning[] }).warnings.filter((w) => w.sessionId !== null)
  const oldest = warned.reduce((a, b) => (b.date < a.date ? b : a))
  // More than a year back: far outside the panel's default week and the log's first quarter.
  expect(oldest.date < '2025-11-25').toBe(true)
  // The log is newest first: its last row is the first session ever logged.
  const list = sessions.value as { id: number; date: string }[]
  const first = list[list.length - 1]

  await app.reload()
  await app.getByRole('link', { name: busiest.name }).click()
  await expect(app.getByRole('heading', { level: 1, name: busiest.name })).toBeVisible()
  const panel = app.getByRole('region', { name: 'Warnings' })
  const oldItem = panel.locator(`li.warning[data-rule="${oldest.ruleId}"]`).filter({ hasText: formatDay(oldest.date) })
  await expect(panel.locator('li.warning').first()).toBeVisible()
  await expect(oldItem).toHaveCount(0)

  await panel.getByRole('group', { name: 'Warnings period' }).getByRole('button', { name: 'All' }).click()
  // "All" is three years of warnings (1,700 here): read and drawn on demand, which takes a while on a busy machine.
  await expect(oldItem.first()).toBeAttached({ timeout: 20_000 })
  await oldItem.first().getByRole('button', { name: 'Show session' }).click()
  const log = app.getByRole('table', { name: 'Session log' })
  const oldRow = log.locator(`tr[data-session-id="${oldest.sessionId}"]`)
  await expect(oldRow).toBeInViewport()
  await expect(oldRow).toHaveClass(/highlight/)
  await expect(oldRow).toContainText(formatDay(oldest.date))
  // Its warnings were read when the log reached its quarter.
  await expect(oldRow.locator('.rule-codes')).toContainText(oldest.ruleId)

  const firstRow = log.locator(`tbody tr[aria-rowindex="${busiest.n + 1}"]`)
  await expect(async () => {
    await app.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(firstRow).toBeInViewport({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await expect(firstRow).toHaveAttribute('data-session-id', String(first.id))
  await expect(firstRow).toContainText(formatDay(first.date))

  await firstRow.getByRole('button', { name: `Edit session of ${formatDay(first.date)}` }).click()
  const dialog = app.getByRole('dialog')
  await dialog.getByLabel('Notes').fill('First run with the club, three years ago')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(log.locator(`tr[data-session-id="${first.id}"]`)).toContainText(
    'First run with the club, three years ago'
  )
})
