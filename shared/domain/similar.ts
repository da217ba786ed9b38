/**
 * Whether two initiative titles are probably the same thing ("Moestuin binnentuin" and "moestuin in de binnentuin").
 */
const STOP = new Set(['de', 'het', 'een', 'in', 'op', 'van', 'voor', 'bij', 'en', 'aan', 'met']);

function words(title: string): string[] {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Same meaningful words (in any order), or the same text but for a typo or two. */
export function similarTitles(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const joinedA = [...wa].sort().join(' ');
  const joinedB = [...wb].sort().join(' ');
  if (joinedA === joinedB) return true;
  return distance(wa.join(' '), wb.join(' ')) <= Math.max(1, Math.floor(Math.min(joinedA.length, joinedB.length) / 10));
}
