/**
 * Fuzzy matching for the complex picker: the code first (exact, then prefix), then the name (exact, prefix, a word,
 * inside it), then the address, then the letters in order ("lnd4" finds "Lindelaan 4"). So "havenkade 1" picks the
 * complex called Havenkade 1 over one whose address is Havenkade 1. Pure, so it is unit-tested and benchmarked.
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
  const name = item.name.toLowerCase();
  const address = item.address.toLowerCase();
  const wordStarts = (text: string) => text.split(/\s+/).some((word) => word.startsWith(q));
  if (code === q) return 100;
  if (code.startsWith(q)) return 90;
  if (name === q) return 85;
  if (name.startsWith(q)) return 80;
  if (wordStarts(name)) return 70;
  if (name.includes(q)) return 60;
  if (address.startsWith(q) || wordStarts(address)) return 50;
  if (address.includes(q) || code.includes(q)) return 40;
  if (subsequence(q, `${code} ${name} ${address}`)) return 20;
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
