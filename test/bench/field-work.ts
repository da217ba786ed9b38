/** Field-work figures: one quick-search keystroke for a complex (in the renderer) and for a resident (backend). */
import type { Backend } from '../../electron/backend/create-backend';
import { fuzzySearch } from '../../renderer/src/components/fuzzy';
import { seededRandom } from '../../shared/demo/random';
import { FIRST_NAMES, LAST_NAMES } from '../../shared/demo/catalogue';
import { type Figure, median, round, time, timeSync } from './measure';

const QUERIES = ['c15', 'linde', 'havenk', 'molenweg 1', 'kst', 'c1999', 'popul', 'esd'];

/** The complex picker filters the 2,000 complexes in the page on every keystroke. */
export async function searchComplex(backend: Backend): Promise<Figure[]> {
  const complexes = await backend.invoke('complexes:list', {});
  if (!complexes.ok) throw new Error(complexes.error.message);
  const times = QUERIES.flatMap((query) =>
    Array.from({ length: 5 }, () => timeSync(() => fuzzySearch(query, complexes.data)).ms),
  );
  return [{ name: 'search_complex_ms', value: round(median(times), 3), unit: 'ms' }];
}

/** 50,000 residents spread over the complexes, then one quick-search keystroke through the registry. */
export async function searchResident(backend: Backend, actorId: string): Promise<Figure[]> {
  const complexIds = (backend.db.prepare('SELECT id FROM complexes').all() as { id: string }[]).map((c) => c.id);
  const random = seededRandom(5);
  const insert = backend.db.prepare(
    `INSERT INTO residents (id, complex_id, name, house_number, created_at, updated_at, created_by, updated_by)
     VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-7' || substr(lower(hex(randomblob(2))),
     2) || '-8' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
             ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  backend.db.transaction(() => {
    for (let i = 0; i < 50_000; i++)
      insert.run(
        random.pick(complexIds),
        `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} ${i}`,
        String(random.int(1, 200)),
        at,
        at,
        actorId,
        actorId,
      );
  })();
  const times: number[] = [];
  for (const query of ['an', 'bra', 'de v', 'mulder', 'fat', 'kees b', 'yil', 'noor']) {
    for (let i = 0; i < 5; i++) times.push((await time(() => backend.invoke('residents:search', { query }))).ms);
  }
  return [{ name: 'search_resident_ms', value: round(median(times), 2), unit: 'ms' }];
}

/** One keystroke in the global search (Ctrl+K) at 2,000 complexes, 100,000 initiatives and 50,000 residents. */
export async function globalSearch(backend: Backend): Promise<Figure[]> {
  const times: number[] = [];
  for (const query of ['c15', 'linde', 'tuin', 'an', 'mulder', 'zz-nothing', 'havenk', 'buurt']) {
    for (let i = 0; i < 5; i++) times.push((await time(() => backend.invoke('search:global', { query }))).ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return [
    { name: 'global_search_ms', value: round(median(times), 2), unit: 'ms' },
    { name: 'global_search_p95_ms', value: round(sorted[Math.floor(sorted.length * 0.95)]!, 2), unit: 'ms' },
  ];
}
