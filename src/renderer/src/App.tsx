import { useCallback, useMemo, useState } from 'react'
import { defaultSettings, type Settings } from '../../shared/domain'
import { queryClient, readKey, useRead } from './lib/query'
import { useFocusHeadingOnNavigate, skipToContent } from './lib/focusOnNavigate'
import { href, useRoute } from './lib/route'
import { SettingsContext } from './lib/settings'
import { ToastContext, type UndoToast } from './lib/toast'
import { Toast } from './components/Toast'
import { UndoHistory } from './components/UndoHistory'
import { AthletePage } from './pages/AthletePage'
import { PlanPage } from './pages/PlanPage'
import { PlansPage } from './pages/PlansPage'
import { ImportPage } from './pages/ImportPage'
import { RosterPage } from './pages/RosterPage'
import { SettingsPage } from './pages/SettingsPage'
import { ErrorMessage } from './components/Messages'

export const App = () => {
  const route = useRoute()
  const read = useRead('getSettings', {})
  const [toast, setToast] = useState<UndoToast | null>(null)
  const toastCtx = useMemo(() => ({ showUndo: (t: UndoToast) => setToast(t) }), [])
  const closeToast = useCallback(() => setToast(null), [])
  const [historyOpen, setHistoryOpen] = useState(false)
  useFocusHeadingOnNavigate(href(route))

  // Settings are a read like any other: updateSettings (and a restore) refetch them; a page that has
  // the saved settings in hand puts them in the cache at once.
  const settings = read.data ?? (read.isError ? defaultSettings : null)
  const ctx = useMemo(
    () => ({
      settings: settings ?? defaultSettings,
      setSettings: (s: Settings) => queryClient.setQueryData(readKey('getSettings', {}), s)
    }),
    [settings]
  )
  if (!settings) return <p className="muted pad">Opening your squad…</p>

  return (
    <SettingsContext.Provider value={ctx}>
      <ToastContext.Provider value={toastCtx}>
        <div className="shell">
          <a className="skip-link" href="#main" onClick={skipToContent}>
            Skip to content
          </a>
          <header className="topbar">
            <a className="brand" href={href({ page: 'roster' })}>
              <span className="logo" aria-hidden="true">
                ◆
              </span>{' '}
              Ballast
            </a>
            <nav aria-label="Main">
              <a
                href={href({ page: 'roster' })}
                aria-current={
                  route.page !== 'settings' &&
                  route.page !== 'plans' &&
                  route.page !== 'plan' &&
                  route.page !== 'import'
                    ? 'page'
                    : undefined
                }
              >
                Squad
              </a>
              <a href={href({ page: 'import' })} aria-current={route.page === 'import' ? 'page' : undefined}>
                Import / Export
              </a>
              <a
                href={href({ page: 'plans' })}
                aria-current={route.page === 'plans' || route.page === 'plan' ? 'page' : undefined}
              >
                Plans
              </a>
              <a href={href({ page: 'settings' })} aria-current={route.page === 'settings' ? 'page' : undefined}>
                Settings
              </a>
            </nav>
            {settings.coachName && <span className="coach">{settings.coachName}</span>}
            <button type="button" className="history" onClick={() => setHistoryOpen(true)}>
              Recently deleted
            </button>
          </header>
          <main className="content" id="main">
            <ErrorMessage>{read.error?.message}</ErrorMessage>
            {route.page === 'roster' && <RosterPage />}
            {route.page === 'athlete' && <AthletePage key={route.id} id={route.id} week={route.week} />}
            {route.page === 'settings' && <SettingsPage />}
            {route.page === 'plans' && <PlansPage />}
            {route.page === 'plan' && <PlanPage key={route.id} id={route.id} />}
            {route.page === 'import' && <ImportPage key={route.athleteId ?? 0} athleteId={route.athleteId} />}
          </main>
        </div>
        {toast && <Toast toast={toast} onClose={closeToast} />}
        {historyOpen && <UndoHistory onClose={() => setHistoryOpen(false)} />}
      </ToastContext.Provider>
    </SettingsContext.Provider>
  )
}
