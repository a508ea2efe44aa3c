// Mounts renderer views the way main.tsx does: inside the app's one QueryClient, emptied first so a
// test starts with nothing cached. Pair with realApi() (tests/component/backend.ts) for window.api.
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { queryClient } from '../../src/renderer/src/lib/query'
import { SettingsContext } from '../../src/renderer/src/lib/settings'
import { defaultSettings, type Settings } from '../../src/shared/domain'
import { realApi } from '../component/backend'

/** A fresh database behind window.api and an empty cache; `call` reaches the backend directly. */
export const realBackend = (today?: string) => {
  queryClient.clear()
  return realApi(today)
}

export const mount = (view: ReactNode) => render(<QueryClientProvider client={queryClient}>{view}</QueryClientProvider>)

/** Writes down every channel the page calls on window.api; the backend behind it answers as before. */
export const countCalls = (): string[] => {
  const api = (window as unknown as { api: Record<string, (input: unknown) => unknown> }).api
  const calls: string[] = []
  ;(window as unknown as { api: unknown }).api = new Proxy(
    {},
    {
      get: (_, channel: string) => (input: unknown) => {
        calls.push(channel)
        return api[channel](input)
      }
    }
  )
  return calls
}

/** Settings the test can change while a view is mounted, as the Settings page would (no call to main). */
export const switchableSettings = () => {
  let set: (s: Settings) => void = () => undefined
  const WithSettings = ({ children }: { children: ReactNode }) => {
    const [settings, setSettings] = useState<Settings>(defaultSettings)
    set = setSettings
    return <SettingsContext.Provider value={{ settings, setSettings }}>{children}</SettingsContext.Provider>
  }
  return { WithSettings, switchTo: (s: Settings) => set(s) }
}
