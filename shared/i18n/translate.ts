/** Looks up a translation key and fills `{{name}}` placeholders; an unknown key is returned as is. */
export type Messages = Record<string, string>;

export function translate(messages: Messages, key: string, params?: Record<string, string | number>): string {
  const template = messages[key] ?? key;
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
