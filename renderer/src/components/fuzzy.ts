/**
 * Fuzzy matching for the complex picker: a code prefix beats a word prefix, which beats a substring, which
 * beats the letters in order ("lnd4" finds "Lindelaan 4"). Pure, so it is unit-tested and benchmarked.
 */
export interface Searchable {
  id: string;
  code: string;
  name: string;
  address: string;
}

function subsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at] && ++at === needle.length) return true;
  return needle.length === 0;
}

export function fuzzyScore(query: string, item: Searchable): number {
  const q = query.trim().toLowerCase();
  if (!q) return 1;
  const code = item.code.toLowerCase();
  const text = `${item.name} ${item.address}`.toLowerCase();
  if (code === q) return 100;
  if (code.startsWith(q)) return 90;
  if (text.split(/\s+/).some((word) => word.startsWith(q))) return 70;
  if (text.includes(q) || code.includes(q)) return 50;
  if (subsequence(q, `${code} ${text}`)) return 20;
  return 0;
}

/** The best matches, best first; ties keep the code order. */
export function fuzzySearch<T extends Searchable>(query: string, items: readonly T[], limit = 8): T[] {
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const score = fuzzyScore(query, item);
    if (score > 0) scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || a.item.code.localeCompare(b.item.code));
  return scored.slice(0, limit).map((s) => s.item);
}
