import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { channelNames } from '../../src/shared/channels'
import { contract } from '../../src/shared/ipc'
import { tempBackend } from '../helpers/tempdb'

describe('the typed contract', () => {
  it('names the same channels as the runtime list the preload uses, with no duplicates', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(contract).sort())
    expect(new Set(channelNames).size).toBe(channelNames.length)
  })

  it('has a backend handler for every channel and none extra', () => {
    const { backend } = tempBackend()
    expect(Object.keys(backend).sort()).toEqual([...channelNames].sort())
    for (const name of channelNames) expect(typeof backend[name]).toBe('function')
  })

  it('the built preload exposes a method for every channel and nothing else (no generic pass-through)', () => {
    const built = path.resolve(__dirname, '../../out/preload/index.js')
    const source = fs.readFileSync(
      fs.existsSync(built) ? built : path.resolve(__dirname, '../../src/preload/index.ts'),
      'utf8'
    )
    expect(source).toMatch(/exposeInMainWorld\("api"|exposeInMainWorld\('api'/)
    expect(source).not.toMatch(/ipcRenderer\.(send|on)\b/)
    // The bundle must not require anything but electron: a sandboxed preload cannot.
    const requires = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(requires.every((r) => r === 'electron')).toBe(true)
  })
})

describe('src/shared stays pure', () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
  it('imports nothing from electron, Node, React or the DOM', () => {
    const offenders = files(path.resolve(__dirname, '../../src/shared'))
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) =>
        /from ['"](electron|node:[\w/]+|fs|path|os|react|react-dom|recharts|better-sqlite3)['"]/.test(
          fs.readFileSync(f, 'utf8')
        )
      )
    expect(offenders).toEqual([])
  })
})
