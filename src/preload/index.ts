// The only bridge between the page and main: one `api` object with a method per contract
// channel. No generic pass-through, no Node APIs, no runtime requires (the preload is sandboxed).
import { contextBridge, ipcRenderer } from 'electron'
import type { BallastApi } from '../shared/api'
import { channelNames, wireName } from '../shared/channels'

const api = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(wireName(channel), input)])
) as BallastApi

contextBridge.exposeInMainWorld('api', api)
