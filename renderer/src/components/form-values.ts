/** Reads a number typed by a person: accepts a Dutch decimal comma; leaves non-numbers for validation to name. */
export function parseNumberInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isNaN(value) ? trimmed : value;
}

/** An empty select or date input means "not set". */
export const emptyToNull = (value: string): string | null => (value === '' ? null : value);
