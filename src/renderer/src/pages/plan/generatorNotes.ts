// The generator's notes for a plan just generated ("why no weights", "week 6 softened"): generatePlan
// returns them once; the plan's stored notes hold them too, joined, where they cannot be told from the
// coach's own lines. Kept in the query cache (not under a channel, so no change invalidates them) for
// the rest of the session, so the plan page can show them in their own box.
import { useQuery } from '@tanstack/react-query'
import type { PlanDetail } from '../../../../shared/contract/plan'
import { queryClient, readKey } from '../../lib/query'

const notesKey = (planId: number) => ['generatorNotes', planId] as const
queryClient.setQueryDefaults(['generatorNotes'], { staleTime: Infinity, gcTime: Infinity })

/** After generatePlan: remember its notes, and seed the plan view with the detail already in hand. */
export const rememberGenerated = (d: PlanDetail): void => {
  queryClient.setQueryData(notesKey(d.plan.id), d.generatorNotes)
  queryClient.setQueryData(readKey('getPlan', { id: d.plan.id }), d)
}

const none: string[] = []

/** The notes of this session's last generator run for the plan, or none. */
export const useGeneratorNotes = (planId: number): string[] =>
  useQuery({
    queryKey: notesKey(planId),
    queryFn: () => none
  }).data ?? none
