import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installHttpApi } from '../../host/client'
import { App } from './App'
import './styles.css'

// Electron's preload gives the page its api; in the browser host the page speaks HTTP to the host.
installHttpApi()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
