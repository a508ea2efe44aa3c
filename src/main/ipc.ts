// Binds every contract channel to ipcMain.handle through one helper: check who sent the message,
// then dispatch (zod in, handler, zod out, Result envelope).
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { channelNames, wireName } from '../shared/channels'
import type { Handlers } from './backend'
import { dispatch } from './dispatch'

export type TrustedFrame = (frame: WebFrameMain | null) => boolean

export const registerIpc = (ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: Handlers, isTrusted: TrustedFrame): (() => void) => {
  for (const channel of channelNames) {
    ipcMain.handle(wireName(channel), (event: IpcMainInvokeEvent, input: unknown) => {
      // GHSA-mq8j-3h7h-p8g7: never act on a message from a frame that is not our own window's.
      if (!isTrusted(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: 'This message did not come from the Ballast window.' } }
      }
      return dispatch(handlers, channel, input)
    })
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(wireName(channel))
  }
}
