import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type MutateOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { AREAS, eventOf, type Area } from '../../../shared/contract/events';
import { isCommand } from '../../../shared/contract/method';
import type * as Contract from '../../../shared/contract/methods';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods';
import { bridge, call, type ApiError } from '../bridge/api';
import type { FormState } from './use-form-errors';

/**
 * The method table (what each method reads and changes) comes with every input schema of the contract, and
 * building those took about 45 ms of the first screen. So it loads at the first command or change event (or with
 * the first page that has a form); refreshing waits for it.
 */
let contractLoad: Promise<typeof Contract> | undefined;
const contract = () => (contractLoad ??= import('../../../shared/contract/methods'));

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

/** The cache entry of a read: its key is the method and its input. */
const readOf = <M extends MethodName>(method: M, input?: MethodInput<M>) => ({
  queryKey: [method, input ?? {}],
  queryFn: () => call(method, input),
});

/** Reads a contract method through the query cache. */
export function useCall<M extends MethodName>(
  method: M,
  input?: MethodInput<M>,
  options: Partial<UseQueryOptions<MethodOutput<M>, ApiError>> = {},
) {
  return useQuery<MethodOutput<M>, ApiError>({ ...readOf(method, input), ...options });
}

/** Asks for a read before any component does (at start-up), into the entry `useCall` will find. */
export function prefetchCall<M extends MethodName>(method: M, input?: MethodInput<M>) {
  void queryClient.prefetchQuery(readOf(method, input));
}

/**
 * Runs a contract method that changes data. Other windows refresh through the backend's change events; this
 * one also refreshes at once on success, so it never waits for the event stream.
 */
export function useCommand<M extends MethodName>(method: M) {
  const client = useQueryClient();
  const mutation = useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      const { effects } = (await contract()).methods[method];
      if (isCommand(effects)) for (const area of effects.changes) refresh(client, area);
    },
  });
  /**
   * Sends what a form collected after checking it with this method's own schema; what is wrong is shown beside
   * its field by `form` and nothing is sent.
   */
  async function submit(
    values: unknown,
    form: FormState,
    options?: MutateOptions<MethodOutput<M>, ApiError, MethodInput<M>>,
  ) {
    const input = form.validate((await contract()).methods[method].input, values);
    // What the schema parsed is a valid input of the same schema; TypeScript cannot follow that through `M`.
    if (input !== null) mutation.mutate(input as MethodInput<M>, options);
  }
  return { ...mutation, submit };
}

/** Refetches every cached query whose method declares that it reads `area`. */
function refresh(client: QueryClient, area: Area) {
  void contract().then(({ isMethodName, methods }) => {
    const reads = (method: string) => {
      if (!isMethodName(method)) return false;
      const { effects } = methods[method];
      return !isCommand(effects) && effects.reads.includes(area);
    };
    return client.invalidateQueries({ predicate: (query) => reads(String(query.queryKey[0])) });
  });
}

/** Keeps every open screen current: a change event, from this window or another, refetches what it affects. */
export function useLiveRefresh() {
  const client = useQueryClient();
  useEffect(() => {
    const stops = AREAS.map((area) => bridge.on(eventOf(area), () => refresh(client, area)));
    return () => stops.forEach((stop) => stop());
  }, [client]);
}
