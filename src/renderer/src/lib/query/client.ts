// The renderer's one cache of backend reads. Keys are [channel, input]; after a change, lib/api.ts
// refetches the reads src/shared/contract/invalidates.ts names for that channel.
import { QueryClient } from '@tanstack/react-query'
import type { ChannelName } from '../../../../shared/channels'
import { invalidates, isReadChannel, type ReadChannel } from '../../../../shared/contract/invalidates'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A backend error is an answer (not found, bad input), not a flaky network: show it at once.
      retry: false,
      // Data changes only through this app's own calls (or a push from main), never behind its back.
      refetchOnWindowFocus: false
    }
  }
})

/** The reads a channel's ok result makes stale (none for a read). */
export const staleAfter = (channel: ChannelName): readonly ReadChannel[] =>
  isReadChannel(channel) ? [] : [...new Set(invalidates[channel])]

/**
 * Marks every cached read of these channels stale (whatever its input) and refetches the ones a view
 * shows now; resolves once those are fresh.
 */
export const refreshReads = async (channels: readonly ReadChannel[]): Promise<void> => {
  await Promise.all(channels.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
}
