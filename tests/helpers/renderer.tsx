// Mounts renderer views over a real backend: window.api sends each call through dispatch to
// createBackend on a temp SQLite file, exactly the path IPC and the browser host take.
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { dispatch } from '../../src/main/dispatch'
import type { Handlers } from '../../src/main/backend'
import { channelNames } from '../../src/shared/channels'
import type { BallastApi } from '../../src/shared/api'
import { queryClient } from '../../src/renderer/src/lib/query'
import { tempBackend } from './tempdb'

export const connect = (backend: Handlers): void => {
  window.api = Object.fromEntries(
    channelNames.map((c) => [c, (input: unknown) => dispatch(backend, c, input, () => undefined)])
  ) as unknown as BallastApi
}

/** A fresh database and cache, the renderer's window.api pointing at it. */
export const realBackend = (today?: string) => {
  queryClient.clear()
  const { backend, db } = tempBackend(today)
  connect(backend)
  return { backend, db }
}

export const mount = (view: ReactNode) => render(<QueryClientProvider client={queryClient}>{view}</QueryClientProvider>)
