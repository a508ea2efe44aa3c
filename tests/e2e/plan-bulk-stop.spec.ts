import { expect, test } from './fixtures'

// A bulk export of many packs is a long job: the coach sees each pack counted and can stop it part way.
test('a bulk export counts its packs and stops after the pack in hand when the coach presses Stop', async ({
  app,
  host
}) => {
  const backend = host.current.backend
  const names = ['Ada Stone', 'Bo Lind', 'Cy Moss', 'Di Ward']
  for (const name of names) {
    const athlete = (await backend.call('createAthlete', { name, level: 'intermediate', bodyMassKg: 64 })) as {
      ok: true
      value: { id: number }
    }
    const plan = await backend.call('generatePlan', {
      athleteId: athlete.value.id,
      name: 'Base block',
      goal: '',
      startDate: '2026-11-30',
      weeks: 8,
      runsPerWeek: 3,
      availableDays: [1, 3, 6]
    })
    expect(plan).toMatchObject({ ok: true })
  }
  await app.reload()
  await app.getByRole('link', { name: 'Plans' }).first().click()
  await expect(app.getByRole('table', { name: 'Plans' }).locator('tbody tr')).toHaveCount(4)

  // The second pack is held back until Stop has been pressed, so the test does not race the export.
  const asked: number[] = []
  let releaseSecond: () => void = () => undefined
  const secondAsked = new Promise<void>((resolve) => {
    void app.route('**/api/exportBulkPlanItem', async (route) => {
      asked.push(JSON.parse(route.request().postData() ?? '{}').athleteId)
      if (asked.length === 2) {
        resolve()
        await new Promise<void>((r) => (releaseSecond = r))
      }
      await route.continue()
    })
  })
  const downloads: string[] = []
  app.on('download', (d) => downloads.push(d.suggestedFilename()))

  await app.getByRole('button', { name: 'Export plan packs…' }).click()
  const bulk = app.getByRole('dialog')
  await bulk.getByRole('button', { name: 'Export 4 plan packs' }).click()
  await secondAsked
  await expect(bulk.getByText('Exporting 2 of 4…')).toBeVisible()
  await expect(bulk.locator('progress')).toHaveAttribute('value', '1')
  await expect(bulk.getByRole('button', { name: 'Close', exact: true }).and(bulk.getByText('Close'))).toBeDisabled()
  await bulk.getByRole('button', { name: 'Stop' }).click()
  await expect(bulk.getByText('Stopping after 2 of 4…')).toBeVisible()
  releaseSecond()

  await expect(bulk.getByText('Stopped: 2 of 4 done, 2 not exported')).toBeVisible({ timeout: 30_000 })
  await expect(bulk.getByRole('status')).toContainText('2 plan packs downloaded')
  await expect(bulk.getByRole('status')).toContainText(`Not exported (stopped): ${names.slice(2).join(', ')}.`)
  await expect(bulk.locator('progress')).toHaveAttribute('value', '2')
  await app.screenshot({ path: 'test-results/screens/plans-bulk-stopped.png' })
  // Nothing was asked for after Stop: the last two athletes got no pack.
  expect(asked).toHaveLength(2)
  await expect.poll(() => downloads.length).toBe(2)
  expect(downloads.every((n) => n.endsWith(' - Base block - 2026-11-30.pdf'))).toBe(true)
  await expect(bulk.getByRole('button', { name: 'Close', exact: true }).and(bulk.getByText('Close'))).toBeEnabled()
})
