import { expect, test } from './fixtures'

// A coach who works from the keyboard: the first Tab offers "Skip to content", and after each
// navigation the focus starts at the new page's heading rather than at the top of the document.
test('the first Tab offers Skip to content, and each navigation puts the focus on the new page heading', async ({
  app
}) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Squad' })).toBeVisible()
  await app.keyboard.press('Tab')
  const skip = app.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1, name: 'Squad' })).toBeFocused()
  // The route did not change: skipping is not a navigation.
  expect(new URL(app.url()).hash).not.toContain('main')

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Plans' })).toBeFocused()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).press('Enter')
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()

  // An athlete opened from the squad table: the heading is the athlete's name.
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Squad' }).click()
  await app.getByRole('button', { name: 'Load demo squad' }).click()
  await app.getByRole('link', { name: 'Ingrid Solberg' }).first().click()
  await expect(app.getByRole('heading', { level: 1, name: /Ingrid Solberg/ })).toBeFocused()
  await app.screenshot({ path: 'test-results/screens/keyboard-heading-focus.png' })
})
