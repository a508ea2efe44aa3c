import { useText } from '../lib/useText'

/** A text from main with its weights, distances and days in the coach's units. */
export const RichText = ({ text }: { text: string | null | undefined }) => {
  const write = useText()
  return text ? <>{write(text)}</> : null
}
