/** Events the backend pushes to every window after a change, so open screens refresh. */
export const EVENTS = ['complexes:changed', 'initiatives:changed', 'fieldwork:changed', 'staff:changed', 'settings:changed'] as const;
export type EventName = (typeof EVENTS)[number];
export interface EventPayload {
  ids?: string[];
}
