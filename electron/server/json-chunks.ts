/**
 * Serialises a call result as JSON in pieces. A list of 100,000 initiatives is ~50 MB of JSON as objects and a
 * grid's table carries its rows as 31 MB of JSON text; as one string either would double the backend's memory
 * for a moment, so long lists go out a few thousand rows at a time and long texts a megabyte at a time.
 */
export function* jsonChunks(value: unknown, rowsPerChunk = 2_000, charsPerChunk = 1 << 20): Generator<string> {
  const { ok, data } = value as { ok?: unknown; data?: unknown };
  if (ok !== true) {
    yield JSON.stringify(value);
  } else if (Array.isArray(data) && data.length > rowsPerChunk) {
    yield '{"ok":true,"data":[';
    for (let start = 0; start < data.length; start += rowsPerChunk) {
      const rows = data.slice(start, start + rowsPerChunk).map((row) => JSON.stringify(row));
      yield (start > 0 ? ',' : '') + rows.join(',');
    }
    yield ']}';
  } else if (hasLongText(data, charsPerChunk)) {
    yield '{"ok":true,"data":{';
    let first = true;
    for (const [key, field] of Object.entries(data)) {
      if (field === undefined || typeof field === 'function') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (typeof field === 'string' && field.length > charsPerChunk) yield* textChunks(field, charsPerChunk);
      else yield JSON.stringify(field);
    }
    yield '}}';
  } else {
    yield JSON.stringify(value);
  }
}

function hasLongText(data: unknown, charsPerChunk: number): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  return Object.values(data).some((field) => typeof field === 'string' && field.length > charsPerChunk);
}

/** A JSON string literal in slices; a slice never ends between the two halves of a surrogate pair. */
function* textChunks(text: string, charsPerChunk: number): Generator<string> {
  yield '"';
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + charsPerChunk, text.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    yield JSON.stringify(text.slice(start, end)).slice(1, -1);
    start = end;
  }
  yield '"';
}
