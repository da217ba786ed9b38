import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import { EVENTS, type EventName } from '../../../shared/contract/events';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods';
import { bridge, call, type ApiError } from '../bridge/api';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

/** Reads a contract method through the query cache; the key is the method and its input. */
export function useCall<M extends MethodName>(
  method: M,
  input?: MethodInput<M>,
  options: Partial<UseQueryOptions<MethodOutput<M>, ApiError>> = {},
) {
  return useQuery<MethodOutput<M>, ApiError>({ queryKey: [method, input ?? {}], queryFn: () => call(method, input), ...options });
}

const EVENT_OF_NAMESPACE: Record<string, EventName> = {
  complexes: 'complexes:changed',
  initiatives: 'initiatives:changed',
  advice: 'initiatives:changed',
  visits: 'initiatives:changed',
  budgets: 'initiatives:changed',
  grants: 'initiatives:changed',
  inKind: 'initiatives:changed',
  effort: 'initiatives:changed',
  policies: 'initiatives:changed',
  liability: 'initiatives:changed',
  agreements: 'initiatives:changed',
  allowanceLimits: 'initiatives:changed',
  residents: 'fieldwork:changed',
  people: 'fieldwork:changed',
  followUps: 'fieldwork:changed',
  drafts: 'fieldwork:changed',
  staff: 'staff:changed',
  session: 'staff:changed',
  settings: 'settings:changed',
  views: 'settings:changed',
};

/**
 * Runs a contract method that changes data. Other windows refresh through the backend's change events; this
 * one also refreshes at once on success, so it never waits for the event stream.
 */
export function useCommand<M extends MethodName>(method: M) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => {
      const event = EVENT_OF_NAMESPACE[method.split(':')[0]!];
      if (event) void client.invalidateQueries({ predicate: (query) => STALE_AFTER[event](String(query.queryKey[0])) });
    },
  });
}

// Which cached methods each change event makes stale. Complexes show initiative counts and initiatives show
// complex names, so a change to either refreshes both; settings only touch the session.
const CASES = /^(complexes|initiatives|dashboard|report|audit|timeline|work|people|visits|followUps|residents|budgets|money|policies|liability|agreements|requirements|allowanceLimits):/;
const STALE_AFTER: Record<EventName, (method: string) => boolean> = {
  'complexes:changed': (method) => CASES.test(method),
  'initiatives:changed': (method) => CASES.test(method),
  'fieldwork:changed': (method) => /^(residents|people|visits|followUps|drafts|work|timeline|audit):/.test(method),
  'staff:changed': (method) => /^(staff|session):/.test(method),
  'settings:changed': (method) => method === 'session:get' || method.startsWith('views:'),
};

/** Keeps every open screen current: a change event, from this window or another, refetches what it affects. */
export function useLiveRefresh() {
  const client = useQueryClient();
  useEffect(() => {
    const stops = EVENTS.map((event) =>
      bridge.on(event, () => void client.invalidateQueries({ predicate: (query) => STALE_AFTER[event](String(query.queryKey[0])) })),
    );
    return () => stops.forEach((stop) => stop());
  }, [client]);
}
