// What the coach decides in an import preview: each row's type and weights, which new rows are
// selected or left out, and what to do with each duplicate. Starts afresh with every new preview.
import { useEffect, useState } from 'react'
import type { DuplicateAction, ImportPreviewRow } from '../../../../shared/contract/io'
import type { SessionTypeName } from '../../../../shared/domain'
import type { ImportChoice } from './useImportJob'

export interface RowEdit {
  type: SessionTypeName
  ankleWeightKg: number
  weightedMin: number
}

const initialEdits = (rows: ImportPreviewRow[]): Record<number, RowEdit> => {
  const out: Record<number, RowEdit> = {}
  for (const r of rows)
    if (r.status !== 'error' && r.type)
      out[r.rowId] = { type: r.type, ankleWeightKg: r.ankleWeightKg, weightedMin: r.weightedMin }
  return out
}

export const useImportChoices = (rows: ImportPreviewRow[]) => {
  const [edits, setEdits] = useState<Record<number, RowEdit>>({})
  const [selected, setSelected] = useState<Set<number>>(new Set())
  /** New rows the coach chose to leave out (a ride in a Strava export, say). */
  const [leftOut, setLeftOut] = useState<Set<number>>(new Set())
  /** What the coach does with each duplicate row; absent means leave it out. */
  const [actions, setActions] = useState<Record<number, DuplicateAction>>({})

  useEffect(() => {
    setEdits(initialEdits(rows))
    setSelected(new Set())
    setLeftOut(new Set())
    setActions({})
  }, [rows])

  const newRows = rows.filter((r) => r.status === 'new')
  const duplicateRows = rows.filter((r) => r.status === 'duplicate')
  const takenDuplicates = duplicateRows.filter((r) => (actions[r.rowId] ?? 'skip') !== 'skip')
  const chosenRows = [...newRows.filter((r) => !leftOut.has(r.rowId)), ...takenDuplicates]
  const chosen: ImportChoice[] = chosenRows.map((row) => {
    const action = row.status === 'duplicate' ? actions[row.rowId] : undefined
    // A replacement keeps the coach's weights on the saved session: only its type is sent.
    if (action === 'replace') return { rowId: row.rowId, type: edits[row.rowId]?.type, action }
    return { rowId: row.rowId, ...edits[row.rowId], ...(action ? { action } : {}) }
  })

  const setType = (rowId: number, type: SessionTypeName) => setEdits({ ...edits, [rowId]: { ...edits[rowId], type } })

  const chooseAction = (r: ImportPreviewRow, action: DuplicateAction) => {
    setActions({ ...actions, [r.rowId]: action })
    // Replacing keeps the saved session's type unless the coach changes it here.
    if (action === 'replace' && r.match && edits[r.rowId]) setType(r.rowId, r.match.type)
    else if (r.type && edits[r.rowId]) setType(r.rowId, r.type)
  }

  const toggle = (rowId: number, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(rowId)
    else next.delete(rowId)
    setSelected(next)
  }
  const selectAll = (on: boolean) => setSelected(on ? new Set(newRows.map((r) => r.rowId)) : new Set())

  /** Weights on the selected new rows (0 kg takes them off), never for more minutes than a session lasted. */
  const applyWeights = (kg: number, minutes: number) => {
    const next = { ...edits }
    for (const r of newRows)
      if (selected.has(r.rowId))
        next[r.rowId] = {
          ...next[r.rowId],
          ankleWeightKg: kg,
          weightedMin: Math.min(minutes, r.durationMin ?? minutes)
        }
    setEdits(next)
  }

  const setLeftOutSelected = (out: boolean) => {
    const next = new Set(leftOut)
    for (const id of selected) {
      if (out) next.add(id)
      else next.delete(id)
    }
    setLeftOut(next)
  }

  return {
    edits,
    selected,
    leftOut,
    actions,
    newRows,
    duplicateRows,
    takenDuplicates,
    chosenRows,
    chosen,
    allSelected: newRows.length > 0 && newRows.every((r) => selected.has(r.rowId)),
    setType,
    chooseAction,
    toggle,
    selectAll,
    applyWeights,
    setLeftOutSelected
  }
}

export type ImportChoices = ReturnType<typeof useImportChoices>
