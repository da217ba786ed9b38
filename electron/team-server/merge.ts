import type { MergeReport } from '../../shared/contract/team-protocol';
import type { Db } from '../backend/db/connection';
import { TEAM_SETTINGS, type SyncRow } from '../backend/sync/rows';
/** What people call the same record where no unique index says so: a staff member by name. */
const NATURAL_KEYS: Record<string, string[]> = { staff: ['name'] };

/** The merge does not fit the team's rules; nothing of it was applied. */
export class MergeRefused extends Error {
  constructor(
    readonly tbl: string,
    /** A message key under `err.team.mergeReason.`: why the row did not fit, in words for the teamleider. */
    readonly reason: string,
  ) {
    super(`merge refused in ${tbl}: ${reason}`);
    this.name = 'MergeRefused';
  }
}

/** SQLite's words for a refused row, as one of the reasons a person can act on. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/over-allocated|overspent/.test(text)) return 'budget';
  if (/UNIQUE/.test(text)) return 'unique';
  if (/FOREIGN KEY|another complex|erased/.test(text)) return 'reference';
  return 'rule';
}

interface Matcher {
  columns: string[];
  find: (values: unknown[]) => string | undefined;
}

/** Tables in an order where a row's parents come before it (references within a table or in a cycle aside). */
function parentsFirst(db: Db, names: string[]): string[] {
  const references = db.prepare<[string], { table: string }>('SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)');
  const parentsOf = (name: string) =>
    references
      .all(name)
      .map((r) => r.table)
      .filter((p) => p !== name && names.includes(p));
  const parents = new Map(names.map((name) => [name, parentsOf(name)]));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}

/**
 * How a laptop's row may already be in the team under another id: by each unique index of its table (a complex by
 * its code, a budget by complex and year, a partner by wijk and name) and by the natural keys above.
 */
function matchersOf(db: Db, tbl: string, key: string): Matcher[] {
  const indexes = db
    .prepare<[string], { name: string; unique: number; origin: string; partial: number }>(
      'SELECT name, "unique", origin, partial FROM pragma_index_list(?)',
    )
    .all(tbl);
  const indexColumns = db.prepare<[string], { name: string | null }>(
    'SELECT name FROM pragma_index_info(?) ORDER BY seqno',
  );
  const indexSql = db.prepare<[string], { sql: string }>(
    "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
  );
  const found: { columns: string[]; where: string }[] = [];
  for (const index of indexes.filter((i) => i.unique && i.origin !== 'pk')) {
    const columns = indexColumns.all(index.name).map((c) => c.name);
    if (columns.some((c) => c === null)) continue;
    const sql = index.partial ? indexSql.get(index.name)?.sql : undefined;
    const where = sql ? (/\)\s+WHERE\s+([\s\S]+)$/i.exec(sql)?.[1] ?? '1') : '1';
    found.push({ columns: columns as string[], where });
  }
  if (NATURAL_KEYS[tbl]) found.push({ columns: NATURAL_KEYS[tbl], where: '1' });
  return found.map(({ columns, where }) => {
    // SECURITY: table and column names come from the schema, never from the laptop's rows.
    const equal = columns.map((c) => `"${c}" = ?`).join(' AND ');
    const statement = db.prepare(`SELECT "${key}" AS key FROM "${tbl}" WHERE ${equal} AND (${where}) LIMIT 1`);
    return { columns, find: (values) => (statement.get(...values) as { key: string } | undefined)?.key };
  });
}

/** The team's key of the first matcher that finds the row (a matcher with an empty column cannot). */
function firstMatch(matchers: Matcher[], row: Record<string, unknown>): string | undefined {
  for (const { columns, find } of matchers) {
    if (columns.some((c) => row[c] == null)) continue;
    const key = find(columns.map((c) => row[c]));
    if (key) return key;
  }
  return undefined;
}

/**
 * Brings a laptop's solo rows into a team that has data of its own, inside the caller's transaction: a row that the
 * team already has under another id (a complex with the same code) is matched and every reference to it is
 * rewritten to the team's id; the rest is added with every trigger, CHECK and foreign key of the team in force, so
 * the team's rules hold (a grant on a budget the team already spent is refused, and with it the whole merge).
 */
export function mergeRows(db: Db, staged: readonly SyncRow[]): MergeReport {
  const byTable = new Map<string, Record<string, unknown>[]>();
  for (const row of staged) {
    if (!row.data) continue;
    const rows = byTable.get(row.tbl);
    if (rows) rows.push(row.data);
    else byTable.set(row.tbl, [row.data]);
  }
  const ids = new Map<string, string>();
  const rewrite = (value: unknown) => (typeof value === 'string' ? (ids.get(value) ?? value) : value);
  const report: MergeReport = { tables: [], matchedComplexes: [], keptSettings: [] };
  // Checked once at the end instead of per row: a row may name one later in its own table.
  db.pragma('defer_foreign_keys = ON');
  for (const tbl of parentsFirst(db, [...byTable.keys()])) {
    const rows = byTable.get(tbl)!;
    if (TEAM_SETTINGS.has(tbl)) {
      report.keptSettings.push(tbl);
      continue;
    }
    const columns = db
      .prepare<[string], { name: string; pk: number }>('SELECT name, pk FROM pragma_table_info(?)')
      .all(tbl);
    const keys = columns.filter((c) => c.pk > 0).map((c) => c.name);
    const single = keys.length === 1 ? keys[0]! : null;
    const matchers = single ? matchersOf(db, tbl, single) : [];
    const exists = db.prepare(`SELECT 1 FROM "${tbl}" WHERE ${keys.map((k) => `"${k}" = ?`).join(' AND ')}`);
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const insert = db.prepare(`INSERT INTO "${tbl}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
    const counts = { tbl, added: 0, matched: 0, alreadyThere: 0 };
    for (const original of rows) {
      const row = Object.fromEntries(columns.map((c) => [c.name, rewrite(original[c.name])]));
      if (exists.get(...keys.map((k) => row[k]))) {
        counts.alreadyThere++;
        continue;
      }
      const match = firstMatch(matchers, row);
      if (match && single) {
        ids.set(String(original[single]), match);
        counts.matched++;
        if (tbl === 'complexes') report.matchedComplexes.push({ code: String(row.code), name: String(row.name) });
        continue;
      }
      try {
        insert.run(...columns.map((c) => row[c.name]));
      } catch (error) {
        throw new MergeRefused(tbl, reasonOf(error));
      }
      counts.added++;
    }
    report.tables.push(counts);
  }
  // Every reference must lead to a row of the team now; the first one that does not stops the merge.
  const brokenReference = db.prepare<[string], { table: string; parent: string }>(
    'SELECT "table", parent FROM pragma_foreign_key_check(?) LIMIT 1',
  );
  for (const tbl of byTable.keys()) {
    const broken = brokenReference.get(tbl);
    if (broken) throw new MergeRefused(broken.table, 'reference');
  }
  return report;
}

/** Whether an error is PostgreSQL refusing to allocate more than a budget holds (the team's one budget rule). */
export function isBudgetCheck(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { constraint?: string }).constraint === 'budget_not_overallocated'
  );
}
