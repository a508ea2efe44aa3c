// pdfkit 0.20's font() keeps fonts by name only when given a name. react-pdf draws every text run
// with a fontkit font object instead, so for each run pdfkit opens a new embedded font and then finds
// it equal to the one it already has by serialising both fonts' name tables. For a plan pack that is
// most of the render time and most of its garbage (a CPU profile put it first, ahead of layout).
// This keeps, per document, the font pdfkit settled on for each font object, so every later run with
// that object takes it at once: the same fonts in the same PDF, without the throwaway copies.
// tests/main/pdf-font-reuse.test.ts compares packs rendered with and without it.

interface PdfDoc {
  _font: unknown
  _fontSource: unknown
  _fontFamily: unknown
  fontSize(size: number): unknown
}
type FontMethod = (this: PdfDoc, src: unknown, family?: unknown, size?: number) => PdfDoc

const KEPT = Symbol('ballast.fontsByObject')
const ORIGINAL = Symbol('ballast.originalFont')

interface Proto {
  font: FontMethod & { [ORIGINAL]?: FontMethod }
}

/** Installs the reuse on pdfkit's document class once; false when pdfkit's shape is not the one expected. */
export function reuseEmbeddedFonts(PDFDocument: { prototype: unknown }): boolean {
  const proto = PDFDocument.prototype as Proto
  if (typeof proto.font !== 'function') return false
  if (proto.font[ORIGINAL]) return true
  const original = proto.font
  const reusing = function (this: PdfDoc & { [KEPT]?: WeakMap<object, unknown> }, src, family, size) {
    if (typeof src !== 'object' || src === null || (family != null && typeof family !== 'number'))
      return original.call(this, src, family, size)
    const kept = (this[KEPT] ??= new WeakMap())
    const font = kept.get(src)
    if (font === undefined) {
      original.call(this, src, family, size)
      kept.set(src, this._font)
      return this
    }
    // What pdfkit's own font() does for a font it already holds.
    this._fontSource = src
    this._fontFamily = null
    const fontSize = typeof family === 'number' ? family : size
    if (fontSize != null) this.fontSize(fontSize)
    this._font = font
    return this
  } as FontMethod
  ;(reusing as Proto['font'])[ORIGINAL] = original
  proto.font = reusing
  return true
}

/** Puts pdfkit's own font() back (tests compare the two). */
export function stopReusingEmbeddedFonts(PDFDocument: { prototype: unknown }): void {
  const proto = PDFDocument.prototype as Proto
  const original = proto.font[ORIGINAL]
  if (original) proto.font = original
}
