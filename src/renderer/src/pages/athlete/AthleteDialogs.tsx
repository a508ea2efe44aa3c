// The athlete page's dialogs: log or edit a session, clear stops, thresholds, edit the athlete,
// delete a session or the athlete. Each save goes through call(), which refreshes the page's reads.
import { useState } from 'react'
import { sessionTypeLabels, type Athlete, type Session } from '../../../../shared/domain'
import type { RuleId } from '../../../../shared/rules'
import { AthleteForm } from '../../components/AthleteForm'
import { ClearStopDialog } from '../../components/ClearStopDialog'
import { Dialog } from '../../components/Dialog'
import { DialogActions } from '../../components/DialogActions'
import { TextField } from '../../components/FormField'
import { LiveWarnings } from '../../components/LiveWarnings'
import { SessionForm } from '../../components/SessionForm'
import { ThresholdsEditor } from '../../components/ThresholdsEditor'
import { call } from '../../lib/api'
import { formatDay } from '../../lib/format'
import { navigate } from '../../lib/route'
import { useToast } from '../../lib/toast'

export type Editing =
  | { kind: 'session'; session?: Session }
  | { kind: 'athlete' }
  | { kind: 'delete-session'; session: Session }
  | { kind: 'delete-athlete' }
  | { kind: 'clear-stop'; ruleIds: RuleId[] }
  | { kind: 'thresholds' }
  | null

interface Props {
  athlete: Athlete
  sessionCount: number
  editing: Editing
  close: () => void
  onNotice: (message: string | null) => void
  onError: (message: string) => void
}

export const AthleteDialogs = ({ athlete, sessionCount, editing, close, onNotice, onError }: Props) => {
  const { showUndo } = useToast()

  const deleteSession = async (s: Session) => {
    const r = await call('deleteSession', { id: s.id })
    close()
    if (!r.ok) return onError(r.error.message)
    onNotice(null)
    showUndo({
      message: `Deleted the ${sessionTypeLabels[s.type].toLowerCase()} of ${formatDay(s.date)}.`,
      token: r.value.undoToken
    })
  }

  switch (editing?.kind) {
    case 'session':
      return (
        <Dialog
          title={
            editing.session ? `Edit session of ${formatDay(editing.session.date)}` : `Log a session for ${athlete.name}`
          }
          onClose={close}
          wide
        >
          <SessionForm
            athlete={athlete}
            session={editing.session}
            onCancel={close}
            onSaved={(s) => {
              close()
              onNotice(`Saved the ${sessionTypeLabels[s.type].toLowerCase()} of ${formatDay(s.date)}.`)
            }}
            below={(draft) => <LiveWarnings draft={draft} editingId={editing.session?.id} />}
          />
        </Dialog>
      )
    case 'clear-stop':
      return (
        <ClearStopDialog
          athleteId={athlete.id}
          athleteName={athlete.name}
          ruleIds={editing.ruleIds}
          onCancel={close}
          onDone={() => {
            close()
            onNotice(`Cleared the ${editing.ruleIds.join(', ')} ${editing.ruleIds.length === 1 ? 'stop' : 'stops'}.`)
          }}
        />
      )
    case 'thresholds':
      return (
        <Dialog title={`Warning thresholds for ${athlete.name}`} onClose={close} wide>
          <ThresholdsEditor athleteId={athlete.id} />
        </Dialog>
      )
    case 'athlete':
      return (
        <Dialog title={`Edit ${athlete.name}`} onClose={close}>
          <AthleteForm athlete={athlete} onCancel={close} onSaved={close} />
        </Dialog>
      )
    case 'delete-session':
      return (
        <Dialog title="Delete this session?" onClose={close}>
          <p>
            The {sessionTypeLabels[editing.session.type].toLowerCase()} of {formatDay(editing.session.date)} will be
            removed from {athlete.name}'s log.
          </p>
          <DialogActions
            onCancel={close}
            cancel="Keep it"
            confirm="Delete session"
            onConfirm={() => void deleteSession(editing.session)}
            danger
          />
        </Dialog>
      )
    case 'delete-athlete':
      return <DeleteAthleteDialog athlete={athlete} sessionCount={sessionCount} close={close} />
    default:
      return null
  }
}

/** Permanent delete: the coach types the athlete's name to confirm. */
const DeleteAthleteDialog = ({
  athlete,
  sessionCount,
  close
}: {
  athlete: Athlete
  sessionCount: number
  close: () => void
}) => {
  const { showUndo } = useToast()
  const [confirmName, setConfirmName] = useState('')
  const [confirmError, setConfirmError] = useState<string | null>(null)
  const { id, name } = athlete

  const deleteAthlete = async () => {
    const r = await call('deleteAthlete', { id, confirmName })
    if (!r.ok) return setConfirmError(r.error.issues?.[0]?.message ?? r.error.message)
    showUndo({
      message: `Deleted ${name} and ${r.value.deletedSessions} sessions.`,
      token: r.value.undoToken,
      onUndone: () => navigate({ page: 'athlete', id })
    })
    navigate({ page: 'roster' })
  }

  return (
    <Dialog title={`Delete ${name} permanently?`} onClose={close}>
      <p>
        This removes {name} and all {sessionCount} logged sessions. It cannot be undone. Type the name to confirm.
      </p>
      <TextField
        id="confirmName"
        label="Athlete's name"
        autoComplete="off"
        value={confirmName}
        onChange={setConfirmName}
        error={confirmError ?? undefined}
      />
      <DialogActions onCancel={close} confirm="Delete permanently" onConfirm={() => void deleteAthlete()} danger />
    </Dialog>
  )
}
