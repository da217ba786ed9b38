import type { SamenspelBridge } from '../../../shared/contract/bridge';
import type { Result } from '../../../shared/contract/errors';
import { EVENTS, type EventName, type EventPayload } from '../../../shared/contract/events';
import { UPLOAD_METHODS } from '../../../shared/contract/upload';

/**
 * Browser mode's bridge: POSTs to the local server, which knows this page by its HTTP-only token cookie,
 * and listens to the server's event stream.
 */
export function createHttpBridge(): SamenspelBridge {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: EventPayload) => void>>();

  function ensureStream() {
    if (source) return;
    source = new EventSource('/api/events');
    for (const event of EVENTS) {
      source.addEventListener(event, (message) => {
        const payload = JSON.parse((message as MessageEvent<string>).data) as EventPayload;
        listeners.get(event)?.forEach((listener) => listener(payload));
      });
    }
  }

  return {
    transport: 'browser',
    async call(method, input) {
      let response: Response;
      try {
        // Uploads are the one call allowed a larger body, on their own route.
        response = await fetch(UPLOAD_METHODS.includes(method) ? '/api/upload' : '/api/call', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ method, input }),
          credentials: 'same-origin',
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', messageKey: 'err.network', message: 'err.network' } };
      }
      return (await response.json()) as Result<unknown>;
    },
    on(event, listener) {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
