import { formatDay } from './display';
/** Looks up a translation key and fills `{{name}}` placeholders; an unknown key is returned as is. */
export type Messages = Record<string, string>;

export function translate(messages: Messages, key: string, params?: Record<string, string | number>): string {
  const template = messages[key] ?? key;
  if (!params) return template;
  // `{{validTo, day}}` writes an ISO date as a Dutch date ("20 dec 2026"), like the UI's formatter of that name.
  return template.replace(/\{\{(\w+)(?:, *(day))?\}\}/g, (whole, name: string, format?: string) =>
    name in params ? (format === 'day' ? formatDay(String(params[name]), 'nl') : String(params[name])) : whole,
  );
}
