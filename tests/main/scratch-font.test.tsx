import { it } from 'vitest'
import fs from 'node:fs'
it('scratch', { timeout: 60000 }, async () => {
  const { Document, Page, Text, Font, renderToBuffer } = await import('@react-pdf/renderer')
  const d = '/work/wt-plan-pack/assets/fonts/'
  Font.register({ family: 'DejaVu Sans', fonts: [{ src: d + 'DejaVuSans.ttf' }, { src: d + 'DejaVuSans-Bold.ttf', fontWeight: 'bold' }] })
  Font.register({ family: 'Droid', fonts: [{ src: d + 'DroidSansFallbackFull.ttf' }, { src: d + 'DroidSansFallbackFull.ttf', fontWeight: 'bold' }] })
  Font.register({ family: 'Deva', fonts: [{ src: d + 'NotoSansDevanagari-Regular.ttf' }, { src: d + 'NotoSansDevanagari-Bold.ttf', fontWeight: 'bold' }] })
  const t0 = Date.now()
  const buf = await renderToBuffer(<Document><Page size="A4" style={{ fontFamily: ['DejaVu Sans', 'Droid', 'Deva'], fontSize: 14, padding: 40 }}>
    <Text>李娜 / 김민준 / अनन्या / Zoë — Дарья</Text>
    <Text style={{ fontWeight: 'bold' }}>李娜 / 김민준 / अनन्या / Zoë — किशोर प्रिया</Text>
  </Page></Document>)
  fs.writeFileSync('/tmp/pp/t.pdf', buf)
  console.log('ms', Date.now() - t0, buf.length)
})
