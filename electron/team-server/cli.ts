/**
 * `npm run team-server`: the team server against a real PostgreSQL, configured by environment:
 *   SAMENSPEL_TEAM_DATABASE_URL  postgresql://user:password@host:5432/samenspel (required)
 *   SAMENSPEL_TEAM_PORT          port to listen on (default 8787)
 *   SAMENSPEL_TEAM_HOST          address to listen on (default 127.0.0.1; put TLS in front for the network)
 *   SAMENSPEL_TEAM_DATA_DIR      the server's working copy (default ./samenspel-team-data; rebuilt from PostgreSQL)
 * `npm run team-server -- create-account --name "Tara de Vries" --login tara --role teamleider [--wijken Noord,Zuid]`
 * creates an account (the first teamleider, before the first start), reading the password from
 * SAMENSPEL_TEAM_PASSWORD or standard input.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { accountCreate } from '../../shared/contract/team-protocol';
import { startTeamServer } from './server';

const env = process.env;
const databaseUrl = env.SAMENSPEL_TEAM_DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'Set SAMENSPEL_TEAM_DATABASE_URL to the team database, e.g. postgresql://samenspel:…@localhost:5432/samenspel',
  );
  process.exit(2);
}
const options = {
  databaseUrl,
  dataDir: env.SAMENSPEL_TEAM_DATA_DIR ?? 'samenspel-team-data',
  host: env.SAMENSPEL_TEAM_HOST ?? '127.0.0.1',
};

async function createAccount(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      login: { type: 'string' },
      role: { type: 'string' },
      wijken: { type: 'string' },
    },
  });
  const password =
    env.SAMENSPEL_TEAM_PASSWORD ??
    (await createInterface({ input: process.stdin, output: process.stdout }).question(
      'Wachtwoord (minstens 10 tekens): ',
    ));
  const input = accountCreate.safeParse({
    name: values.name,
    login: values.login,
    role: values.role,
    wijken: values.wijken ? values.wijken.split(',').map((w) => w.trim()) : [],
    active: true,
    password,
  });
  if (!input.success) {
    console.error(`Niet aangemaakt: ${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    process.exit(2);
  }
  const server = await startTeamServer({ ...options, port: 0 });
  const account = await server.accounts.create(null, input.data);
  console.log(`Account ${account.login} (${account.role}) aangemaakt.`);
  await server.close();
}

async function serve() {
  const server = await startTeamServer({ ...options, port: Number(env.SAMENSPEL_TEAM_PORT ?? 8787) });
  console.log(`Samenspel team server is running on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const [command, ...rest] = process.argv.slice(2);
(command === 'create-account' ? createAccount(rest) : serve()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
