/**
 * Three-way merge for "Opnieuw toepassen": the user's refused input, the record as the user saw it (base) and
 * as the team has it now (current). Fields the user did not change take the team's current value, so applying
 * again never undoes a colleague's change to another field; fields the user did change keep the user's value.
 * Rows are SQL rows (snake_case, JSON text for lists); inputs are contract inputs (camelCase, real lists).
 */
export function rebaseInput(
  input: Record<string, unknown>,
  base: Record<string, unknown> | null,
  current: Record<string, unknown> | null,
): Record<string, unknown> {
  if (!current) return input;
  const merged: Record<string, unknown> = { ...input };
  for (const [field, value] of Object.entries(input)) {
    if (field === 'id') continue;
    const column = snake(field);
    if (!(column in current)) continue;
    if (field === 'version') {
      merged.version = current.version;
      continue;
    }
    const changedByUser = base === null || !(column in base) || !same(value, base[column]);
    if (!changedByUser) merged[field] = asInput(value, current[column]);
  }
  return merged;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A column value in the input's shape: lists and objects are stored as JSON text. */
function asInput(like: unknown, stored: unknown): unknown {
  if (typeof like === 'object' && like !== null && typeof stored === 'string') {
    try {
      return JSON.parse(stored) as unknown;
    } catch {
      return stored;
    }
  }
  if (typeof like === 'boolean' && typeof stored === 'number') return stored === 1;
  return stored;
}

function same(value: unknown, stored: unknown): boolean {
  const normal = asInput(value, stored);
  return (
    JSON.stringify(normal) === JSON.stringify(value) ||
    (value === '' && stored === null) ||
    (value === null && stored === '')
  );
}

/** What the user changed compared with the record as they saw it: field, value before, value tried. */
export function changedFields(
  input: Record<string, unknown>,
  base: Record<string, unknown> | null,
): { field: string; from: unknown; to: unknown }[] {
  return Object.entries(input)
    .filter(([field]) => field !== 'id' && field !== 'version')
    .filter(([field, value]) => base === null || !(snake(field) in base) || !same(value, base[snake(field)]))
    .map(([field, value]) => ({
      field,
      from: base && snake(field) in base ? asInput(value, base[snake(field)]) : null,
      to: value,
    }));
}
