import pg from 'pg';
import type { Account } from '../../shared/contract/team-protocol';
import type { SyncRow } from '../backend/sync/rows';

/**
 * The team store on PostgreSQL: the latest state of every synced row (personal rows apart, so an erase can be
 * vacuumed out of one small table), the accounts, the laptops and the outcome of every command they sent.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS team_meta (
    id int PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL CHECK (seq >= 0),
    schema_version int NOT NULL
  );
  CREATE TABLE IF NOT EXISTS team_rows (
    tbl text NOT NULL, key text NOT NULL, seq bigint NOT NULL UNIQUE, data jsonb,
    PRIMARY KEY (tbl, key),
    -- The team-wide invariant, held by PostgreSQL itself: no budget is ever allocated beyond what it holds.
    CONSTRAINT budget_not_overallocated CHECK (tbl <> 'budgets' OR data IS NULL
      OR (data->>'allocated_cents')::bigint <= (data->>'amount_cents')::bigint + (data->>'overrun_cents')::bigint)
  );
  CREATE TABLE IF NOT EXISTS team_personal (
    tbl text NOT NULL, key text NOT NULL, seq bigint NOT NULL UNIQUE, data jsonb, wijk text,
    PRIMARY KEY (tbl, key)
  );
  CREATE TABLE IF NOT EXISTS team_accounts (
    staff_id uuid PRIMARY KEY,
    login text NOT NULL UNIQUE CHECK (length(login) BETWEEN 2 AND 80),
    password_hash text NOT NULL,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('wijkbeheerder', 'teamleider', 'medewerker')),
    wijken text[] NOT NULL DEFAULT '{}',
    active boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS team_devices (
    device_id uuid PRIMARY KEY,
    staff_id uuid NOT NULL REFERENCES team_accounts(staff_id),
    name text NOT NULL DEFAULT '',
    refresh_hash text NOT NULL,
    last_seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  -- What became of each command (never its input: that may hold personal data).
  CREATE TABLE IF NOT EXISTS team_commands (
    device_id uuid NOT NULL REFERENCES team_devices(device_id),
    seq bigint NOT NULL,
    method text NOT NULL,
    ok boolean NOT NULL,
    error jsonb,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
  );
  CREATE TABLE IF NOT EXISTS team_files (sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL);
`;

/**
 * One page of rows changed after $1 (at most $4), personal rows only of the wijken $2 unless $3. Each table is read
 * by its seq index up to the page size before the two are merged, and a caller builds JSON of the page only: with
 * the limit outside the union, PostgreSQL built JSON of every remaining row and sorted it on disk for each page, so a
 * first pull of 600,000 rows spent most of its time re-reading what was still to come.
 */
const CHANGED_PAGE = `SELECT tbl, key, seq, data FROM (
    (SELECT tbl, key, seq, data FROM team_rows WHERE seq > $1 ORDER BY seq LIMIT $4)
    UNION ALL
    (SELECT tbl, key, seq, data FROM team_personal WHERE seq > $1 AND ($3 OR wijk IS NULL OR wijk = ANY($2))
    ORDER BY seq LIMIT $4)
  ) changed ORDER BY seq LIMIT $4`;

/** One page of personal rows only, after $1 and up to $5, of the wijken $2 unless $3: a laptop's scope changed. */
const PERSONAL_PAGE = `SELECT tbl, key, seq, data FROM team_personal
  WHERE seq > $1 AND seq <= $5 AND ($3 OR wijk IS NULL OR wijk = ANY($2)) ORDER BY seq LIMIT $4`;

export interface StoredRow extends SyncRow {
  seq: number;
}
export interface AccountRow extends Account {
  passwordHash: string;
}

const accountColumns = `staff_id AS "staffId", login, name, role, wijken, active, password_hash AS "passwordHash"`;

export async function openTeamStore(
  databaseUrl: string,
  schemaVersion: number,
  log: (error: unknown) => void = console.error,
) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  // An idle connection that PostgreSQL drops (a restart, a failover) is replaced on the next query; never a crash.
  pool.on('error', log);
  // One team server per team database: commands are applied by a single writer in a single order.
  const lock = await pool.connect();
  lock.on('error', log);
  const { rows: locked } = await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(424242) AS ok');
  if (!locked[0]!.ok) {
    lock.release();
    await pool.end();
    throw new Error('Another team server already uses this database.');
  }
  await pool.query(SCHEMA);
  await pool.query('INSERT INTO team_meta (id, seq, schema_version) VALUES (1, 0, $1) ON CONFLICT (id) DO NOTHING', [
    schemaVersion,
  ]);
  const meta = await pool.query<{ schema_version: number }>('SELECT schema_version FROM team_meta WHERE id = 1');
  if (meta.rows[0]!.schema_version > schemaVersion)
    throw new Error('The team database is newer than this team server.');
  await pool.query('UPDATE team_meta SET schema_version = $1 WHERE id = 1', [schemaVersion]);
  /** The last command applied per laptop, as stored: kept here once read, updated after each commit. */
  const lastSeqs = new Map<string, number>();

  return {
    pool,
    /**
     * Writes the rows a batch of commands changed, numbered in order, with every command's outcome: all or nothing.
     * A push's batch is one statement (one round trip, its own transaction); only a bulk of more rows than one
     * statement takes (a first laptop's data, a merge) is written in several inside a transaction.
     */
    async commit(rows: (SyncRow & { personal: boolean; wijk: string | null })[], outcomes: Outcome[] = []) {
      const chunks = rows.length <= WRITE_BATCH ? [rows] : inChunks(rows, WRITE_BATCH);
      const client = chunks.length === 1 ? pool : await pool.connect();
      try {
        if (chunks.length > 1) await client.query('BEGIN');
        let seq = 0;
        for (const [index, chunk] of chunks.entries())
          seq = await writeChunk(client, chunk, index === chunks.length - 1 ? outcomes : []);
        if (chunks.length > 1) await client.query('COMMIT');
        for (const o of outcomes) lastSeqs.set(o.deviceId, Math.max(lastSeqs.get(o.deviceId) ?? 0, o.seq));
        return seq;
      } catch (error) {
        if (chunks.length > 1) await client.query('ROLLBACK');
        throw error;
      } finally {
        if (client !== pool) (client as pg.PoolClient).release();
      }
    },
    async refuse(outcome: Outcome) {
      await writeChunk(pool, [], [outcome]);
      lastSeqs.set(outcome.deviceId, Math.max(lastSeqs.get(outcome.deviceId) ?? 0, outcome.seq));
    },
    async outcome(deviceId: string, seq: number) {
      const { rows } = await pool.query<{ ok: boolean; error: unknown }>(
        'SELECT ok, error FROM team_commands WHERE device_id = $1 AND seq = $2',
        [deviceId, seq],
      );
      return rows[0];
    },
    /** Read once per laptop: this server is the only writer of the database (the advisory lock above). */
    async lastSeq(deviceId: string) {
      const known = lastSeqs.get(deviceId);
      if (known !== undefined) return known;
      const { rows } = await pool.query<{ last_seq: string }>(
        'SELECT last_seq FROM team_devices WHERE device_id = $1',
        [deviceId],
      );
      const seq = rows[0] ? Number(rows[0].last_seq) : 0;
      lastSeqs.set(deviceId, seq);
      return seq;
    },
    /** Rows changed after `cursor`, in order; personal rows only of the reader's wijken (all for a teamleider). */
    async changedSince(cursor: number, limit: number, wijken: string[] | 'all'): Promise<StoredRow[]> {
      const { rows } = await pool.query<{
        tbl: string;
        key: string;
        seq: string;
        data: Record<string, unknown> | null;
      }>(CHANGED_PAGE, [cursor, wijken === 'all' ? [] : wijken, wijken === 'all', limit]);
      return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
    },
    /**
     * The same page as JSON text made by PostgreSQL itself: a first pull of 100,000 initiatives is hundreds of
     * thousands of rows, and parsing every row into objects only to write it out again was most of its time.
     */
    async changedSinceJson(
      cursor: number,
      limit: number,
      wijken: string[] | 'all',
      personalUntil?: number,
    ): Promise<{ seq: number; row: string }[]> {
      const page = personalUntil === undefined ? CHANGED_PAGE : PERSONAL_PAGE;
      const { rows } = await pool.query<{ seq: string; row: string }>(
        `SELECT seq, json_build_object('tbl', tbl, 'key', key, 'data', data)::text AS row
         FROM (${page}) page ORDER BY seq`,
        [
          cursor,
          wijken === 'all' ? [] : wijken,
          wijken === 'all',
          limit,
          ...(page === PERSONAL_PAGE ? [personalUntil] : []),
        ],
      );
      return rows.map((r) => ({ seq: Number(r.seq), row: r.row }));
    },
    async head() {
      const { rows } = await pool.query<{ seq: string }>('SELECT seq FROM team_meta WHERE id = 1');
      return Number(rows[0]!.seq);
    },
    async rowsByKey(keys: { tbl: string; key: string }[], wijken: string[] | 'all'): Promise<SyncRow[]> {
      if (keys.length === 0) return [];
      const { rows } = await pool.query<{ tbl: string; key: string; data: Record<string, unknown> | null }>(
        `SELECT k.tbl, k.key, coalesce(r.data, p.data) AS data
         FROM unnest($1::text[], $2::text[]) AS k(tbl, key)
         LEFT JOIN team_rows r ON r.tbl = k.tbl AND r.key = k.key
         LEFT JOIN team_personal p ON p.tbl = k.tbl AND p.key = k.key AND ($4 OR p.wijk IS NULL OR p.wijk = ANY($3))`,
        [keys.map((k) => k.tbl), keys.map((k) => k.key), wijken === 'all' ? [] : wijken, wijken === 'all'],
      );
      return rows;
    },
    async account(staffId: string): Promise<AccountRow | undefined> {
      const { rows } = await pool.query<AccountRow>(`SELECT ${accountColumns} FROM team_accounts WHERE staff_id = $1`, [
        staffId,
      ]);
      return rows[0];
    },
    async accountByLogin(login: string): Promise<AccountRow | undefined> {
      const { rows } = await pool.query<AccountRow>(
        `SELECT ${accountColumns} FROM team_accounts WHERE lower(login) = lower($1)`,
        [login],
      );
      return rows[0];
    },
    async accounts(): Promise<Account[]> {
      const { rows } = await pool.query<AccountRow>(`SELECT ${accountColumns} FROM team_accounts ORDER BY name`);
      return rows.map(({ passwordHash: _hidden, ...account }) => account);
    },
    async saveAccount(account: Account, passwordHash?: string) {
      await pool.query(
        `INSERT INTO team_accounts (staff_id, login, password_hash, name, role, wijken, active) VALUES ($1, $2, $3, $4,
            $5, $6, $7)
         ON CONFLICT (staff_id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, wijken = EXCLUDED.wijken,
           active = EXCLUDED.active, password_hash = COALESCE($8, team_accounts.password_hash), updated_at = now()`,
        [
          account.staffId,
          account.login,
          passwordHash ?? '',
          account.name,
          account.role,
          account.wijken,
          account.active,
          passwordHash ?? null,
        ],
      );
    },
    async addDevice(deviceId: string, staffId: string, name: string, refreshHash: string, expiresAt: Date) {
      await pool.query(
        'INSERT INTO team_devices (device_id, staff_id, name, refresh_hash, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [deviceId, staffId, name, refreshHash, expiresAt],
      );
    },
    async device(deviceId: string) {
      const { rows } = await pool.query<{ staffId: string; refreshHash: string; expiresAt: Date }>(
        `SELECT staff_id AS "staffId", refresh_hash AS "refreshHash", expires_at AS "expiresAt" FROM team_devices
          WHERE device_id = $1`,
        [deviceId],
      );
      return rows[0];
    },
    async file(sha256: string) {
      const { rows } = await pool.query<{ bytes: Buffer }>('SELECT bytes FROM team_files WHERE sha256 = $1', [sha256]);
      return rows[0]?.bytes;
    },
    async putFile(sha256: string, bytes: Buffer) {
      await pool.query('INSERT INTO team_files (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING', [
        sha256,
        bytes,
      ]);
    },
    /** After an erase: rewrite the personal table so the old values are not left in dead row versions. */
    async purgePersonal() {
      await pool.query('VACUUM (FULL) team_personal');
      await pool.query('CHECKPOINT').catch(() => undefined);
    },
    async close() {
      lock.release();
      await pool.end();
    },
  };
}
export type TeamStore = Awaited<ReturnType<typeof openTeamStore>>;

/** Rows per statement: one round trip writes thousands of rows (a first laptop's bulk, an import). */
const WRITE_BATCH = 2_000;

const inChunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * One statement: the team's sequence moves on by the number of rows, each row gets the next number in order and
 * goes to the shared or the personal table, each outcome is recorded and each laptop's last applied command moves
 * on. PostgreSQL runs a statement with data-modifying parts as one unit, so it all stands or none of it does.
 */
const WRITE_CHUNK = `
  WITH head AS (UPDATE team_meta SET seq = seq + $1 WHERE id = 1 RETURNING seq - $1 AS base),
  input AS (
    SELECT r.tbl, r.key, r.data, r.wijk, r.personal, head.base + r.ord AS seq
    FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::boolean[]) WITH ORDINALITY AS r(tbl, key, data,
    wijk, personal, ord), head
  ),
  shared AS (
    INSERT INTO team_rows (tbl, key, seq, data) SELECT tbl, key, seq, data FROM input WHERE NOT personal
    ON CONFLICT (tbl, key) DO UPDATE SET seq = EXCLUDED.seq, data = EXCLUDED.data
  ),
  personal AS (
    INSERT INTO team_personal (tbl, key, seq, data, wijk) SELECT tbl, key, seq, data, wijk FROM input WHERE personal
    ON CONFLICT (tbl, key) DO UPDATE SET seq = EXCLUDED.seq, data = EXCLUDED.data, wijk = COALESCE(EXCLUDED.wijk,
    team_personal.wijk)
  ),
  outcome AS (
    INSERT INTO team_commands (device_id, seq, method, ok, error)
    SELECT * FROM unnest($7::uuid[], $8::bigint[], $9::text[], $10::boolean[], $11::jsonb[]) ON CONFLICT DO NOTHING
  ),
  device AS (
    UPDATE team_devices d SET last_seq = greatest(d.last_seq, o.seq)
    FROM (SELECT device_id, max(seq) AS seq FROM unnest($7::uuid[], $8::bigint[]) AS o(device_id,
    seq) GROUP BY device_id) o
    WHERE d.device_id = o.device_id
  )
  SELECT base + $1 AS seq FROM head`;

/** Writes one chunk of rows and outcomes (see WRITE_CHUNK); answers the sequence number of its last row. */
async function writeChunk(
  client: pg.Pool | pg.PoolClient,
  rows: (SyncRow & { personal: boolean; wijk: string | null })[],
  outcomes: Outcome[],
) {
  const { rows: head } = await client.query<{ seq: string }>(WRITE_CHUNK, [
    rows.length,
    rows.map((r) => r.tbl),
    rows.map((r) => r.key),
    rows.map((r) => (r.data === null ? null : JSON.stringify(r.data))),
    rows.map((r) => r.wijk),
    rows.map((r) => r.personal),
    outcomes.map((o) => o.deviceId),
    outcomes.map((o) => o.seq),
    outcomes.map((o) => o.method),
    outcomes.map((o) => o.error === null),
    outcomes.map((o) => (o.error === null ? null : JSON.stringify(o.error))),
  ]);
  return Number(head[0]!.seq);
}

/** What became of one command: `error` null when it was applied. */
export interface Outcome {
  deviceId: string;
  seq: number;
  method: string;
  error: unknown;
}
