// Binds every contract channel to ipcMain.handle through one helper: check who sent the message,
// then hand it to the backend (in Electron, the backend process runs dispatch: zod in, handler, zod
// out, Result envelope). Main itself never runs a handler.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { channelNames, wireName, type ChannelName } from '../shared/channels'
import type { Result } from '../shared/result'

export type TrustedFrame = (frame: WebFrameMain | null) => boolean
/** Where a checked message goes: the backend runner's call (or, in tests, dispatch on a backend). */
export type ForwardCall = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>

export const registerIpc = (
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  call: ForwardCall,
  isTrusted: TrustedFrame
): (() => void) => {
  for (const channel of channelNames) {
    ipcMain.handle(wireName(channel), (event: IpcMainInvokeEvent, input: unknown) => {
      // GHSA-mq8j-3h7h-p8g7: never act on a message from a frame that is not our own window's.
      if (!isTrusted(event.senderFrame)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This message did not come from the Ballast window.' }
        }
      }
      return call(channel, input)
    })
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(wireName(channel))
  }
}
