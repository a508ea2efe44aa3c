import { createContext, useContext } from 'react'
import { defaultSettings, type Settings } from '../../../shared/domain'

export const SettingsContext = createContext<{ settings: Settings; setSettings: (s: Settings) => void }>({
  settings: defaultSettings,
  setSettings: () => undefined
})

export const useSettings = () => useContext(SettingsContext)
