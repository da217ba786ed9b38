import type { Result } from '../../../shared/contract/errors';
import { BOOTSTRAP_PAGE, type MergeReport } from '../../../shared/contract/team-protocol';
import type { AttachmentStore } from '../attachments/store';
import type { Db } from '../db/connection';
import { refused } from '../error-envelope';
import { asRefusal } from './refusal';
import type { RowAccess, SyncRow, syncedTables } from './rows';
import { login, teamClient, type TeamClient } from './team-client';

export interface JoinOptions {
  db: Db;
  tables: ReturnType<typeof syncedTables>;
  rows: RowAccess;
  files: AttachmentStore;
  /** A verified backup of this laptop's database, made before its solo data is merged into a team. */
  backup: () => Promise<unknown>;
}

/** The laptop's synced rows, table by table, in pages of at most `BOOTSTRAP_PAGE`; files go ahead of them. */
async function uploadRows(
  { db, tables, files }: Pick<JoinOptions, 'db' | 'tables' | 'files'>,
  team: TeamClient,
  send: (page: SyncRow[], first: boolean) => Promise<unknown>,
) {
  const attachments = db.prepare<[], { sha256: string }>('SELECT DISTINCT sha256 FROM attachments').all();
  for (const { sha256 } of attachments) {
    const bytes = await files.read(sha256);
    if (bytes) await team.putFile(bytes);
  }
  let first = true;
  for (const table of tables.values()) {
    const statement = db.prepare(`SELECT * FROM "${table.name}" ORDER BY rowid LIMIT ? OFFSET ?`);
    for (let offset = 0; ; offset += BOOTSTRAP_PAGE) {
      const page = statement.all(BOOTSTRAP_PAGE, offset) as Record<string, unknown>[];
      if (page.length === 0) break;
      await send(
        page.map((data) => ({ tbl: table.name, key: JSON.stringify(table.keyColumns.map((c) => data[c])), data })),
        first,
      );
      first = false;
      if (page.length < BOOTSTRAP_PAGE) break;
    }
  }
}

/**
 * Joining a team with data of one's own: the first laptop brings its solo database into an empty team; a later
 * one stages its rows on the server, which merges them (complexes matched by code) or only previews the merge.
 */
export function joining({ db, tables, rows, files, backup }: JoinOptions) {
  /** Logs in for a link, refused when the server's schema is not this laptop's. */
  async function signIn(
    serverUrl: string,
    loginName: string,
    password: string,
  ): Promise<Result<Awaited<ReturnType<typeof login>>>> {
    try {
      const issued = await login(serverUrl, loginName, password, 'Samenspel');
      const local = db.pragma('user_version', { simple: true }) as number;
      return issued.schemaVersion === local ? { ok: true, data: issued } : refused('CONFLICT', 'err.team.otherVersion');
    } catch (error) {
      return asRefusal(error);
    }
  }

  const hasData = () => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM complexes').get()!.n > 0;

  /** Sends every synced row of this laptop to the (empty) team, page by page. */
  async function bringIntoTeam(team: TeamClient): Promise<Result<true>> {
    try {
      await uploadRows({ db, tables, files }, team, (page) => team.bootstrap(page));
      return { ok: true, data: true };
    } catch (error) {
      return asRefusal(error);
    }
  }

  /** Stages every synced row on the server and merges them there (or only previews); a backup comes first. */
  async function mergeIntoTeam(team: TeamClient, apply: boolean): Promise<Result<MergeReport>> {
    try {
      await uploadRows({ db, tables, files }, team, (page, first) => team.stageMerge(page, first));
      if (apply) await backup();
      return { ok: true, data: (await team.merge(apply)).report };
    } catch (error) {
      return asRefusal(error);
    }
  }

  /** After a merge the team holds this laptop's data; the laptop starts over from the team's rows (ids and all). */
  function forgetSoloData() {
    rows.withoutForeignKeys(() =>
      db.transaction(() => {
        // The append-only audit log lets go only under the sync's guard, like rows applied from the team.
        db.prepare('UPDATE sync_guard SET applying = 1').run();
        for (const table of tables.values()) db.exec(`DELETE FROM "${table.name}"`);
        db.prepare('UPDATE sync_guard SET applying = 0').run();
      })(),
    );
  }

  /** What merging this laptop into the team would do, without doing it (the teamleider decides on this). */
  async function previewMerge(serverUrl: string, loginName: string, password: string): Promise<Result<MergeReport>> {
    const signedIn = await signIn(serverUrl, loginName, password);
    if (!signedIn.ok) return signedIn;
    if (signedIn.data.account.role !== 'teamleider') return refused('CONFLICT', 'err.team.notEmpty');
    const { deviceId, refreshToken } = signedIn.data;
    return mergeIntoTeam(teamClient({ serverUrl, deviceId, refreshToken }), false);
  }

  return { signIn, hasData, bringIntoTeam, mergeIntoTeam, forgetSoloData, previewMerge };
}
