import { StrictMode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { installHttpApi } from '../../host/client'
import { App } from './App'
import { queryClient } from './lib/query'
import './styles.css'

// Electron's preload gives the page its api; in the browser host the page speaks HTTP to the host.
installHttpApi()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
)
