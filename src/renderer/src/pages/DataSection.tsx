// The coach's data: export sessions as CSV, back up now, restore a backup (checked first, then
// confirmed) and undo a restore.
import { useState, type ReactNode } from 'react'
import type { BackupCheckResult, BackupEntry } from '../../../shared/contract/io'
import type { Athlete } from '../../../shared/domain'
import { Dialog } from '../components/Dialog'
import { DialogActions } from '../components/DialogActions'
import { AthleteField, SelectField, type Choice } from '../components/FormField'
import { call } from '../lib/api'
import { useRead } from '../lib/query'
import { downloadText } from '../lib/download'
import { formatMoment } from '../lib/format'
import { ErrorMessage, Notice } from '../components/Messages'

const kindLabel: Record<BackupEntry['kind'], string> = {
  auto: 'automatic',
  manual: 'backup',
  'before-restore': 'set aside by a restore'
}

/** The backups listed, newest first as main lists them; a placeholder while there are none. */
const backupChoices = (backups: BackupEntry[] | undefined): Choice[] =>
  backups?.length === 0
    ? [{ value: '', label: 'No backups yet' }]
    : (backups ?? []).map((b) => ({
        value: b.name,
        label: `${formatMoment(b.modifiedAt)} · ${kindLabel[b.kind]} · ${formatSize(b.bytes)}`
      }))

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** A block's one action, at its start. */
const OneAction = ({ label, onClick, disabled }: { label: string; onClick: () => void; disabled: boolean }) => (
  <div className="actions start">
    <button type="button" onClick={onClick} disabled={disabled}>
      {label}
    </button>
  </div>
)

/** One job of the section, under its heading. */
const Block = ({ title, children }: { title: string; children: ReactNode }) => (
  <div>
    <h3>{title}</h3>
    {children}
  </div>
)

export const DataSection = ({
  athletes,
  onDataReplaced
}: {
  athletes: Athlete[]
  /** After a restore or its undo, named by the copy set aside (every read refreshes by itself). */
  onDataReplaced: (setAside: string) => void
}) => {
  // An athlete's id, or '' for everyone.
  const [exportWho, setExportWho] = useState('')
  const listed = useRead('listBackups', {})
  const listing = listed.data ?? null
  const [picked, setChosen] = useState('')
  // The backup picked, while it is listed; else the newest the coach made or Ballast kept.
  const chosen =
    picked && listing?.backups.some((b) => b.name === picked)
      ? picked
      : (listing?.backups.find((b) => b.kind !== 'before-restore')?.name ?? '')
  const [check, setCheck] = useState<BackupCheckResult | null>(null)
  const [confirming, setConfirming] = useState<'restore' | 'undo' | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      await work()
    } finally {
      setBusy(false)
    }
  }

  const exportCsv = () =>
    run(async () => {
      const r = await call('exportSessionsCsv', exportWho === '' ? {} : { athleteId: Number(exportWho) })
      if (!r.ok) return setError(r.error.message)
      if (r.value.savedTo) setNotice(`Exported ${plural(r.value.rows, 'session')} to ${r.value.savedTo}.`)
      else {
        downloadText(r.value.csv, r.value.fileName, 'text/csv;charset=utf-8')
        setNotice(`Exported ${plural(r.value.rows, 'session')} as ${r.value.fileName}.`)
      }
    })

  const backupNow = () =>
    run(async () => {
      const r = await call('backupNow', {})
      if (!r.ok) return setError(r.error.message)
      if (r.value.path) setNotice(`Backup saved: ${r.value.path} (${formatSize(r.value.bytes)}).`)
    })

  const checkChosen = (pick: boolean) =>
    run(async () => {
      setCheck(null)
      const r = await call('checkBackup', pick ? { pick: true } : { name: chosen })
      if (!r.ok) return setError(r.error.message)
      setCheck(r.value)
    })

  // The restore's call refreshed every read (settings included: they live in the database too).
  const afterReplace = (message: string, setAside: string) => {
    setNotice(message)
    setCheck(null)
    setConfirming(null)
    onDataReplaced(setAside)
  }

  const restore = () =>
    run(async () => {
      if (!check?.token) return
      const r = await call('restoreBackup', { token: check.token })
      if (!r.ok) {
        setConfirming(null)
        return setError(r.error.message)
      }
      afterReplace(
        `Restored ${r.value.restoredFrom}: ${plural(r.value.counts.athletes, 'athlete')}, ${plural(r.value.counts.sessions, 'session')}. Your previous data was set aside as ${r.value.setAside}; Undo restore puts it back.`,
        r.value.setAside
      )
    })

  const undo = () =>
    run(async () => {
      const r = await call('undoRestore', {})
      if (!r.ok) {
        setConfirming(null)
        return setError(r.error.message)
      }
      afterReplace(
        `Undid the restore: your data from before it is back (${plural(r.value.counts.athletes, 'athlete')}, ${plural(r.value.counts.sessions, 'session')}).`,
        r.value.setAside
      )
    })

  return (
    <section className="panel data-panel" aria-labelledby="data-title">
      <div className="panel-head">
        <h2 id="data-title">Data</h2>
      </div>
      <ErrorMessage>{error ?? listed.error?.message}</ErrorMessage>
      <Notice>{notice}</Notice>

      <div className="data-grid">
        <Block title="Export sessions">
          <p className="muted">A CSV that spreadsheets open safely and Ballast can import again without loss.</p>
          <div className="row">
            <AthleteField
              id="export-who"
              label="Sessions of"
              athletes={athletes}
              everyone="All athletes"
              value={exportWho}
              onChange={setExportWho}
            />
          </div>
          <OneAction label="Export CSV" onClick={exportCsv} disabled={busy} />
        </Block>

        <Block title="Backups">
          <p className="muted">
            Ballast keeps a copy from each of the last 7 starts{listing?.folder ? ` in ${listing.folder}` : ''}. Back up
            now before big changes.
          </p>
          <OneAction label="Backup now" onClick={backupNow} disabled={busy} />
        </Block>

        <Block title="Restore">
          <div className="row">
            <SelectField
              id="restore-choice"
              label="Backup to restore"
              options={backupChoices(listing?.backups)}
              value={chosen}
              onChange={(name) => (setChosen(name), setCheck(null))}
            />
          </div>
          <div className="actions start">
            <button type="button" onClick={() => checkChosen(false)} disabled={busy || !chosen}>
              Check backup
            </button>
            {listing?.canPickFiles && (
              <button type="button" onClick={() => checkChosen(true)} disabled={busy}>
                Choose a file…
              </button>
            )}
            <button type="button" onClick={() => setConfirming('undo')} disabled={busy || !listing?.undoAvailable}>
              Undo restore
            </button>
          </div>
          {check && (
            <div className={`backup-check ${check.ok ? 'ok' : 'bad'}`} role="status" aria-label="Backup check">
              <p>
                <strong>{check.name}</strong>
              </p>
              <dl>
                <div>
                  <dt>Integrity check</dt>
                  <dd>{check.integrity}</dd>
                </div>
                <div>
                  <dt>Schema version</dt>
                  <dd>
                    {check.schemaVersion} (this Ballast: {check.supportedVersion})
                  </dd>
                </div>
                <div>
                  <dt>Holds</dt>
                  <dd>
                    {plural(check.counts.athletes, 'athlete')}, {plural(check.counts.sessions, 'session')}
                  </dd>
                </div>
              </dl>
              {check.problem ? (
                <p className="field-error">{check.problem}</p>
              ) : (
                <div className="actions start">
                  <button type="button" className="danger" onClick={() => setConfirming('restore')} disabled={busy}>
                    Restore this backup…
                  </button>
                </div>
              )}
            </div>
          )}
        </Block>
      </div>

      {confirming === 'restore' && check && (
        <Dialog title="Restore this backup?" onClose={() => setConfirming(null)}>
          <p>
            All current data is replaced by the backup's {plural(check.counts.athletes, 'athlete')} and{' '}
            {plural(check.counts.sessions, 'session')}. Your current data is copied aside first, so{' '}
            <strong>Undo restore</strong> can put it back.
          </p>
          <DialogActions
            onCancel={() => setConfirming(null)}
            cancel="Keep current data"
            confirm="Restore"
            onConfirm={restore}
            danger
            disabled={busy}
          />
        </Dialog>
      )}
      {confirming === 'undo' && (
        <Dialog title="Undo the restore?" onClose={() => setConfirming(null)}>
          <p>
            The data from before the last restore comes back. What is there now is copied aside first, so this too can
            be undone.
          </p>
          <DialogActions
            onCancel={() => setConfirming(null)}
            confirm="Undo restore"
            onConfirm={undo}
            danger
            disabled={busy}
          />
        </Dialog>
      )}
    </section>
  )
}
