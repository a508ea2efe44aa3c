// A dialog takes focus once, when it opens: typing in its field never moves the focus away.
import { addDays, weekStartOf } from '../../src/shared/calendar'
import { test, expect, TODAY } from './fixtures'
import { openGeneratedPlan, RosterView } from './pages'

test('typing a template name key by key never takes the focus out of the field (it blurred on every key)', async ({
  app
}) => {
  await new RosterView(app).addAthlete({ name: 'Wim Dekker', bodyMass: '72', level: 'intermediate', weights: '0.5, 1' })
  const startDate = addDays(weekStartOf(TODAY, 1), 7)
  await openGeneratedPlan(app, startDate)
  await app.getByRole('button', { name: 'Save as template' }).click()
  const field = app.getByRole('dialog').getByLabel('Template name')
  await field.fill('')
  // Count every time the field loses focus while the coach types (it used to blur on each key).
  await field.evaluate((el) => {
    ;(window as unknown as { blurs: number }).blurs = 0
    el.addEventListener('blur', () => (window as unknown as { blurs: number }).blurs++)
  })
  await field.pressSequentially('Spring block, copy for Wim')
  expect(await app.evaluate(() => (window as unknown as { blurs: number }).blurs)).toBe(0)
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('Spring block, copy for Wim')
})
