/** Form text to a number for zod: '' means "not given" (null); anything else must parse. */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text.replace(',', '.')))
export const numberOr = (text: string, fallback: number): number => (text.trim() === '' ? fallback : Number(text.replace(',', '.')))
export const toText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n))
