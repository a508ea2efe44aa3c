// Type sizes, colours and styles of the plan pack, chosen for a home printer: body text 9.5 pt,
// tables 8.5 pt, nothing smaller; rules and log grid lines 0.75 pt in a dark grey that survives toner saving.
import { K } from './kit'
import type { Paper } from './paper'

export const TYPE = { body: 9.5, table: 8.5, small: 8.5, h1: 24, h2: 13, h3: 10.5, leading: 1.3 } as const

export const COLOR = {
  ink: '#1d2430',
  muted: '#4b5563',
  rule: '#6b7280',
  grid: '#4b5563',
  fill: '#eef1f5',
  accent: '#1f5fbf',
  weight: '#9a4a06',
  weightFill: '#f4c58a',
  danger: '#b42318'
} as const

/** Grid lines: at least 0.75 pt. */
export const GRID = 0.75

/** `fonts`: the families of the pack, in fallback order (fonts.ts pdfFontsFor). */
export const makeStyles = (p: Paper, fonts: string[]) =>
  K().StyleSheet.create({
    page: {
      fontFamily: fonts,
      fontSize: TYPE.body,
      color: COLOR.ink,
      paddingTop: p.marginTop,
      paddingBottom: p.marginBottom,
      paddingHorizontal: p.marginX
    },
    footer: {
      position: 'absolute',
      bottom: 18,
      left: p.marginX,
      right: p.marginX,
      flexDirection: 'row',
      justifyContent: 'space-between',
      fontSize: TYPE.small,
      color: COLOR.muted,
      borderTopWidth: GRID,
      borderTopColor: COLOR.rule,
      paddingTop: 4
    },
    kicker: {
      fontSize: TYPE.small + 0.5,
      color: COLOR.accent,
      fontWeight: 'bold',
      letterSpacing: 1,
      textTransform: 'uppercase'
    },
    h1: { fontSize: TYPE.h1, fontWeight: 'bold', marginTop: 4, lineHeight: 1.15 },
    h2: { fontSize: TYPE.h2, fontWeight: 'bold', marginBottom: 4 },
    h3: { fontSize: TYPE.h3, fontWeight: 'bold', marginBottom: 2 },
    muted: { color: COLOR.muted },
    th: {
      flexDirection: 'row',
      backgroundColor: COLOR.fill,
      borderTopWidth: GRID,
      borderBottomWidth: GRID,
      borderColor: COLOR.rule,
      fontSize: TYPE.table,
      fontWeight: 'bold'
    },
    tr: { flexDirection: 'row', borderBottomWidth: GRID, borderColor: COLOR.rule, fontSize: TYPE.table },
    cell: { paddingVertical: 3.5, paddingHorizontal: 3 },
    bullet: { flexDirection: 'row', marginBottom: 3 },
    card: { borderWidth: 1.5, borderRadius: 5, paddingVertical: 8, paddingHorizontal: 12, marginTop: 8 },
    mark: {
      borderWidth: 1.5,
      borderColor: COLOR.danger,
      backgroundColor: '#fef3f2',
      borderRadius: 4,
      paddingVertical: 5,
      paddingHorizontal: 8,
      marginBottom: 8
    },
    markTitle: { color: COLOR.danger, fontWeight: 'bold', fontSize: TYPE.h3, lineHeight: 1.25, marginBottom: 2 },
    rowMark: { color: COLOR.danger, fontWeight: 'bold', fontSize: TYPE.table }
  })

export type Styles = ReturnType<typeof makeStyles>
