import type { Db } from '../db/connection';

/** A row of a synced table as it travels between laptop and team server: its table, key and columns. */
export interface SyncRow {
  tbl: string;
  /** The primary key's values as a JSON array, e.g. `["0190…"]` or `["visit-id","initiative-id"]`. */
  key: string;
  /** The row's columns by their SQL names; null when the row was deleted. */
  data: Record<string, unknown> | null;
}

/** A row a command touched, with its columns as JSON from before the command (null for a new row). */
export interface Touched {
  tbl: string;
  key: string;
  before: string | null;
}

/** Tables that stay on the laptop: drafts are personal work in progress, views and sync bookkeeping are local. */
const LOCAL_TABLES = new Set([
  'drafts',
  'saved_views',
  'sync_guard',
  'sync_state',
  'sync_queue',
  'sqlite_sequence',
  'server_cursor',
]);

/** Rows that carry residents' personal data; a wijkbeheerder receives only those of her own wijken. */
export const PERSONAL_TABLES = new Set([
  'residents',
  'initiative_people',
  'visit_residents',
  'agreements',
  'follow_ups',
  'welcomes',
  'promises',
  'appreciations',
]);

/**
 * The team's settings (advice rules, the welcome template, allowance limits): migrations give every database the
 * same defaults, the team server stores its own values from the start, and a merging laptop never replaces them.
 */
export const TEAM_SETTINGS = new Set(['rule_sets', 'welcome_steps', 'allowance_limits']);

interface TableInfo {
  name: string;
  columns: string[];
  keyColumns: string[];
}

/** The synced tables of this schema with their columns and primary keys, read from SQLite itself. */
export function syncedTables(db: Db): Map<string, TableInfo> {
  const names = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => row.name)
    .filter((name) => !LOCAL_TABLES.has(name));
  const tables = new Map<string, TableInfo>();
  for (const name of names) {
    const cols = db
      .prepare<[string], { name: string; pk: number }>('SELECT name, pk FROM pragma_table_info(?)')
      .all(name);
    const keyColumns = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    tables.set(name, { name, columns: cols.map((c) => c.name), keyColumns });
  }
  return tables;
}

/** A table's three capture triggers (insert, update, delete): their names and the SQL that makes them. */
function captureTriggers({ name, columns, keyColumns }: TableInfo) {
  const before = `json_object(${columns.map((c) => `'${c}', OLD."${c}"`).join(', ')})`;
  return (
    [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const
  ).map(([event, row]) => {
    const trigger = `sync_${name}_${event.toLowerCase()}`;
    const key = `json_array(${keyColumns.map((c) => `${row}."${c}"`).join(', ')})`;
    return {
      name: trigger,
      sql: `CREATE TEMP TRIGGER IF NOT EXISTS "${trigger}" AFTER ${event} ON main."${name}"
        WHEN (SELECT applying FROM main.sync_guard) = 0
        BEGIN INSERT OR IGNORE INTO temp.sync_touched VALUES ('${name}', ${key},
        ${event === 'INSERT' ? 'NULL' : before}); END`,
    };
  });
}

/**
 * Records every row a command touches, in a temporary table of this connection, through temporary triggers
 * (not part of the schema, so solo databases never carry them). Rows applied by the sync itself are not recorded.
 */
export function installCapture(db: Db, tables: Map<string, TableInfo>) {
  // `before` keeps the row as it was when the command first touched it: the base for "Opnieuw toepassen".
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS sync_touched (tbl TEXT NOT NULL, key TEXT NOT NULL, before TEXT, PRIMARY KEY ' +
      '(tbl, key))',
  );
  for (const table of tables.values()) for (const { sql } of captureTriggers(table)) db.exec(sql);
  const clear = db.prepare('DELETE FROM temp.sync_touched');
  const read = db.prepare<[], Touched>('SELECT tbl, key, before FROM temp.sync_touched ORDER BY rowid');
  return {
    clear: () => void clear.run(),
    touched: () => read.all(),
  };
}

/** Inserts a row, or updates the row with its key: the columns given, nothing else. */
function upsertSql(table: TableInfo, columns: string[]) {
  const rest = columns.filter((c) => !table.keyColumns.includes(c));
  const update = rest.length ? `DO UPDATE SET ${rest.map((c) => `"${c}" = excluded."${c}"`).join(', ')}` : 'DO NOTHING';
  return `INSERT INTO "${table.name}" (${columns.map((c) => `"${c}"`).join(', ')})
      VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${table.keyColumns.map((c) => `"${c}"`).join(', ')}) ${update}`;
}

/**
 * Foreign keys off around `work` (outside any transaction, where SQLite allows the switch): a page of the team's
 * rows may name a row that only a later page brings (its newest version has a later number).
 */
function withoutForeignKeys<T>(db: Db, work: () => T): T {
  db.pragma('foreign_keys = OFF');
  const on = () => void db.pragma('foreign_keys = ON');
  let result: T;
  try {
    result = work();
  } catch (error) {
    on();
    throw error;
  }
  // Synchronous work switches them back at once; asynchronous work when it settles.
  if (result instanceof Promise) return result.finally(on) as T;
  on();
  return result;
}

/** From this many rows on, writing them as the team takes the capture triggers off their tables meanwhile. */
const CAPTURE_OFF_FROM = 200;

/** Reads and writes synced rows generically, by table name and key. */
export function rowAccess(db: Db, tables: Map<string, TableInfo>) {
  const info = (tbl: string) => {
    const table = tables.get(tbl);
    // SECURITY: table and column names in SQL only ever come from the schema, never from the wire.
    if (!table) throw new Error(`not a synced table: ${tbl}`);
    return table;
  };
  const where = (table: TableInfo) => table.keyColumns.map((c) => `"${c}" = ?`).join(' AND ');
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  // Statements take the key's values and the row's columns in order; their count depends on the table.
  type Values = unknown[];
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement as unknown as { get(...v: Values): unknown; run(...v: Values): unknown };
  };
  const keyValues = (key: string) => JSON.parse(key) as unknown[];

  const upserts = new Map<string, ReturnType<typeof prepared>>();
  function read(tbl: string, key: string): SyncRow {
    const table = info(tbl);
    const data = prepared(`SELECT * FROM "${tbl}" WHERE ${where(table)}`).get(...keyValues(key)) as
      Record<string, unknown> | undefined;
    return { tbl, key, data: data ?? null };
  }

  function write(row: SyncRow) {
    const table = info(row.tbl);
    if (row.data === null) {
      prepared(`DELETE FROM "${row.tbl}" WHERE ${where(table)}`).run(...keyValues(row.key));
      return;
    }
    // Nearly every row has exactly the table's columns: its statement is made once per table.
    const complete = Object.keys(row.data).length === table.columns.length;
    const columns = complete ? table.columns : table.columns.filter((c) => c in row.data!);
    const statement = complete
      ? (upserts.get(row.tbl) ?? upserts.set(row.tbl, prepared(upsertSql(table, columns))).get(row.tbl)!)
      : prepared(upsertSql(table, columns));
    statement.run(...columns.map((c) => row.data![c]));
  }

  /** Every row of a table as a deletion: what `apply` needs to take the table's rows off this laptop. */
  function deletionsOf(tbl: string): SyncRow[] {
    const keys = info(tbl).keyColumns.map((c) => `"${c}"`);
    return db
      .prepare<[], { key: string }>(`SELECT json_array(${keys.join(', ')}) AS key FROM "${tbl}"`)
      .all()
      .map(({ key }) => ({ tbl, key, data: null }));
  }

  const guard = prepared('UPDATE sync_guard SET applying = ?');
  const isTrigger = db.prepare<[string], unknown>(
    "SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND name = ?",
  );
  /**
   * Runs `work` with the change-capture triggers (installCapture) off the tables of `rows`, then puts back the ones
   * there were, also when `work` fails. While the team's rows are written the triggers let
   * nothing through, yet running them was 16 of every 55 µs a row took (a first pull writes 600,000 rows); taking
   * them off and back costs more than that for a handful of rows. Only inside a transaction: should putting them
   * back fail, its rollback undoes the taking off, so a laptop never goes on without capturing its changes.
   */
  function withoutCapture(rows: readonly SyncRow[], work: () => void) {
    if (rows.length < CAPTURE_OFF_FROM || !db.inTransaction) return work();
    const triggers = [...new Set(rows.map((row) => info(row.tbl)))]
      .flatMap(captureTriggers)
      .filter(({ name }) => isTrigger.get(name));
    for (const { name } of triggers) db.exec(`DROP TRIGGER temp."${name}"`);
    try {
      work();
    } finally {
      // IF NOT EXISTS: after a transaction SQLite rolled back itself, they are there again.
      for (const { sql } of triggers) db.exec(sql);
    }
  }

  /** Writes rows as the team's checked state: the invariant triggers let them pass, change capture ignores them. */
  function writeAsTeam(rows: readonly SyncRow[]) {
    guard.run(1);
    withoutCapture(rows, () => {
      for (const row of rows) write(row);
    });
    guard.run(0);
  }

  /** Applies rows as the team's checked state, in one transaction of their own, foreign keys off around it. */
  function apply(rows: readonly SyncRow[], alsoInside: () => void = () => {}) {
    return withoutForeignKeys(db, () =>
      db.transaction(() => {
        writeAsTeam(rows);
        alsoInside();
      })(),
    );
  }

  return {
    read,
    write,
    writeAsTeam,
    withoutForeignKeys: <T>(work: () => T) => withoutForeignKeys(db, work),
    apply,
    deletionsOf,
    isSynced: (tbl: string) => tables.has(tbl),
  };
}
export type RowAccess = ReturnType<typeof rowAccess>;
