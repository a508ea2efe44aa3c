// The window's Content-Security-Policy. The packaged app loads index.html from file://, where no
// response header exists, so the <meta> tag in the page is the policy that protects it.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../src/main/security'

const indexHtml = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'renderer', 'index.html'), 'utf8')
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values])
  )

describe('Content-Security-Policy of the renderer', () => {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(indexHtml)

  it('is in index.html as a meta tag, before any script or stylesheet, equal to the policy main sends as a header', () => {
    expect(meta, 'a CSP meta tag in src/renderer/index.html').not.toBeNull()
    expect(meta!.index).toBeLessThan(indexHtml.search(/<script|<link rel="stylesheet"/))
    expect(directives(meta![1])).toEqual(directives(metaContentSecurityPolicy))
    // frame-ancestors only works as a header; the meta tag leaves it out instead of drawing a console warning.
    expect(directives(contentSecurityPolicy).get('frame-ancestors')).toEqual(["'none'"])
    expect(directives(meta![1]).has('frame-ancestors')).toBe(false)
  })

  it('allows no inline script, no inline <style>, no eval and nothing from another origin', () => {
    for (const policy of [meta![1], contentSecurityPolicy]) {
      const d = directives(policy)
      expect(d.get('default-src')).toEqual(["'none'"])
      expect(d.get('script-src')).toEqual(["'self'"])
      expect(d.get('style-src')).toEqual(["'self'"])
      expect(d.has('style-src-elem')).toBe(false)
      expect(d.get('object-src')).toEqual(["'none'"])
      expect(d.get('base-uri')).toEqual(["'none'"])
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/)
    }
  })
})
