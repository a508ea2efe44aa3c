// The installers' configuration (electron-builder.yml): what a coach's installed app is made of.
// `npm run dist` cannot run on this project's machines (no route to Electron's download host), so
// this test is what keeps the packaging honest here; CI on a networked machine builds the installers.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { electronBindingPath } from '../../src/main/native'

const root = path.join(__dirname, '..', '..')
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'))
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const electronVersion: string = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
).version

/** electron-builder's glob subset used in the config: `**` any folders, `*` within one name. */
const globToRegExp = (glob: string) =>
  new RegExp(
    '^' +
      glob
        .split(/(\*\*\/|\*\*|\*)/)
        .map((part) =>
          part === '**/'
            ? '(?:.*/)?'
            : part === '**'
              ? '.*'
              : part === '*'
                ? '[^/]*'
                : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        )
        .join('') +
      '$'
  )
const matches = (patterns: string[], file: string) => patterns.some((p) => globToRegExp(p).test(file))
/** Whether `files` (with its "!" exclusions, applied in order) puts a file into the app. */
const included = (file: string) => {
  let inside = false
  for (const p of config.files as string[]) {
    if (p.startsWith('!')) {
      if (globToRegExp(p.slice(1)).test(file)) inside = false
    } else if (globToRegExp(p).test(file)) inside = true
  }
  return inside
}
/** electron-builder adds production node_modules itself; a "!" pattern of `files` still leaves files out. */
const excluded = (file: string) =>
  (config.files as string[]).some((p) => p.startsWith('!') && globToRegExp(p.slice(1)).test(file))
const pngSize = (file: string) => {
  const b = fs.readFileSync(file)
  expect(b.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG')
  return [b.readUInt32BE(16), b.readUInt32BE(20)]
}

describe('electron-builder.yml', () => {
  it('names the app and builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.appId).toBe('app.ballast.desktop')
    expect(config.productName).toBe('Ballast')
    // The user-data folder is named after the product (README "Where the data lives"), unpackaged too.
    expect(pkg.productName).toBe('Ballast')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.fileAssociations).toEqual([])
    expect(config.directories.output).toBe('dist')
  })

  it('sets every Electron fuse the security review asked for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true
    })
  })

  it('packs the built main, backend worker, preload, renderer and fonts, and not the sources', () => {
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/main/backendWorker.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'assets/fonts/DejaVuSans.ttf',
      'assets/fonts/LICENSE.txt'
    ]) {
      expect(included(file), file).toBe(true)
    }
    for (const file of [
      'src/main/app.ts',
      'tests/main/backend.test.ts',
      'src/host/server.ts',
      'docs/squad.png',
      'out/main/index.js.map'
    ]) {
      expect(included(file), file).toBe(false)
    }
    expect(excluded('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(true)
    // The worker file main forks is the one electron-vite builds.
    expect(fs.readFileSync(path.join(root, 'electron.vite.config.ts'), 'utf8')).toMatch(
      /backendWorker: resolve\(__dirname, 'src\/main\/worker\/entry\.ts'\)/
    )
  })

  it('ships better-sqlite3 built for Electron where main looks for it, unpacked from the asar', () => {
    const binding = electronBindingPath('', electronVersion).split(path.sep).join('/').replace(/^\//, '')
    expect(binding).toBe(`native/electron-${electronVersion}/better_sqlite3.node`)
    expect(config.asar).toBe(true)
    expect(included(binding), 'the Electron build is packed').toBe(true)
    expect(matches(config.asarUnpack, binding), 'and unpacked from the asar (a .node cannot load from inside it)').toBe(
      true
    )
    expect(matches(config.asarUnpack, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true)
    // node_modules' Node-ABI build is neither rebuilt in place (the tests use it) nor shipped.
    expect(config.npmRebuild).toBe(false)
    expect(excluded('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true)
    expect(excluded(binding)).toBe(false)
    expect(pkg.dependencies['better-sqlite3']).toBeDefined()
  })

  it('has an icon for each system, drawn by scripts/make-icons.mjs', () => {
    expect(pngSize(path.join(root, 'assets/icons/icon.png'))).toEqual([512, 512])
    expect(config.linux.icon).toBe('assets/icons/png')
    for (const s of [16, 32, 48, 64, 128, 256, 512])
      expect(pngSize(path.join(root, config.linux.icon, `${s}x${s}.png`))).toEqual([s, s])
    const ico = fs.readFileSync(path.join(root, config.win.icon))
    expect(ico.readUInt16LE(2), '.ico type').toBe(1)
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256)
    expect(sizes).toContain(256)
    const icns = fs.readFileSync(path.join(root, config.mac.icon))
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.includes(Buffer.from('ic09')), 'a 512 px entry').toBe(true)
  })

  it('publishes nowhere and has no update feed, so a build never checks for updates by itself', () => {
    expect(config.publish).toBeNull()
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs')
    expect(fs.readFileSync(path.join(root, 'scripts/dist.mjs'), 'utf8')).toContain("'--publish', 'never'")
  })

  it('keeps npm ci offline-safe: no download script runs at install', () => {
    expect(pkg.allowScripts).toMatchObject({ electron: false, 'electron-winstaller': false })
    for (const name of ['electron-builder', 'electron', 'yaml'])
      expect(pkg.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.dependencies['electron-updater']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
