import { StrictMode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { installHttpApi } from '../../host/client'
import { App } from './App'
import { queryClient } from './lib/query'
// The style sheets, in the order the cascade needs (one file per area, each under 300 lines).
import './styles/01-base.css'
import './styles/02-blocks.css'
import './styles/03-warnings.css'
import './styles/04-squad.css'
import './styles/05-import.css'
import './styles/06-charts.css'
import './styles/07-plans.css'
import './styles/08-plan-details.css'
import './styles/09-access.css'

// Electron's preload gives the page its api; in the browser host the page speaks HTTP to the host.
installHttpApi()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
)
