import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../electron/backend/db/repositories';
import { listInPieces, tableInPieces } from '../../electron/backend/handlers/initiatives';
import { readInPieces } from '../../electron/backend/pacing';
import { rowsOf } from '../../shared/contract/row-table';
import type { ResidentCursor } from '../../electron/backend/db/repositories/residents';
import type { ClosedCaseCursor } from '../../electron/backend/db/repositories/reciprocity';
import { summarizeEvidence } from '../../shared/domain/reciprocity';
import { sampleComplex, startInitializedBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('long lists read in pieces (other calls get their turn between pieces)', () => {
  it('grid table and list: every initiative once, newest first, for any piece size, cursor and limit', async () => {
    ({ backend } = await startInitializedBackend());
    const complexes = [
      await backend.ok('complexes:create', sampleComplex({ code: 'P1' })),
      await backend.ok('complexes:create', sampleComplex({ code: 'P2' })),
    ];
    for (let i = 0; i < 13; i++)
      await backend.ok('initiatives:create', {
        complexId: complexes[i % 2]!.id,
        title: `Initiatief ${i}`,
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      });
    const { initiatives } = createRepositories(backend.db);
    const ids = async (filter: Parameters<typeof tableInPieces>[1], perPiece: number) =>
      rowsOf(await tableInPieces(initiatives, filter, perPiece)).map((r) => r.id);
    const all = await ids({}, 100);
    expect(all).toHaveLength(13);
    expect([...all].sort().reverse()).toEqual(all);
    expect(rowsOf(await backend.ok('initiatives:table', {})).map((r) => r.id)).toEqual(all);
    for (const perPiece of [1, 2, 5])
      for (const filter of [{}, { limit: 4 }, { limit: 13 }, { limit: 20 }, { before: all[3]!, limit: 6 }]) {
        const expected = all.filter((id) => id < (filter.before ?? 'g')).slice(0, filter.limit ?? 99);
        expect(await ids(filter, perPiece)).toEqual(expected);
      }
    const ofP2 = await ids({ complexId: complexes[1]!.id }, 2);
    expect(ofP2).toHaveLength(6);
    expect(ofP2).toEqual(all.filter((id) => ofP2.includes(id)));
    // The same rows as objects (initiatives:list), in the same pieces.
    const objects = await backend.ok('initiatives:list', {});
    expect(objects.map((r) => r.id)).toEqual(all);
    for (const perPiece of [1, 3])
      for (const filter of [{}, { limit: 5 }, { before: all[3]!, limit: 6 }, { complexId: complexes[1]!.id }])
        expect(await listInPieces(initiatives, filter, perPiece)).toEqual(
          objects
            .filter((r) => r.id < (filter.before ?? 'g') && (!filter.complexId || r.complexId === filter.complexId))
            .slice(0, filter.limit ?? 99),
        );
  });

  it('everyone in the residents list once, by name in any case, whatever the piece size', async () => {
    ({ backend } = await startInitializedBackend());
    const complexes = [
      await backend.ok('complexes:create', sampleComplex({ code: 'R1' })),
      await backend.ok('complexes:create', sampleComplex({ code: 'R2' })),
    ];
    const names = ['anna', 'Anna', 'Bert', 'anna', 'zoë', 'Zoë', 'Cor', 'bert', 'Ab'];
    for (const [i, name] of names.entries())
      await backend.ok('residents:create', {
        complexId: complexes[i % 2]!.id,
        name,
        houseNumber: String(i),
        confirmDuplicate: true,
      });
    const { residents } = createRepositories(backend.db);
    const whole = residents.listPiece(null, 1_000).items;
    expect(whole.map((r) => r.name.toLowerCase())).toEqual(names.map((n) => n.toLowerCase()).sort());
    expect((await backend.ok('residents:list', {})).map((r) => r.id)).toEqual(whole.map((r) => r.id));
    for (const perPiece of [1, 2, 4]) {
      const read = await readInPieces((after: ResidentCursor | null) => residents.listPiece(after, perPiece));
      expect(read.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    }
  });

  it('the closed cases of "wat werkte waar": every one once, whatever the piece size', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    const { reciprocity } = createRepositories(backend.db);
    const read = (perPiece: number) =>
      readInPieces((after: ClosedCaseCursor | null) => reciprocity.closedCasesPiece(after, perPiece));
    const whole = await read(100_000);
    expect(whole.length).toBeGreaterThan(10);
    expect(new Set(whole.map((c) => c.practiceType)).size).toBeGreaterThan(1);
    for (const perPiece of [1, 3, 7]) expect(await read(perPiece)).toEqual(whole);
    expect(await backend.ok('evidence:table', {})).toEqual(summarizeEvidence(whole));
  });
});
