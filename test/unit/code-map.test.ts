import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/methods';

const root = path.resolve(__dirname, '../..');
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The rows of the table in docs/code-map.md: area, namespaces, repositories, screens. */
function codeMap() {
  const text = readFileSync(path.join(root, 'docs/code-map.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [area, namespaces, repositories, screens] = line
        .split('|')
        .slice(1, 5)
        .map((cell) => names(cell));
      return { area: area![0]!, namespaces: namespaces!, repositories: repositories!, screens: screens! };
    });
}

/** The one export of a module whose name ends with `suffix` (the area's method map or handler group). */
async function exported(file: string, suffix: string): Promise<Record<string, unknown>> {
  const module = (await import(file)) as Record<string, Record<string, unknown>>;
  const found = Object.entries(module).filter(([name]) => name.endsWith(suffix));
  expect(found, `${file} exports one …${suffix}`).toHaveLength(1);
  return found[0]![1];
}

const namespaceOf = (method: string) => method.split(':')[0]!;

describe('the code map', () => {
  const rows = codeMap();

  it('names every area once, and the areas hold every method of the contract', () => {
    expect(new Set(rows.map((r) => r.area)).size).toBe(rows.length);
    const mapped = rows.flatMap((r) => r.namespaces).sort();
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(mapped).toEqual([...new Set(Object.keys(methods).map(namespaceOf))].sort());
  });

  it.each(rows.map((r) => [r.area, r] as const))(
    'area %s: its contract file declares exactly its namespaces, and its handler file handles exactly those methods',
    async (area, row) => {
      const declared = await exported(path.join(root, 'shared/contract', `${area}.ts`), 'Methods');
      expect([...new Set(Object.keys(declared).map(namespaceOf))].sort()).toEqual([...row.namespaces].sort());
      const handled = await exported(path.join(root, 'electron/backend/handlers', `${area}.ts`), 'Handlers');
      expect(Object.keys(handled).sort()).toEqual(Object.keys(declared).sort());
    },
  );

  it('points to repositories and screens that exist', () => {
    for (const row of rows) {
      for (const repository of row.repositories) {
        const candidates = [`electron/backend/db/repositories/${repository}.ts`, `electron/backend/${repository}`];
        expect(
          candidates.some((file) => existsSync(path.join(root, file))),
          repository,
        ).toBe(true);
      }
      for (const screen of row.screens) {
        const candidates = [`renderer/src/features/${screen}`, `renderer/src/${screen}`, `renderer/src/${screen}.tsx`];
        expect(
          candidates.some((file) => existsSync(path.join(root, file))),
          screen,
        ).toBe(true);
      }
    }
  });
});
