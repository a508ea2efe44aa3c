// For a component that fetches on its own (AthleteCharts keeps its fetch for now): a number that
// changes each time a change invalidates `channel`, to pass where it takes a `version`.
import { useQuery } from '@tanstack/react-query'
import type { ReadChannel } from '../../../../shared/contract/invalidates'

let stamps = 0

export const useChangeStamp = (channel: ReadChannel): number =>
  // Keyed under the channel, so invalidating [channel] refetches this too and the stamp moves on.
  useQuery({ queryKey: [channel, '(change stamp)'], queryFn: () => ++stamps, initialData: 0, staleTime: Infinity }).data
