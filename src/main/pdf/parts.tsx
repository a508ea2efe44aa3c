// Pieces shared by the pages: the mark banner, the footer and bulleted lists.
import { markLine } from '../../shared/plan/mark'
import type { PackCtx } from './context'
import { K } from './kit'
import { TYPE } from './theme'

/** The plan's mark, on the cover and on every page that holds a marked session. */
/** `fixed`: repeated on every sheet the page runs onto (a week too tall for one sheet). */
export const MarkBanner = ({ c, cover = false, fixed = false }: { c: PackCtx; cover?: boolean; fixed?: boolean }) => {
  const { View, Text } = K()
  return (
    <View style={c.st.mark} fixed={fixed}>
      <Text style={c.st.markTitle}>{markLine(c.data.mark)}</Text>
      <Text style={{ fontSize: TYPE.small, marginTop: 2 }}>
        {cover
          ? 'Your coach exported this plan although the safety rules flagged some of its sessions. Each one is marked "Not cleared" in the plan: talk to your coach before running it.'
          : 'Sessions marked "Not cleared" below were flagged by the safety rules: talk to your coach before running them.'}
      </Text>
    </View>
  )
}

/**
 * A page's style and wrapping. A page planned to fit one sheet does not wrap: react-pdf then lays it
 * out once instead of splitting it (and laying it out twice more) for a continuation it never has.
 * Its box is held at the sheet's height so the footer sits where it does on a wrapping page.
 */
export const sheet = (c: PackCtx, wraps: boolean) =>
  wraps ? { style: c.st.page, wrap: true } : { style: [c.st.page, { minHeight: c.paper.height }], wrap: false }

export const Footer = ({ c }: { c: PackCtx }) => {
  const { View, Text } = K()
  return (
    <View style={c.st.footer} fixed>
      <Text>
        {c.safe(c.data.athleteName)} · {c.safe(c.data.plan.name)}
      </Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  )
}

export const Bullets = ({ lines, size = TYPE.body }: { lines: readonly string[]; size?: number }) => {
  const { View, Text } = K()
  return (
    <View>
      {lines.map((line) => (
        <View key={line} style={{ flexDirection: 'row', marginBottom: 2.5 }}>
          <Text style={{ width: 11, fontSize: size }}>•</Text>
          <Text style={{ flex: 1, fontSize: size }}>{line}</Text>
        </View>
      ))}
    </View>
  )
}

/** The coach's name and contact line ("" when Settings leave both empty). */
export const coachLine = (c: PackCtx): string =>
  [c.data.coachName, c.data.coachContact]
    .map((x) => c.safe(x.trim()))
    .filter(Boolean)
    .join(' · ')
