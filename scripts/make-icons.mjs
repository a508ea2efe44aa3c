#!/usr/bin/env node
// Draws Ballast's app icon in plain code (no image tools needed) and writes every file the
// installers use: assets/icons/icon.png (512), png/<n>x<n>.png (Linux), icon.ico (Windows, PNG
// entries 16-256) and icon.icns (macOS, PNG entries 16-1024). Run: node scripts/make-icons.mjs
// The picture: three rising bars (a load that progresses) and an amber dot (a warning), white on
// a dark blue rounded square. Each pixel is 4x4 supersampled, so edges are smooth at every size.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Buffer } from 'node:buffer'
import zlib from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'assets', 'icons')

// Shapes on a 512 x 512 canvas; a shape answers "is this point inside?".
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r))
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r))
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r
}
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r

const background = roundRect(32, 32, 480, 480, 100)
const baseline = 396
const bars = [
  roundRect(120, baseline - 110, 192, baseline, 18),
  roundRect(220, baseline - 185, 292, baseline, 18),
  roundRect(320, baseline - 260, 392, baseline, 18)
]
const dot = circle(164, 180, 40)

/** Colour (r, g, b, a in 0-255) of one point of the picture. */
const paint = (x, y) => {
  if (!background(x, y)) return [0, 0, 0, 0]
  if (dot(x, y)) return [242, 163, 58, 255]
  if (bars.some((b) => b(x, y))) return [255, 255, 255, 255]
  const t = (y - 32) / 448 // a gentle vertical gradient
  return [Math.round(28 - 8 * t), Math.round(84 - 22 * t), Math.round(122 - 26 * t), 255]
}

const render = (size) => {
  const px = Buffer.alloc(size * size * 4)
  const n = 4
  const scale = 512 / size
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((i + (sx + 0.5) / n) * scale, (j + (sy + 0.5) / n) * scale)
          // premultiplied, so transparent samples do not darken the edge
          r += (c[0] * c[3]) / 255
          g += (c[1] * c[3]) / 255
          b += (c[2] * c[3]) / 255
          a += c[3]
        }
      }
      const k = (j * size + i) * 4
      const alpha = a / (n * n)
      px[k] = alpha ? Math.round((r / (n * n)) * (255 / alpha)) : 0
      px[k + 1] = alpha ? Math.round((g / (n * n)) * (255 / alpha)) : 0
      px[k + 2] = alpha ? Math.round((b / (n * n)) * (255 / alpha)) : 0
      px[k + 3] = Math.round(alpha)
    }
  }
  return px
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
const png = (size) => {
  const px = render(size)
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let j = 0; j < size; j++) {
    raw[j * (size * 4 + 1)] = 0 // filter: none
    px.copy(raw, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

const pngs = new Map()
const pngOf = (size) => {
  if (!pngs.has(size)) pngs.set(size, png(size))
  return pngs.get(size)
}

// Windows .ico: a directory of PNG-compressed images (Vista and later read these).
const ico = (sizes) => {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(sizes.length, 4)
  let offset = 6 + 16 * sizes.length
  const entries = sizes.map((s) => {
    const data = pngOf(s)
    const e = Buffer.alloc(16)
    e[0] = s >= 256 ? 0 : s
    e[1] = s >= 256 ? 0 : s
    e.writeUInt16LE(1, 4) // planes
    e.writeUInt16LE(32, 6) // bits per pixel
    e.writeUInt32LE(data.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += data.length
    return e
  })
  return Buffer.concat([header, ...entries, ...sizes.map(pngOf)])
}

// macOS .icns: typed PNG entries.
const icns = (types) => {
  const parts = types.map(([type, s]) => {
    const data = pngOf(s)
    const h = Buffer.alloc(8)
    h.write(type, 0, 'ascii')
    h.writeUInt32BE(data.length + 8, 4)
    return Buffer.concat([h, data])
  })
  const body = Buffer.concat(parts)
  const h = Buffer.alloc(8)
  h.write('icns', 0, 'ascii')
  h.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([h, body])
}

fs.mkdirSync(path.join(outDir, 'png'), { recursive: true })
fs.writeFileSync(path.join(outDir, 'icon.png'), pngOf(512))
for (const s of [16, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(outDir, 'png', `${s}x${s}.png`), pngOf(s))
fs.writeFileSync(path.join(outDir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]))
fs.writeFileSync(
  path.join(outDir, 'icon.icns'),
  icns([
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024]
  ])
)
console.log(`Icons written to ${path.relative(root, outDir)}: icon.png, png/, icon.ico, icon.icns`)
