// @react-pdf/renderer is an ES module loaded once on first use; the page parts read it from here.
export type Kit = typeof import('@react-pdf/renderer')

let kit: Kit | null = null

export const loadKit = async (): Promise<Kit> => (kit ??= await import('@react-pdf/renderer'))

/** The loaded renderer (renderPlanPack loads it before any part renders). */
export const K = (): Kit => {
  if (!kit) throw new Error('The PDF renderer is not loaded yet')
  return kit
}
