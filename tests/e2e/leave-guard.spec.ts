import type { Dialog } from '@playwright/test'
import { expect, test } from './fixtures'

// Half-typed settings are not lost by a click on another page or a reload: the app asks first, and
// staying keeps what was typed. Once saved, nothing is asked.
test('unsaved Settings ask before a navigation and before a reload; staying keeps the typed values', async ({
  app
}) => {
  const nav = app.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  const name = app.getByLabel('Coach name')
  await name.fill('Coach Half-typed')

  // A link to another page: the question, and "Cancel" stays on Settings with the text.
  const asked: Dialog[] = []
  app.once('dialog', (d) => {
    asked.push(d)
    void d.dismiss()
  })
  await nav.getByRole('link', { name: 'Plans' }).click()
  await expect.poll(() => asked.length).toBe(1)
  expect(asked[0].type()).toBe('confirm')
  expect(asked[0].message()).toContain('not saved')
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(name).toHaveValue('Coach Half-typed')
  expect(new URL(app.url()).hash).toBe('#/settings')

  // A reload: the browser's own prompt; staying keeps the text.
  const beforeUnload = new Promise<Dialog>((resolve) => app.once('dialog', resolve))
  void app.evaluate(() => window.location.reload())
  const prompt = await beforeUnload
  expect(prompt.type()).toBe('beforeunload')
  await prompt.dismiss()
  await expect(name).toHaveValue('Coach Half-typed')

  // Saved: the same link goes at once.
  await app.getByRole('button', { name: 'Save settings' }).click()
  await expect(app.getByRole('status')).toContainText('Settings saved.')
  let later = 0
  app.on('dialog', (d) => {
    later++
    void d.dismiss()
  })
  await nav.getByRole('link', { name: 'Plans' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible()
  expect(later).toBe(0)
})
