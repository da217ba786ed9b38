/**
 * Serialises a call result as JSON in pieces. A list of 100,000 initiatives is ~50 MB of JSON; as one string
 * that would double the backend's memory for a moment, so long lists go out a few thousand rows at a time.
 */
export function* jsonChunks(value: unknown, rowsPerChunk = 2_000): Generator<string> {
  const data = (value as { ok?: unknown; data?: unknown }).data;
  if ((value as { ok?: unknown }).ok !== true || !Array.isArray(data) || data.length <= rowsPerChunk) {
    yield JSON.stringify(value);
    return;
  }
  yield '{"ok":true,"data":[';
  for (let start = 0; start < data.length; start += rowsPerChunk) {
    const rows = data.slice(start, start + rowsPerChunk).map((row) => JSON.stringify(row));
    yield (start > 0 ? ',' : '') + rows.join(',');
  }
  yield ']}';
}
