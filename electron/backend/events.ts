import type { EventName, EventPayload } from '../../shared/contract/events';

export type EventListener = (event: EventName, payload: EventPayload) => void;

/** Fans backend events out to every transport (IPC windows, browser-mode event streams, tests). */
export function createEventHub() {
  const listeners = new Set<EventListener>();
  return {
    emit(event: EventName, payload: EventPayload = {}) {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
