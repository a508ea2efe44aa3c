// Mounts renderer views the way main.tsx does: inside the app's one QueryClient, emptied first so a
// test starts with nothing cached. Pair with realApi() (tests/component/backend.ts) for window.api.
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { queryClient } from '../../src/renderer/src/lib/query'
import { realApi } from '../component/backend'

/** A fresh database behind window.api and an empty cache; `call` reaches the backend directly. */
export const realBackend = (today?: string) => {
  queryClient.clear()
  return realApi(today)
}

export const mount = (view: ReactNode) => render(<QueryClientProvider client={queryClient}>{view}</QueryClientProvider>)
