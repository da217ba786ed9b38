/**
 * The team edition under load, in its own process: 50 laptops (real backends on their own SQLite files) against one
 * team server on a throwaway PostgreSQL, at least 10,000 edits with a hot set of records that forces conflicts,
 * random disconnects and re-sent batches; then a new laptop's first pull of 2,000 complexes and 100,000 initiatives.
 * Prints its figures as JSON; nothing is asserted here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { generateCorporation } from '../../shared/demo/generator';
import { createBackend, type Backend } from '../../electron/backend/create-backend';
import { seedCorporation } from '../../electron/backend/seed';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { startTeamServer } from '../../electron/team-server/server';
import { tempFolders } from '../fixtures/backend';
import { removePostgres, startPostgres } from '../fixtures/postgres';
import { SCALE } from './foundation';
import { percentile, round, type Figure } from './measure';

const PASSWORD = 'een-lang-wachtwoord';
const LAPTOPS = 50;
const ROUNDS = 20;
const EDITS_PER_ROUND = 10;
const HOT = 8;
/**
 * Laptops sync about every 30 s, each at its own moment. Odd rounds spread the syncs of all online laptops over this
 * window (so 50 laptops sync 30 times as often as they would): the push latency a person sees under a heavy load.
 * Even rounds make every laptop push at the same instant: the server's throughput, and the worst case of a burst.
 */
const SPREAD_MS = 1_000;
const allYes = {
  prestatieafspraken: 'ja',
  nabijBezit: 'ja',
  geenRegulierOnderhoud: 'ja',
  geenSponsoring: 'ja',
} as const;

let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

/**
 * Team servers still running and the folders made: stopped and removed at the end, also when the run fails, so no
 * server outlives it (the benchmark waits for this process's output to close) and no laptop's database is left.
 */
const running = new Set<ChildProcess>();
const folders = tempFolders();

/** The team server in a process of its own, as in production (the laptops here share this one). */
async function serverProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      '--import',
      'tsx',
      'electron/team-server/cli.ts',
    ],
    { env: { ...process.env, ...env, SAMENSPEL_TEAM_PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`team server stopped (${code})`)));
  });
  return { url, child };
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function laptop(serverUrl: string, login: string): Promise<Backend> {
  const backend = createBackend({
    dataDir: folders.make('samenspel-bench-laptop-'),
    settings: memorySettingsStore(),
    mode: 'test',
    log: () => {},
  });
  await ok(backend.invoke('team:connect', { serverUrl, login, password: PASSWORD }));
  return backend;
}

/** Times every push a laptop makes, and once in a while sends the same batch a second time (a lost answer). */
function instrument(backend: Backend, pushMs: { now: number[] }, resent: { count: number }, pushed: { count: number }) {
  const client = backend.team.client()!;
  const push = client.push;
  client.push = async (commands) => {
    const start = performance.now();
    const answer = await push(commands);
    pushMs.now.push(performance.now() - start);
    pushed.count += commands.length;
    if (random() < 0.05) {
      await push(commands);
      resent.count++;
    }
    return answer;
  };
}

async function contention(serverUrl: string, server: Team & { child: ChildProcess }, figures: Figure[]) {
  const leadLaptop = await laptop(serverUrl, 'lead');
  for (let i = 1; i < LAPTOPS; i++)
    await ok(
      leadLaptop.invoke('team:createAccount', {
        name: `Wijkbeheerder ${i}`,
        login: `w${i}`,
        password: PASSWORD,
        role: 'wijkbeheerder',
        wijken: ['Centrum'],
        active: true,
      }),
    );
  const complexes = [];
  for (let i = 0; i < HOT; i++) {
    complexes.push(
      await ok(
        leadLaptop.invoke('complexes:create', {
          code: `H${i}`,
          name: `Hot ${i}`,
          wijk: 'Centrum',
          homes: 40,
          buildingType: 'portiekflat',
        }),
      ),
    );
  }
  const budget = await ok(
    leadLaptop.invoke('budgets:create', {
      scope: 'complex',
      complexId: complexes[0]!.id,
      year: 2026,
      name: 'Leefbaarheid',
      kind: 'vast',
      amountCents: 1_000_000,
    }),
  );
  await ok(leadLaptop.invoke('team:sync', {}));
  const laptops = [leadLaptop];
  for (let i = 1; i < LAPTOPS; i++) laptops.push(await laptop(serverUrl, `w${i}`));
  const spreadMs: number[] = [];
  const burstMs: number[] = [];
  const pushMs = { now: spreadMs };
  const resent = { count: 0 };
  const pushed = { count: 0 };
  for (const l of laptops) instrument(l, pushMs, resent, pushed);
  let burstPhaseMs = 0;
  let pushedInBursts = 0;
  let shown = 0;
  const seen = new Set<string>();
  const created = new Map<Backend, string[]>();
  let edits = 0;
  let disconnects = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const l of laptops) {
      for (let e = 0; e < EDITS_PER_ROUND; e++) {
        edits++;
        const roll = random();
        if (roll < 0.6) {
          const made = await ok(
            l.invoke('initiatives:create', {
              complexId: pick(complexes).id,
              title: `Initiatief ${edits}`,
              origin: 'bewoners',
              practiceType: 'zelf_beter',
            }),
          );
          created.set(l, [...(created.get(l) ?? []), made.initiative.id]);
        } else if (roll < 0.97) {
          const target = pick(complexes);
          const current = await ok(l.invoke('complexes:get', { id: target.id }));
          await ok(
            l.invoke('complexes:update', {
              id: current.id,
              version: current.version,
              code: current.code,
              name: current.name,
              wijk: 'Centrum',
              homes: 20 + Math.floor(random() * 80),
              buildingType: 'portiekflat',
            }),
          );
        } else {
          // A grant applied and decided at once (online): the budget race across laptops.
          const { initiative } = await ok(
            l.invoke('initiatives:create', {
              complexId: complexes[0]!.id,
              title: `Aanvraag ${edits}`,
              origin: 'bewoners',
              practiceType: 'zelf_beter',
            }),
          );
          created.set(l, [...(created.get(l) ?? []), initiative.id]);
          const grant = await ok(
            l.invoke('grants:apply', {
              initiativeId: initiative.id,
              budgetId: budget.id,
              appliedOn: '2026-03-10',
              requestedCents: 45_000,
              ownContributionCents: 0,
              lines: [],
            }),
          );
          const decided = await l.invoke('grants:decide', {
            id: grant.id,
            version: grant.version,
            decision: 'toegekend',
            grantedCents: 45_000,
            motivation: 'Past',
            eligibility: allYes,
          });
          // An online command's refusal is shown at once, as the answer to the click.
          if (!decided.ok) shown++;
        }
      }
    }
    // Each round some laptops are out of reach and do not sync; the rest sync at the same time.
    const online = laptops.filter(() => {
      const away = random() < 0.15;
      if (away) disconnects++;
      return !away;
    });
    // Pushes first, timed on their own: 50 laptops in this one process would otherwise time each other's pulls
    // (each laptop applies every other laptop's rows on this same thread); then everyone pulls.
    const burst = round % 2 === 0;
    pushMs.now = burst ? burstMs : spreadMs;
    const pushedBefore = pushed.count;
    const pushStart = performance.now();
    await Promise.all(
      online.map(async (l) => {
        if (!burst) await new Promise((resolve) => setTimeout(resolve, random() * SPREAD_MS));
        await l.team.sync(true);
      }),
    );
    if (burst) {
      burstPhaseMs += performance.now() - pushStart;
      pushedInBursts += pushed.count - pushedBefore;
    }
    await Promise.all(online.map((l) => ok(l.invoke('team:sync', {}))));
    // People deal with what was refused: apply again or discard.
    for (const l of online) {
      for (const conflict of await ok(l.invoke('team:conflicts', {}))) {
        seen.add(`${laptops.indexOf(l)}:${conflict.seq}`);
        if (random() < 0.5) await l.invoke('team:retry', { seq: conflict.seq });
        else await ok(l.invoke('team:discard', { seq: conflict.seq }));
      }
    }
  }
  for (let pass = 0; pass < 3; pass++) {
    for (const l of laptops) {
      await ok(l.invoke('team:sync', {}));
      for (const conflict of await ok(l.invoke('team:conflicts', {}))) {
        seen.add(`${laptops.indexOf(l)}:${conflict.seq}`);
        await ok(l.invoke('team:discard', { seq: conflict.seq }));
      }
    }
  }
  // The server's view, read after it stopped: its working copy and its PostgreSQL.
  await stopped(server.child);
  const inspect = await startTeamServer({ databaseUrl: server.databaseUrl, dataDir: server.dataDir, log: () => {} });
  const serverDb = inspect.executor.backend.db;
  const commands = await inspect.store.pool.query<{ ok: boolean; n: number }>(
    'SELECT ok, count(*)::int AS n FROM team_commands GROUP BY ok',
  );
  const accepted = commands.rows.find((r) => r.ok)?.n ?? 0;
  const refused = commands.rows.find((r) => !r.ok)?.n ?? 0;
  const serverIds = new Set(
    (serverDb.prepare('SELECT id FROM initiatives').all() as { id: string }[]).map((r) => r.id),
  );
  // Lost: an accepted creation missing on the server or a laptop, or a refusal its author was never shown.
  shown += seen.size;
  let lost = Math.max(0, refused - shown);
  for (const [, ids] of created) lost += ids.filter((id) => !serverIds.has(id)).length;
  const snapshot = (db: Backend['db']) =>
    JSON.stringify(db.prepare('SELECT id, version, homes, name FROM complexes ORDER BY id').all()) +
    JSON.stringify(db.prepare('SELECT id, version, title FROM initiatives ORDER BY id').all());
  const truth = snapshot(serverDb);
  let converged = 1;
  for (const l of laptops) {
    const ids = new Set((l.db.prepare('SELECT id FROM initiatives').all() as { id: string }[]).map((r) => r.id));
    lost += [...serverIds].filter((id) => !ids.has(id)).length;
    if (snapshot(l.db) !== truth) converged = 0;
  }
  const overallocated = serverDb
    .prepare('SELECT max(0, max(allocated_cents - amount_cents - overrun_cents)) AS over FROM budgets')
    .get() as { over: number | null };
  figures.push(
    { name: 'sync_clients', value: LAPTOPS, unit: 'laptops' },
    { name: 'sync_edits', value: edits, unit: 'edits' },
    { name: 'sync_accepted', value: accepted, unit: 'commands' },
    { name: 'sync_conflicts', value: refused, unit: 'commands' },
    { name: 'sync_refused_shown', value: shown, unit: 'commands' },
    { name: 'sync_disconnects', value: disconnects, unit: 'laptop-rounds' },
    { name: 'sync_resent_batches', value: resent.count, unit: 'batches' },
    { name: 'sync_lost_updates', value: lost, unit: 'commands' },
    { name: 'sync_converged', value: converged, unit: 'bool' },
    { name: 'sync_overallocated_cents', value: overallocated.over ?? 0, unit: 'cents' },
    // Pushes of laptops syncing at their own moments (spread over SPREAD_MS).
    { name: 'sync_push_p50_ms', value: round(percentile(spreadMs, 50)), unit: 'ms' },
    { name: 'sync_push_p99_ms', value: round(percentile(spreadMs, 99)), unit: 'ms' },
    // Commands pushed while all online laptops pushed at once, over the time those pushes took (answer and settle).
    { name: 'sync_commands_per_s', value: round((pushedInBursts / burstPhaseMs) * 1000), unit: 'commands/s' },
    { name: 'sync_push_burst_p50_ms', value: round(percentile(burstMs, 50)), unit: 'ms' },
    { name: 'sync_push_burst_p99_ms', value: round(percentile(burstMs, 99)), unit: 'ms' },
  );
  for (const l of laptops) l.close();
  await inspect.close();
}

async function firstPull(team: Team, figures: Figure[]) {
  // The corporation is written through the server (captured and stored in PostgreSQL like any change) ...
  const seeding = await startTeamServer({ databaseUrl: team.databaseUrl, dataDir: team.dataDir, log: () => {} });
  const lead = (await seeding.accounts.list()).find((a) => a.role === 'teamleider')!;
  await seeding.executor.direct(lead, () =>
    seedCorporation(seeding.executor.backend.db, generateCorporation(SCALE), {
      actorId: lead.staffId,
      now: new Date(),
    }),
  );
  await seeding.close();
  // ... and then a new laptop joins the running team server.
  const { url, child } = await serverProcess(team.env);
  const start = performance.now();
  const newcomer = await laptop(url, 'lead');
  const ms = performance.now() - start;
  const count = newcomer.db.prepare('SELECT count(*) AS n FROM initiatives').get() as { n: number };
  figures.push(
    { name: 'sync_first_pull_100k_ms', value: round(ms), unit: 'ms' },
    { name: 'sync_first_pull_initiatives', value: count.n, unit: 'initiatives' },
  );
  newcomer.close();
  await stopped(child);
}

interface Team {
  databaseUrl: string;
  dataDir: string;
  env: Record<string, string>;
}

async function main() {
  const pg = startPostgres();
  const databaseUrl = pg.database('bench');
  const dataDir = folders.make('samenspel-bench-team-');
  const env = { SAMENSPEL_TEAM_DATABASE_URL: databaseUrl, SAMENSPEL_TEAM_DATA_DIR: dataDir };
  const team: Team = { databaseUrl, dataDir, env };
  const figures: Figure[] = [];
  try {
    const setup = await startTeamServer({ databaseUrl, dataDir, log: () => {} });
    await setup.accounts.create(null, {
      name: 'Bench Teamleider',
      login: 'lead',
      password: PASSWORD,
      role: 'teamleider',
      wijken: [],
      active: true,
    });
    await setup.close();
    const { url, child } = await serverProcess(env);
    await contention(url, { ...team, child }, figures);
    if (!process.argv.includes('--no-first-pull')) await firstPull(team, figures);
  } finally {
    for (const child of running) child.kill('SIGKILL');
    removePostgres(pg);
    folders.removeAll();
  }
  process.stdout.write(JSON.stringify(figures));
}

void main();
