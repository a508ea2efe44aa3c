// One typed hook for every read channel: useRead('getSquad', { includeArchived }) caches under
// ['getSquad', { includeArchived }]; an error Result becomes the query's error, with main's message.
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { ReadChannel } from '../../../../shared/contract/invalidates'
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc'
import type { ResultError } from '../../../../shared/result'
import { call } from '../api'

/** A read that came back as an error Result: `message` is the backend's, for the coach. */
export class ReadError extends Error {
  constructor(readonly error: ResultError) {
    super(error.message)
    this.name = 'ReadError'
  }
}

export const readKey = <K extends ReadChannel>(channel: K, input: ChannelInput<K>) => [channel, input] as const

export const readOnce = async <K extends ReadChannel>(
  channel: K,
  input: ChannelInput<K>
): Promise<ChannelOutput<K>> => {
  const r = await call(channel, input)
  if (!r.ok) throw new ReadError(r.error)
  return r.value
}

export interface ReadOptions {
  /** False to wait (nothing is fetched until it turns true). */
  enabled?: boolean
  /** Poll every this many milliseconds while the view is mounted. */
  refetchInterval?: number
  /** While a new input loads, keep showing the last input's data (a filter that refetches). */
  keepPrevious?: boolean
  /**
   * Settings main reads on its own that change the answer (the week start buckets the charts' weeks):
   * part of the cache key, so a change asks again and never shows an answer for the old setting.
   */
  varies?: readonly unknown[]
}

export const useRead = <K extends ReadChannel>(
  channel: K,
  input: ChannelInput<K>,
  options: ReadOptions = {}
): UseQueryResult<ChannelOutput<K>, ReadError> =>
  useQuery<ChannelOutput<K>, ReadError>({
    queryKey: options.varies ? [...readKey(channel, input), ...options.varies] : readKey(channel, input),
    queryFn: () => readOnce(channel, input),
    enabled: options.enabled,
    refetchInterval: options.refetchInterval,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined
  })
