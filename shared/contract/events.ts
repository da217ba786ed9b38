/**
 * The areas of data a method reads or changes. A command declares the areas it changes; the registry emits
 * `<area>:changed` after it succeeds, and every window refreshes the queries that declared they read that area.
 */
export const AREAS = ['complexes', 'initiatives', 'fieldwork', 'staff', 'settings', 'team'] as const;
export type Area = (typeof AREAS)[number];

/** Events the backend pushes to every window after a change, so open screens refresh. */
export const EVENTS = AREAS.map((area) => `${area}:changed` as const);
/** Asks the window to show Mijn werk: the desktop's reminder of due follow-ups was clicked. */
export const OPEN_MY_WORK = 'work:open';
export type EventName = `${Area}:changed` | typeof OPEN_MY_WORK;
export interface EventPayload {
  ids?: string[];
}

export const eventOf = (area: Area): EventName => `${area}:changed`;
