// pdfkit (the PDF writer under @react-pdf/renderer) ships no types; fontReuse.ts needs only its class.
declare module 'pdfkit' {
  const PDFDocument: { prototype: unknown }
  export default PDFDocument
}
